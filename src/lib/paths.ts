/** Locations inside the installed package (catalog, templates), independent of the cwd. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// This file lives at src/lib (tsx) or dist/lib (compiled): the package root is two levels up.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function packagePath(...parts: string[]): string {
  return join(ROOT, ...parts);
}

let version: string | undefined;
export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
