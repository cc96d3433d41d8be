/**
 * Reading the files a user hands to a command (profiles, .pol, LGPO text, ADMX): one place for the
 * "does not exist / is a directory / is not a regular file / is too large / cannot read" errors and for
 * text in the encodings Windows tools write (UTF-8 with or without BOM, UTF-16 with a BOM). Text that is
 * not valid in its encoding is refused with the byte offset, never replaced with U+FFFD.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { UserError, type ErrorCode } from './errors.js';

const MiB = 1024 * 1024;

/**
 * Largest input each reader accepts. Far above any real file (the largest Microsoft ADMX/ADML, Office's,
 * are under 1 MiB; a Registry.pol of a million entries is about 200 MiB), far below what exhausts memory.
 * README "Input size limits" documents these numbers.
 */
export const INPUT_LIMITS = {
  profile: 16 * MiB,
  pol: 512 * MiB,
  /** `pol encode` input: JSON or LGPO text. */
  polSource: 512 * MiB,
  admx: 64 * MiB,
} as const;

/** The file's bytes, or a UserError that says what is wrong with the path. */
export function readInputFile(path: string, what: string, maxBytes: number = INPUT_LIMITS.profile): Buffer {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UserError('E_IO', `${what} ${path} does not exist`, [{ where: path, message: 'check the path' }]);
  }
  if (stat.isDirectory())
    throw new UserError('E_IO', `${what} ${path} is a directory, not a file`, [
      { where: path, message: 'give the path of the file itself' },
    ]);
  // A device (/dev/zero), pipe or socket can stream without end: only regular files are read.
  if (!stat.isFile())
    throw new UserError('E_IO', `${what} ${path} is not a regular file (a device, pipe or socket)`, [
      { where: path, message: 'save the content to a file and give its path' },
    ]);
  if (stat.size > maxBytes) throw tooLarge(path, what, maxBytes);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    if (!fstatSync(fd).isFile())
      throw new UserError('E_IO', `${what} ${path} is not a regular file`, [
        { where: path, message: 'save the content to a file and give its path' },
      ]);
    return readAtMost(fd, path, what, maxBytes);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError('E_IO', `cannot read ${what} ${path}: ${(err as Error).message}`, [
      { where: path, message: 'check the file permissions' },
    ]);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads to the end, but never more than maxBytes: a file that grows while it is read is refused too. */
function readAtMost(fd: number, path: string, what: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(MiB, maxBytes + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) throw tooLarge(path, what, maxBytes);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(path: string, what: string, maxBytes: number): UserError {
  return new UserError('E_IO', `${what} ${path} is larger than ${maxBytes / MiB} MiB, the limit for this kind of input`, [
    { where: path, message: 'check that this is the right file; no real file of this kind is this large' },
  ]);
}

/** True when the bytes start with a UTF-16 byte order mark (LE or BE). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Text from UTF-16 with a BOM (Windows PowerShell 5.1's `>` and Out-File write UTF-16LE), else UTF-8
 * (a UTF-8 BOM is kept as U+FEFF for the caller to skip). Invalid bytes are a UserError with the offset.
 */
export function decodeText(bytes: Buffer, file = 'input', code: ErrorCode = 'E_IO'): string {
  const refuse = (offset: number, message: string): never => {
    throw new UserError(code, `${file} is not valid text: ${message}`, [
      { where: `${file}, byte offset ${offset}`, message: `${message}; save the file as UTF-8 (or UTF-16LE with BOM)` },
    ]);
  };
  if (hasUtf16Bom(bytes)) {
    const le = bytes[0] === 0xff;
    if (bytes.length % 2 !== 0)
      refuse(bytes.length - 1, `starts with a UTF-16${le ? 'LE' : 'BE'} byte order mark but has an odd number of bytes (${bytes.length})`);
    const units = le ? Buffer.from(bytes.subarray(2)) : Buffer.from(bytes.subarray(2)).swap16();
    const bad = firstLoneSurrogate(units);
    if (bad !== undefined) refuse(2 + bad, 'a UTF-16 surrogate without its pair');
    return units.toString('utf16le');
  }
  try {
    return FATAL_UTF8.decode(bytes);
  } catch {
    return refuse(firstInvalidUtf8(bytes), 'invalid UTF-8');
  }
}

/** Byte offset of the first unpaired surrogate in UTF-16LE code units, if any. */
function firstLoneSurrogate(units: Buffer): number | undefined {
  for (let i = 0; i + 1 < units.length; i += 2) {
    const u = units.readUInt16LE(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < units.length ? units.readUInt16LE(i + 2) : 0;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return undefined;
}

/** Byte offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629 table 3). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
