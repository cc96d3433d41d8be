/**
 * Writing one file a command was asked to produce (e.g. `pol encode --out X.pol`): written to a
 * temporary sibling and renamed into place, so a failure never leaves half a file.
 */
import { lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { UserError } from '../lib/errors.js';

export function writeSingleFile(path: string, bytes: Uint8Array): void {
  try {
    if (lstatSync(path).isDirectory()) throw new UserError('E_OUTPUT', `${path} is a directory`, [{ where: '--out', message: 'give a file path' }]);
  } catch (err) {
    if (err instanceof UserError) throw err;
  }
  const temp = `${path}.t1559-tmp-${process.pid}`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new UserError('E_OUTPUT', `cannot write ${path}: ${(err as Error).message}`, [{ where: '--out', message: 'check that the directory exists and is writable' }]);
  }
}
