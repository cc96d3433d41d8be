/**
 * Load and validate the shipped catalog and a user's profile.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogFileSchema, controlSchema, settingTemplateSchema, type Control } from '../model/control.js';
import { profileSchema, type Profile } from '../model/profile.js';
import { UserError, InternalError, type Problem } from '../lib/errors.js';
import { jsonPath, parseJsonText, parseWith, zodProblems } from '../lib/json.js';
import { controlProblems, settingProblems } from './rules.js';
import { packagePath } from '../lib/paths.js';
import { decodeText, INPUT_LIMITS, readInputFile } from '../lib/input.js';
import { readCompiledCatalog } from './compiled.js';

export interface Catalog {
  controls: Control[];
  byId: Map<string, Control>;
}

/** Validate catalog file contents (already parsed) into a Catalog; every problem at once. */
export function buildCatalog(files: { file: string; data: unknown }[]): Catalog {
  const problems: Problem[] = [];
  const controls: Control[] = [];
  const seenIn = new Map<string, string>();
  for (const { file, data } of files) {
    const parsed = catalogFileSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, file), ...rulesOfValidParts(data, file));
      continue;
    }
    parsed.data.controls.forEach((c, i) => {
      for (const p of controlProblems(c)) problems.push({ where: `${file}: ${jsonPath(['controls', i, ...p.path])}`, message: p.message });
      const other = seenIn.get(c.id);
      if (other) problems.push({ where: `${file}: $.controls[${i}].id`, message: `control "${c.id}" is also defined in ${other}` });
      seenIn.set(c.id, file);
      controls.push(c);
    });
  }
  if (problems.length > 0) throw new UserError('E_SCHEMA', 'the catalog is invalid', problems);
  return { controls, byId: new Map(controls.map((c) => [c.id, c])) };
}

/**
 * When a file fails the schema, the semantic rules still run on every control, or failing that every
 * setting, that parses on its own: one run reports every problem.
 */
function rulesOfValidParts(data: unknown, file: string): Problem[] {
  const controls = (data as { controls?: unknown } | null)?.controls;
  if (!Array.isArray(controls)) return [];
  const at = (path: (string | number)[]) => `${file}: ${jsonPath(path)}`;
  return controls.flatMap((raw, i) => {
    const control = controlSchema.safeParse(raw);
    if (control.success) return controlProblems(control.data).map((p) => ({ where: at(['controls', i, ...p.path]), message: p.message }));
    const settings = (raw as { settings?: unknown } | null)?.settings;
    if (!Array.isArray(settings)) return [];
    return settings.flatMap((rawSetting, j) => {
      const setting = settingTemplateSchema.safeParse(rawSetting);
      if (!setting.success) return [];
      return settingProblems(setting.data).map((p) => ({ where: at(['controls', i, 'settings', j, ...p.path]), message: p.message }));
    });
  });
}

/** Where the build writes the shipped catalog, validated (src/catalog/compiled.ts). */
export const COMPILED_CATALOG_PATH = packagePath('dist', 'catalog.json');

/**
 * The shipped catalog: from the file the build validated and wrote when it is there and its sources are
 * unchanged, else validated in full. Another directory (a test's, a user's) is always validated in full.
 */
export function loadCatalog(dir?: string): Catalog {
  const shipped = packagePath('policies', 'catalog');
  if (dir === undefined) return readCompiledCatalog(COMPILED_CATALOG_PATH, shipped) ?? validateCatalogDir(shipped);
  return validateCatalogDir(dir);
}

/** Load and validate every *.json in a catalog directory, in name order. */
export function validateCatalogDir(dir: string): Catalog {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch (err) {
    throw new InternalError(`cannot read the catalog directory ${dir}`, { cause: err });
  }
  const files = names.map((n) => {
    const path = join(dir, n);
    const file = relative(process.cwd(), path) || path;
    return { file, data: parseJsonText(readFileSync(path, 'utf8'), file) };
  });
  return buildCatalog(files);
}

export function readTextFile(path: string, what: string): string {
  return decodeText(readInputFile(path, what, INPUT_LIMITS.profile), path);
}

export function parseProfile(text: string, file: string): Profile {
  return parseWith(profileSchema, parseJsonText(text, file), file, 'the profile');
}

export function loadProfile(path: string): Profile {
  return parseProfile(readTextFile(path, 'profile'), path);
}

/** The shipped recommended profile, the default of every command that takes --profile. */
export function defaultProfilePath(): string {
  return packagePath('policies', 'profiles', 'recommended.json');
}
