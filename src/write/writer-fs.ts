/**
 * The file-system calls the writer makes that change something, behind one interface so a test can stop
 * the writer after any single call (as a kill or a power cut would) and check what it left behind.
 * Reads (stat, readdir, readFile) stay direct: they change nothing, so stopping at them proves nothing.
 */
import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

export interface WriterFs {
  mkdir(path: string): void;
  writeFile(path: string, bytes: Uint8Array | string): void;
  rename(from: string, to: string): void;
  unlink(path: string): void;
  rmdir(path: string): void;
  /** Whether files can be created and removed in this directory (EACCES, EROFS otherwise). */
  canWrite(dir: string): boolean;
}

export const nodeFs: WriterFs = {
  mkdir: (path) => mkdirSync(path),
  writeFile: (path, bytes) => writeFileSync(path, bytes),
  rename: (from, to) => renameSync(from, to),
  unlink: (path) => unlinkSync(path),
  rmdir: (path) => rmdirSync(path),
  canWrite: (dir) => {
    try {
      accessSync(dir, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  },
};

/** Whether anything (a file, folder or dangling link) exists at path. */
export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** rm -r, one unlink or rmdir at a time (so each is a step a test can stop at); a missing path is fine. */
export function removeTree(fs: WriterFs, path: string): void {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return;
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(path)) removeTree(fs, join(path, name));
    fs.rmdir(path);
  } else fs.unlink(path);
}

/** The folders mkdir -p would create for dir, outermost first. */
export function missingDirs(dir: string): string[] {
  const missing: string[] = [];
  let d = dir;
  while (!existsSync(d)) {
    missing.unshift(d);
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  return missing;
}

/**
 * mkdir -p without { recursive: true }: Node 20's recursive mkdir can spin forever on some
 * pseudo file systems (e.g. under /proc); creating one level at a time fails cleanly instead.
 */
export function ensureDir(fs: WriterFs, dir: string): void {
  for (const m of missingDirs(dir)) fs.mkdir(m);
}
