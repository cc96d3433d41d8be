/**
 * Where a GPO backup keeps its Registry.pol files: `DomainSysvol/GPO/{Machine,User}/registry.pol` in a GPMC
 * backup folder, `{Machine,User}/Registry.pol` in a live GPO's SYSVOL folder (docs/formats.md "GPO backup").
 * The file name is matched case-insensitively, as Windows does.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../lib/errors.js';
/** The side of a GPO: computer (Machine) or user settings. */
type Scope = 'Machine' | 'User';

/** The .pol files to check: one file (scope from --scope), or both sides of a GPO backup folder (a missing side has no file). */
export function polFilesIn(path: string, scope: Scope | undefined): { scope: Scope; file?: string }[] {
  if (!existsSync(path))
    throw new UserError('E_IO', `${path} does not exist`, [{ where: path, message: 'give a Registry.pol file or a GPO backup folder' }]);
  if (statSync(path).isFile()) {
    if (!scope)
      throw new UserError('E_ARG', `${path}: say which side it holds`, [
        { where: '--scope', message: 'add --scope Machine or --scope User (a .pol file does not record it)' },
      ]);
    return [{ scope, file: path }];
  }
  const sysvol = ['DomainSysvol/GPO', '.']
    .map((p) => join(path, p))
    .find((p) => existsSync(join(p, 'Machine')) || existsSync(join(p, 'User')));
  if (!sysvol)
    throw new UserError('E_IO', `${path} is not a GPO backup folder`, [
      { where: path, message: 'expected DomainSysvol/GPO/Machine or .../User inside it' },
    ]);
  const found: { scope: Scope; file?: string }[] = [];
  for (const side of ['Machine', 'User'] as const) {
    if (scope && scope !== side) continue;
    const dir = join(sysvol, side);
    const name = existsSync(dir)
      ? readdirSync(dir).find((n) => n.toLowerCase() === 'registry.pol' && statSync(join(dir, n)).isFile())
      : undefined;
    found.push(name ? { scope: side, file: join(dir, name) } : { scope: side });
  }
  return found;
}
