/**
 * Finishing or undoing a write that was interrupted (killed, power cut, full disk), so a folder is never
 * left half old, half new, and leftovers never pile up or pass for an admin's own files.
 *
 * - Whole-folder swap (the folder holds only generated files): the bundle is staged in
 *   `.<name>.t1559-stage-<pid>` beside the folder; the folder is renamed to `.<name>.t1559-old-<pid>`, the
 *   stage renamed into its place, the old folder removed. Names alone tell how far it got: the folder
 *   missing with an old folder beside it means the swap stopped between its renames (put the old one
 *   back); the folder present with an old one beside it means the swap happened (remove the old one); a
 *   stage is always unfinished (remove it).
 * - File by file (the folder also holds the admin's files): a journal (`.t1559-journal.json`) is written
 *   inside the folder before anything else, listing every file to replace, folder to create and file to
 *   remove. Until the journal is marked committed, recovery rolls every file back; once committed, it
 *   rolls forward (removes the moved-aside old files and the files the new bundle dropped).
 *
 * Recovery touches only names the writer itself creates, and skips the leftovers of a build that is still
 * running (its process id is alive).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { UserError } from '../lib/errors.js';
import { exists, nodeFs, removeTree, type WriterFs } from './writer-fs.js';

export const JOURNAL = '.t1559-journal.json';
export const JOURNAL_TMP = `${JOURNAL}.tmp`;

export interface Journal {
  generator: 't1559';
  pid: number;
  committed: boolean;
  /** Files to replace, relative with "/", in order; hadOld: a file was there before. */
  files: { path: string; hadOld: boolean }[];
  /** Folders the write creates, outermost first. */
  dirs: string[];
  /** Generated files the new bundle no longer has, removed after the commit. */
  removed: string[];
}

export const stageDir = (dir: string, pid: number) => join(dirname(dir), `.${basename(dir)}.t1559-stage-${pid}`);
export const oldDir = (dir: string, pid: number) => join(dirname(dir), `.${basename(dir)}.t1559-old-${pid}`);
export const tmpFile = (full: string, pid: number) => `${full}.t1559-tmp-${pid}`;
export const oldFile = (full: string, pid: number) => `${full}.t1559-old-${pid}`;
const fullPath = (dir: string, rel: string) => join(dir, ...rel.split('/'));

/** A plain relative path: a tampered manifest or journal must not make the writer touch anything outside the folder. */
export function isSafeRelative(f: unknown): f is string {
  return (
    typeof f === 'string' &&
    f !== '' &&
    !/^[\\/]|^[A-Za-z]:|\\/.test(f) &&
    !f.split('/').some((seg) => seg === '..' || seg === '.' || seg === '')
  );
}

/** Written beside, then renamed over: a journal is either the old one or the new one, never half of one. */
export function writeJournal(fs: WriterFs, dir: string, journal: Journal): void {
  fs.writeFile(join(dir, JOURNAL_TMP), `${JSON.stringify(journal, null, 2)}\n`);
  fs.rename(join(dir, JOURNAL_TMP), join(dir, JOURNAL));
}

/**
 * Finish or undo whatever an interrupted write left at dir. Returns one line per action; with
 * `describeOnly` it changes nothing and only says what it would do (for --check and --dry-run).
 */
export function recoverOutputDir(dir: string, fs: WriterFs = nodeFs, describeOnly = false): string[] {
  const actions: string[] = [];
  const act = (what: string, fn: () => void) => {
    actions.push(what);
    if (describeOnly) return;
    try {
      fn();
    } catch (err) {
      throw new UserError('E_OUTPUT', `cannot clean up after an interrupted build at ${dir}: ${(err as Error).message}`, [
        { where: dir, message: `the step was: ${what}; make the folder and its parent writable (or do that step by hand) and build again` },
      ]);
    }
  };
  recoverSwap(dir, fs, act);
  recoverJournal(dir, fs, act);
  return actions;
}

type Act = (what: string, fn: () => void) => void;

