/** Locations inside the installed package (catalog, templates), independent of the cwd. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// This code runs from src/lib (tsx), dist/lib (tsc) or a bundled command under dist/commands (scripts/bundle.mjs),
// so the package root is not a fixed number of levels up: it is the nearest directory with a package.json.
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`t1559: no package.json above ${from}`);
  }
}
const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

export function packagePath(...parts: string[]): string {
  return join(ROOT, ...parts);
}

let version: string | undefined;
export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
