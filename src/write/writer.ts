/**
 * The one writer: the only code that touches the output directory.
 *
 * - Keeps a manifest (.t1559-manifest.json) of the files it generated, and removes only those.
 * - Refuses "/", the home directory, the working directory, the package root, an existing file,
 *   and a non-empty directory it did not create (no manifest).
 * - Writes so that an interruption at any step is finished or undone by the next run (recovery.ts):
 *   when the directory holds only generated files, the whole bundle is staged in a sibling directory
 *   and swapped in with renames; when an admin keeps their own files there too, each file is written
 *   to a temporary name and renamed over the old one under a journal.
 * - check: compares without writing; dryRun: lists what would change.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Artifact } from '../model/artifact.js';
import { UserError } from '../lib/errors.js';
import { packagePath } from '../lib/paths.js';
import {
  isSafeRelative,
  JOURNAL,
  JOURNAL_TMP,
  oldDir,
  oldFile,
  recoverOutputDir,
  settleJournal,
  stageDir,
  tmpFile,
  writeJournal,
  type Journal,
} from './recovery.js';
import { ensureDir, exists, missingDirs, nodeFs, removeTree, type WriterFs } from './writer-fs.js';

export { recoverOutputDir } from './recovery.js';

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

/** fs: the file-system layer; tests pass one that fails or stops at a chosen step. */
export function writeBundle(outDir: string, artifacts: readonly Artifact[], mode: WriteMode, fs: WriterFs = nodeFs): WriteResult {
  const dir = resolve(outDir);
  guardLocation(dir);
  // An earlier build that was killed or failed half-way is finished or undone first (recovery.ts).
  const pending = recoverOutputDir(dir, fs, mode !== 'write');
  if (mode !== 'write' && pending.length > 0)
    throw new UserError(
      'E_OUTPUT',
      `an interrupted build left ${dir} half-written`,
      pending.map((p) => ({ where: dir, message: `${p} (run build without --check/--dry-run; it does this first)` })),
    );
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

  if (!state.exists || state.onlyGenerated) swapWhole(fs, dir, wanted, manifestText);
  else replaceFiles(fs, dir, wanted, result.removed, manifestText);
  return result;
}

/** A file t1559 did not generate (not in the manifest) where the bundle now wants one is the admin's: never overwrite it. */
function refuseCollisions(dir: string, state: DirState, wanted: Map<string, Uint8Array>): void {
  if (!state.exists || !state.manifest) return;
  const generated = new Set(state.manifest.files.map((f) => f.toLowerCase()));
  const theirs = [...wanted.keys()].filter((p) => !generated.has(p.toLowerCase()) && existsSync(join(dir, ...p.split('/'))));
  if (theirs.length > 0)
    throw new UserError(
      'E_OUTPUT',
      `refusing to overwrite ${theirs.length} file(s) in ${dir} that t1559 did not generate`,
      theirs.map((p) => ({ where: p, message: 'move or rename your file, or build into another directory' })),
    );
}

/** Top-level folders of the package itself: the bundle must never land among the tool's own files. */
const PACKAGE_FOLDERS = ['bin', 'dist', 'src', 'policies', 'templates', 'test', 'bench', 'node_modules', '.git', '.ci'];

function guardLocation(dir: string): void {
  const root = resolve(packagePath());
  const inside = relative(root, dir);
  const first = inside.split(sep)[0] ?? '';
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) && PACKAGE_FOLDERS.includes(first))
    throw new UserError('E_OUTPUT', `refusing to write the bundle into t1559's own ${first}/ folder (${dir})`, [
      { where: '--out', message: 'choose a dedicated output directory such as ./out' },
    ]);
  const forbidden: [string, string][] = [
    [resolve('/'), 'the file system root'],
    [resolve(homedir()), 'your home directory'],
    [resolve(process.cwd()), 'the current directory'],
    [resolve(packagePath()), "t1559's own package directory"],
  ];
  for (const [path, what] of forbidden) {
    if (dir === path)
      throw new UserError('E_OUTPUT', `refusing to write the bundle into ${what} (${dir})`, [
        { where: '--out', message: 'choose a dedicated output directory such as ./out' },
      ]);
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
  if (!stat.isDirectory())
    throw new UserError('E_OUTPUT', `the output path ${dir} exists and is not a directory`, [
      { where: '--out', message: 'remove the file or choose another output directory' },
    ]);
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
    if (m.generator === 't1559' && Array.isArray(m.files) && m.files.every(isSafeRelative)) return m;
  } catch {
    /* fall through */
  }
  throw new UserError('E_OUTPUT', `${join(dir, MANIFEST)} is damaged`, [
    { where: MANIFEST, message: 'delete the output directory and build again' },
  ]);
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

function writeTree(fs: WriterFs, root: string, wanted: Map<string, Uint8Array>, manifestText: string): void {
  ensureDir(fs, root);
  for (const [path, bytes] of wanted) {
    const full = join(root, ...path.split('/'));
    ensureDir(fs, dirname(full));
    fs.writeFile(full, bytes);
  }
  fs.writeFile(join(root, MANIFEST), manifestText);
}

