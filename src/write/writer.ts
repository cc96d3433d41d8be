/**
 * The one writer: the only code that touches the output directory.
 *
 * - Keeps a manifest (.t1559-manifest.json) of the files it generated, and removes only those.
 * - Refuses "/", the home directory, the working directory, the package root, an existing file,
 *   and a non-empty directory it did not create (no manifest).
 * - Writes atomically: when the directory holds only generated files, the whole bundle is staged in
 *   a sibling directory and swapped in with renames; when an admin keeps their own files there too,
 *   each file is written to a temporary name and renamed over the old one.
 * - check: compares without writing; dryRun: lists what would change.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Artifact } from '../model/artifact.js';
import { UserError } from '../lib/errors.js';
import { packagePath } from '../lib/paths.js';

export const MANIFEST = '.t1559-manifest.json';

export type WriteMode = 'write' | 'check' | 'dryRun';

export interface WriteResult {
  outDir: string;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

interface Manifest {
  generator: 't1559';
  files: string[];
}

export function writeBundle(outDir: string, artifacts: readonly Artifact[], mode: WriteMode): WriteResult {
  const dir = resolve(outDir);
  guardLocation(dir);
  const state = inspect(dir);
  const previous = state.manifest?.files ?? [];
  const wanted = new Map(artifacts.map((a) => [a.path, a.bytes]));
  refuseCollisions(dir, state, wanted);
  const result: WriteResult = { outDir: dir, added: [], changed: [], removed: [], unchanged: [] };
  for (const [path, bytes] of wanted) {
    const current = state.exists ? readIfFile(join(dir, path)) : undefined;
    if (current === undefined) result.added.push(path);
    else if (Buffer.compare(current, Buffer.from(bytes)) === 0) result.unchanged.push(path);
    else result.changed.push(path);
  }
  for (const path of previous) if (!wanted.has(path) && existsSync(join(dir, path))) result.removed.push(path);
  const manifestText = `${JSON.stringify({ generator: 't1559', files: [...wanted.keys()].sort() } satisfies Manifest, null, 2)}\n`;
  const manifestChanged = !state.manifest || readIfFile(join(dir, MANIFEST))?.toString('utf8') !== manifestText;
  if (mode !== 'write') return result;
  if (result.added.length + result.changed.length + result.removed.length === 0 && !manifestChanged) return result;

  try {
    if (!state.exists || state.onlyGenerated) swapWhole(dir, wanted, manifestText);
    else replaceFiles(dir, wanted, result.removed, manifestText);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError('E_OUTPUT', `cannot write to ${dir}: ${(err as Error).message}`, [
      { where: dir, message: 'check that the directory and its parent are writable; nothing was changed' },
    ]);
  }
  return result;
}

/** A file t1559 did not generate (not in the manifest) where the bundle now wants one is the admin's: never overwrite it. */
function refuseCollisions(dir: string, state: DirState, wanted: Map<string, Uint8Array>): void {
  if (!state.exists || !state.manifest) return;
  const generated = new Set(state.manifest.files.map((f) => f.toLowerCase()));
  const theirs = [...wanted.keys()].filter((p) => !generated.has(p.toLowerCase()) && existsSync(join(dir, ...p.split('/'))));
  if (theirs.length > 0)
    throw new UserError('E_OUTPUT', `refusing to overwrite ${theirs.length} file(s) in ${dir} that t1559 did not generate`, theirs.map((p) => ({ where: p, message: 'move or rename your file, or build into another directory' })));
}

/** Top-level folders of the package itself: the bundle must never land among the tool's own files. */
const PACKAGE_FOLDERS = ['bin', 'dist', 'src', 'policies', 'templates', 'test', 'bench', 'node_modules', '.git', '.ci'];

function guardLocation(dir: string): void {
  const root = resolve(packagePath());
  const inside = relative(root, dir);
  const first = inside.split(sep)[0] ?? '';
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) && PACKAGE_FOLDERS.includes(first))
    throw new UserError('E_OUTPUT', `refusing to write the bundle into t1559's own ${first}/ folder (${dir})`, [{ where: '--out', message: 'choose a dedicated output directory such as ./out' }]);
  const forbidden: [string, string][] = [
    [resolve('/'), 'the file system root'],
    [resolve(homedir()), 'your home directory'],
    [resolve(process.cwd()), 'the current directory'],
    [resolve(packagePath()), "t1559's own package directory"],
  ];
  for (const [path, what] of forbidden) {
    if (dir === path) throw new UserError('E_OUTPUT', `refusing to write the bundle into ${what} (${dir})`, [{ where: '--out', message: 'choose a dedicated output directory such as ./out' }]);
  }
}

interface DirState {
  exists: boolean;
  manifest?: Manifest;
  onlyGenerated: boolean;
}

function inspect(dir: string): DirState {
  let stat;
  try {
    stat = lstatSync(dir);
  } catch {
    return { exists: false, onlyGenerated: true };
  }
  if (!stat.isDirectory()) throw new UserError('E_OUTPUT', `the output path ${dir} exists and is not a directory`, [{ where: '--out', message: 'remove the file or choose another output directory' }]);
  const files = listFiles(dir);
  if (files.length === 0) return { exists: true, onlyGenerated: true };
  const manifest = readManifest(dir);
  if (!manifest) {
    throw new UserError('E_OUTPUT', `refusing to write into ${dir}: it is not empty and was not created by t1559 (no ${MANIFEST})`, [
      { where: '--out', message: 'choose an empty or new directory; t1559 only replaces files it generated itself' },
    ]);
  }
  const generated = new Set([...manifest.files, MANIFEST]);
  return { exists: true, manifest, onlyGenerated: files.every((f) => generated.has(f)) };
}

