/**
 * The shipped catalog, validated once when the package is built (scripts/compile-catalog.mjs writes
 * dist/catalog.json) instead of on every start. The file records the SHA-256 of each source file in
 * policies/catalog and of its own controls:
 * - the controls' hash does not match: the generated file was altered or damaged, so it is refused
 *   (an internal fault: the installation is broken, not the user's input);
 * - the source files changed since the build (a developer edited policies/catalog): it is stale, and the
 *   sources are validated in full instead, as they always are when there is no generated file.
 * Profiles and any other catalog directory are always validated in full (src/catalog/load.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InternalError } from '../lib/errors.js';
import type { Control } from '../model/control.js';
import type { Catalog } from './load.js';

interface CompiledCatalogFile {
  generator: 't1559 compiled catalog';
  /** File name -> SHA-256 (hex) of its bytes, for every *.json in the catalog directory. */
  sources: Record<string, string>;
  /** SHA-256 (hex) of JSON.stringify(controls). */
  sha256: string;
  controls: Control[];
}

const GENERATOR = 't1559 compiled catalog';
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The digests of the catalog directory's *.json files, in name order. */
export function catalogSourceDigests(dir: string): Record<string, string> {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch (err) {
    throw new InternalError(`cannot read the catalog directory ${dir}`, { cause: err });
  }
  return Object.fromEntries(names.map((n) => [n, sha256(readFileSync(join(dir, n)))]));
}

/** The text of dist/catalog.json for a catalog already validated from `dir`. */
export function compiledCatalogText(catalog: Catalog, dir: string): string {
  const file: CompiledCatalogFile = {
    generator: GENERATOR,
    sources: catalogSourceDigests(dir),
    sha256: sha256(JSON.stringify(catalog.controls)),
    controls: catalog.controls,
  };
  return `${JSON.stringify(file)}\n`;
}

const sameDigests = (a: Record<string, string>, b: Record<string, string>) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

/**
 * The catalog from the generated file, or undefined when there is none or the sources changed since it was
 * written. Throws InternalError when the file is not what the build wrote.
 */
export function readCompiledCatalog(file: string, sourceDir: string): Catalog | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InternalError(`cannot read the generated catalog ${file}`, { cause: err });
  }
  const refuse = (why: string) => new InternalError(`the generated catalog ${file} ${why}; reinstall t1559 or run \`npm run build\``);
  let parsed: CompiledCatalogFile;
  try {
    parsed = JSON.parse(text) as CompiledCatalogFile;
  } catch {
    throw refuse('is not JSON');
  }
  if (parsed?.generator !== GENERATOR || !Array.isArray(parsed.controls) || typeof parsed.sources !== 'object' || parsed.sources === null)
    throw refuse('is not a compiled catalog');
  if (sha256(JSON.stringify(parsed.controls)) !== parsed.sha256) throw refuse('does not match its SHA-256 (altered or damaged)');
  if (!sameDigests(parsed.sources, catalogSourceDigests(sourceDir))) return undefined;
  return { controls: parsed.controls, byId: new Map(parsed.controls.map((c) => [c.id, c])) };
}