/** Every folder of the current output: a read-only one would let the swap through but not the cleanup. */
function refuseReadOnly(fs: WriterFs, dir: string): void {
  const readOnly = [
    dir,
    ...listFiles(dir)
      .filter((f) => f.endsWith('/'))
      .map((f) => join(dir, f)),
  ];
  for (const rel of listFiles(dir)) if (rel.includes('/')) readOnly.push(join(dir, ...rel.split('/').slice(0, -1)));
  const blocked = [...new Set(readOnly)].filter((d) => !fs.canWrite(d));
  if (blocked.length > 0)
    throw new UserError(
      'E_OUTPUT',
      `cannot write to ${dir}: ${blocked.length} folder(s) of the current bundle are read-only; nothing was changed`,
      blocked.map((d) => ({ where: d, message: 'make it writable, or build into another directory' })),
    );
}

/** Stage the whole bundle next to the target, then swap directories with renames (see recovery.ts). */
function swapWhole(fs: WriterFs, dir: string, wanted: Map<string, Uint8Array>, manifestText: string): void {
  try {
    ensureDir(fs, dirname(dir));
  } catch (err) {
    throw failed(dir, err, 'nothing was changed', () => {});
  }
  if (exists(dir)) refuseReadOnly(fs, dir);
  const stage = stageDir(dir, process.pid);
  const old = oldDir(dir, process.pid);
  try {
    writeTree(fs, stage, wanted, manifestText);
  } catch (err) {
    throw failed(dir, err, 'nothing was changed', () => removeTree(fs, stage));
  }
  let moved = false;
  try {
    if (exists(dir)) {
      fs.rename(dir, old);
      moved = true;
    }
    fs.rename(stage, dir);
  } catch (err) {
    throw failed(dir, err, 'nothing was changed', () => {
      if (moved && !exists(dir)) fs.rename(old, dir);
      removeTree(fs, stage);
    });
  }
  try {
    removeTree(fs, old);
  } catch (err) {
    throw new UserError(
      'E_OUTPUT',
      `${dir} now holds the new bundle, but the previous one could not be removed: ${(err as Error).message}`,
      [{ where: old, message: 'delete this folder (the next build also tries); the output folder itself is complete' }],
    );
  }
}

/**
 * A failed write: undo what was done, then say so. If undoing fails too, say what is left and that the
 * next build finishes undoing it (recoverOutputDir).
 */
function failed(dir: string, err: unknown, outcome: string, undo: () => void): UserError {
  const message = (err as Error).message;
  try {
    undo();
  } catch (undoErr) {
    return new UserError(
      'E_OUTPUT',
      `cannot write to ${dir}: ${message}; undoing the partial write failed too (${(undoErr as Error).message})`,
      [
        {
          where: dir,
          message: 'the previous bundle is kept (beside the folder or recorded in its journal); the next build restores it before writing',
        },
      ],
    );
  }
  return new UserError('E_OUTPUT', `cannot write to ${dir}: ${message}`, [
    { where: dir, message: `check that the directory and its parent are writable and the disk has room; ${outcome}` },
  ]);
}

/**
 * The directory also holds the admin's own files: replace generated files one by one, under a journal
 * written before anything else (recovery.ts): new files are written beside their targets, each target is
 * moved aside and the new file renamed in, the journal is marked committed, then the old files are removed.
 */
function replaceFiles(fs: WriterFs, dir: string, wanted: Map<string, Uint8Array>, removed: string[], manifestText: string): void {
  const pid = process.pid;
  const files = [...wanted, [MANIFEST, Buffer.from(manifestText, 'utf8')] as const].map(([path, bytes]) => ({
    path,
    bytes,
    full: join(dir, ...path.split('/')),
  }));
  const dirs = [...new Set(files.flatMap((f) => missingDirs(dirname(f.full))))].map((d) => relative(dir, d).split(sep).join('/'));
  const journal: Journal = {
    generator: 't1559',
    pid,
    committed: false,
    files: files.map((f) => ({ path: f.path, hadOld: exists(f.full) })),
    dirs,
    removed,
  };
  const act = (_what: string, fn: () => void) => fn();
  try {
    writeJournal(fs, dir, journal);
    for (const d of dirs) fs.mkdir(join(dir, ...d.split('/')));
    for (const f of files) fs.writeFile(tmpFile(f.full, pid), f.bytes);
    for (const [k, f] of files.entries()) {
      if (journal.files[k]!.hadOld) fs.rename(f.full, oldFile(f.full, pid));
      fs.rename(tmpFile(f.full, pid), f.full);
    }
    writeJournal(fs, dir, { ...journal, committed: true });
  } catch (err) {
    throw failed(dir, err, 'nothing was changed', () => {
      if (exists(join(dir, JOURNAL_TMP))) fs.unlink(join(dir, JOURNAL_TMP));
      if (exists(join(dir, JOURNAL))) settleJournal(dir, journal, fs, act);
    });
  }
  try {
    settleJournal(dir, { ...journal, committed: true }, fs, act);
  } catch (err) {
    throw new UserError('E_OUTPUT', `${dir} now holds the new bundle, but removing the replaced files failed: ${(err as Error).message}`, [
      { where: join(dir, JOURNAL), message: 'the journal lists what is left; the next build removes it' },
    ]);
  }
}
