/**
 * Writing one file a command was asked to produce (e.g. `pol encode --out X.pol`): written to a
 * temporary sibling and renamed into place, so a failure never leaves half a file.
 */
import { lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { UserError } from '../lib/errors.js';

export interface SingleFileOptions {
  /** The argument or flag that named the file, for messages (default --out). */
  where?: string;
  /** Refuse to replace an existing file (`init` without --force). */
  keepExisting?: boolean;
}

export function writeSingleFile(path: string, bytes: Uint8Array, options: SingleFileOptions = {}): void {
  const where = options.where ?? '--out';
  try {
    const existing = lstatSync(path);
    if (existing.isDirectory()) throw new UserError('E_OUTPUT', `${path} is a directory`, [{ where, message: 'give a file path' }]);
    if (options.keepExisting)
      throw new UserError('E_IO', `${path} already exists`, [
        { where: path, message: 'choose another file name or pass --force to overwrite it' },
      ]);
  } catch (err) {
    if (err instanceof UserError) throw err;
  }
  const temp = `${path}.t1559-tmp-${process.pid}`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new UserError('E_OUTPUT', `cannot write ${path}: ${(err as Error).message}`, [
      { where, message: 'check that the directory exists and is writable' },
    ]);
  }
}