function readManifest(dir: string): Manifest | undefined {
  const text = readIfFile(join(dir, MANIFEST));
  if (!text) return undefined;
  try {
    const m = JSON.parse(text.toString('utf8')) as Manifest;
    // Only plain relative paths: a tampered manifest must not make the writer delete outside the directory.
    const safe = (f: unknown) => typeof f === 'string' && f !== '' && !/^[\\/]|^[A-Za-z]:|\\/.test(f) && !f.split('/').some((seg) => seg === '..' || seg === '.' || seg === '');
    if (m.generator === 't1559' && Array.isArray(m.files) && m.files.every(safe)) return m;
  } catch {
    /* fall through */
  }
  throw new UserError('E_OUTPUT', `${join(dir, MANIFEST)} is damaged`, [{ where: MANIFEST, message: 'delete the output directory and build again' }]);
}

/** Files below root, plus empty folders as "name/" (an admin's empty folder is theirs to keep). */
function listFiles(root: string, sub = ''): string[] {
  const out: string[] = [];
  const entries = readdirSync(join(root, sub), { withFileTypes: true });
  if (sub && entries.length === 0) out.push(`${sub}/`);
  for (const entry of entries) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else out.push(rel);
  }
  return out;
}

function readIfFile(path: string): Buffer | undefined {
  try {
    return lstatSync(path).isFile() ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * mkdir -p without { recursive: true }: Node 20's recursive mkdir can spin forever on some
 * pseudo file systems (e.g. under /proc); creating one level at a time fails cleanly instead.
 */
function ensureDir(dir: string): void {
  const missing: string[] = [];
  let d = dir;
  while (!existsSync(d)) {
    missing.unshift(d);
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const m of missing) mkdirSync(m);
}

function writeTree(root: string, wanted: Map<string, Uint8Array>, manifestText: string): void {
  ensureDir(root);
  for (const [path, bytes] of wanted) {
    const full = join(root, ...path.split('/'));
    ensureDir(dirname(full));
    writeFileSync(full, bytes);
  }
  writeFileSync(join(root, MANIFEST), manifestText);
}

/** Stage the whole bundle next to the target, then swap directories with renames. */
function swapWhole(dir: string, wanted: Map<string, Uint8Array>, manifestText: string): void {
  const parent = dirname(dir);
  ensureDir(parent);
  const stage = join(parent, `.${basename(dir)}.t1559-stage-${process.pid}`);
  const old = join(parent, `.${basename(dir)}.t1559-old-${process.pid}`);
  rmSync(stage, { recursive: true, force: true });
  try {
    writeTree(stage, wanted, manifestText);
    if (existsSync(dir)) renameSync(dir, old);
    try {
      renameSync(stage, dir);
    } catch (err) {
      if (existsSync(old)) renameSync(old, dir);
      throw err;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * The directory also holds the admin's own files: replace generated files one by one. Every new file is
 * written beside its target first; then each target is moved aside and the new file renamed in. If any
 * step fails, what was done is undone, so the previous bundle stays whole.
 */
function replaceFiles(dir: string, wanted: Map<string, Uint8Array>, removed: string[], manifestText: string): void {
  const suffix = `.t1559-tmp-${process.pid}`;
  const staged: string[] = [];
  const targets = [...wanted.keys()].map((p) => join(dir, ...p.split('/')));
  const contents = [...wanted.values()];
  targets.push(join(dir, MANIFEST));
  contents.push(Buffer.from(manifestText, 'utf8'));
  try {
    targets.forEach((full, i) => {
      ensureDir(dirname(full));
      writeFileSync(`${full}${suffix}`, contents[i]!);
      staged.push(full);
    });
  } catch (err) {
    for (const full of staged) rmSync(`${full}${suffix}`, { force: true });
    throw err;
  }
  const swapped: { full: string; hadOld: boolean }[] = [];
  try {
    for (const full of targets) {
      const hadOld = existsSync(full);
      if (hadOld) renameSync(full, `${full}.t1559-old-${process.pid}`);
      swapped.push({ full, hadOld });
      renameSync(`${full}${suffix}`, full);
    }
  } catch (err) {
    for (const { full, hadOld } of swapped.reverse()) {
      if (existsSync(full) && !existsSync(`${full}${suffix}`)) renameSync(full, `${full}${suffix}`);
      if (hadOld) renameSync(`${full}.t1559-old-${process.pid}`, full);
    }
    for (const full of targets) rmSync(`${full}${suffix}`, { force: true });
    throw err;
  }
  for (const { full, hadOld } of swapped) if (hadOld) rmSync(`${full}.t1559-old-${process.pid}`, { force: true });
  for (const path of removed) {
    rmSync(join(dir, ...path.split('/')), { force: true });
    pruneEmptyParents(dir, dirname(join(dir, ...path.split('/'))));
  }
}

function pruneEmptyParents(root: string, from: string): void {
  let d = from;
  while (d.startsWith(root + sep) && relative(root, d) !== '') {
    if (readdirSync(d).length > 0) return;
    rmdirSync(d);
    d = dirname(d);
  }
}