function recoverSwap(dir: string, fs: WriterFs, act: Act): void {
  let names: string[];
  try {
    names = readdirSync(dirname(dir));
  } catch {
    return; // no parent, no leftovers
  }
  const pattern = new RegExp(`^\\.${basename(dir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.t1559-(stage|old)-(\\d+)$`);
  const leftovers = names.flatMap((name) => {
    const m = pattern.exec(name);
    return m && !isOtherLiveProcess(Number(m[2])) ? [{ kind: m[1] as 'stage' | 'old', path: join(dirname(dir), name) }] : [];
  });
  const olds = leftovers.filter((l) => l.kind === 'old');
  if (!exists(dir) && olds.length > 1)
    throw new UserError(
      'E_OUTPUT',
      `${dir} is missing and ${olds.length} earlier bundles were left beside it by interrupted builds`,
      olds.map((o) => ({ where: o.path, message: 'rename the one you want to keep back to the output folder name and delete the others' })),
    );
  if (!exists(dir) && olds.length === 1) {
    const old = olds.pop()!;
    act(`put the previous bundle back: ${old.path} -> ${dir}`, () => fs.rename(old.path, dir));
  }
  for (const old of olds) act(`remove the replaced bundle ${old.path}`, () => removeTree(fs, old.path));
  for (const stage of leftovers.filter((l) => l.kind === 'stage'))
    act(`remove the unfinished stage ${stage.path}`, () => removeTree(fs, stage.path));
}

function recoverJournal(dir: string, fs: WriterFs, act: Act): void {
  if (exists(join(dir, JOURNAL_TMP)))
    act(`remove the unfinished journal ${join(dir, JOURNAL_TMP)}`, () => fs.unlink(join(dir, JOURNAL_TMP)));
  if (!exists(join(dir, JOURNAL))) return;
  const journal = readJournal(dir);
  if (isOtherLiveProcess(journal.pid))
    throw new UserError('E_OUTPUT', `another build (process ${journal.pid}) is writing ${dir}`, [
      { where: dir, message: 'wait for it to finish, then build again' },
    ]);
  settleJournal(dir, journal, fs, act);
}

/** Roll an uncommitted journal back, a committed one forward; then drop the journal. */
export function settleJournal(dir: string, journal: Journal, fs: WriterFs, act: Act): void {
  const { pid } = journal;
  if (!journal.committed) {
    for (const { path, hadOld } of [...journal.files].reverse()) {
      const full = fullPath(dir, path);
      const tmp = tmpFile(full, pid);
      const old = oldFile(full, pid);
      if (exists(old)) act(`restore ${path}`, () => fs.rename(old, full));
      else if (!hadOld && exists(full) && !exists(tmp)) act(`remove the new ${path}`, () => fs.unlink(full));
      if (exists(tmp)) act(`remove the unfinished ${path}.t1559-tmp-${pid}`, () => fs.unlink(tmp));
    }
    for (const rel of [...journal.dirs].reverse()) {
      const full = fullPath(dir, rel);
      if (exists(full) && readdirSync(full).length === 0) act(`remove the new empty folder ${rel}`, () => fs.rmdir(full));
    }
  } else {
    for (const { path } of journal.files) {
      const full = fullPath(dir, path);
      if (exists(oldFile(full, pid))) act(`remove the replaced ${path}`, () => fs.unlink(oldFile(full, pid)));
      if (exists(tmpFile(full, pid))) act(`remove ${path}.t1559-tmp-${pid}`, () => fs.unlink(tmpFile(full, pid)));
    }
    for (const path of journal.removed) {
      const full = fullPath(dir, path);
      if (exists(full)) act(`remove ${path}, no longer generated`, () => fs.unlink(full));
      pruneEmptyParents(dir, dirname(full), fs, act);
    }
  }
  act(`remove the journal ${join(dir, JOURNAL)}`, () => fs.unlink(join(dir, JOURNAL)));
}

function pruneEmptyParents(root: string, from: string, fs: WriterFs, act: Act): void {
  for (let d = from; d.startsWith(root + sep) && relative(root, d) !== ''; d = dirname(d)) {
    if (!exists(d) || readdirSync(d).length > 0) return;
    const folder = d;
    act(`remove the emptied folder ${relative(root, d).split(sep).join('/')}`, () => fs.rmdir(folder));
  }
}

function readJournal(dir: string): Journal {
  const path = join(dir, JOURNAL);
  try {
    const j = JSON.parse(readFileSync(path, 'utf8')) as Journal;
    const ok =
      j.generator === 't1559' &&
      Number.isSafeInteger(j.pid) &&
      typeof j.committed === 'boolean' &&
      Array.isArray(j.files) &&
      j.files.every((f) => isSafeRelative(f?.path) && typeof f.hadOld === 'boolean') &&
      Array.isArray(j.dirs) &&
      j.dirs.every(isSafeRelative) &&
      Array.isArray(j.removed) &&
      j.removed.every(isSafeRelative);
    if (ok) return j;
  } catch {
    /* fall through */
  }
  throw new UserError('E_OUTPUT', `${path} is damaged`, [
    {
      where: JOURNAL,
      message:
        'an interrupted build cannot be finished or undone automatically; check the folder by hand, delete the journal and build again',
    },
  ]);
}

/** A process other than this one that is still running (its leftovers are not leftovers yet). */
function isOtherLiveProcess(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
