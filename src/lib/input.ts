/**
 * Reading the files a user hands to a command (profiles, .pol, LGPO text, ADMX): one place for the
 * "does not exist / is a directory / cannot read" errors and for text in the encodings Windows tools
 * write (UTF-8 with or without BOM, UTF-16 with a BOM).
 */
import { readFileSync, statSync } from 'node:fs';
import { UserError } from './errors.js';

/** The file's bytes, or a UserError that says what is wrong with the path. */
export function readInputFile(path: string, what: string): Buffer {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new UserError('E_IO', `${what} ${path} does not exist`, [{ where: path, message: 'check the path' }]);
  }
  if (isDirectory) throw new UserError('E_IO', `${what} ${path} is a directory, not a file`, [{ where: path, message: 'give the path of the file itself' }]);
  try {
    return readFileSync(path);
  } catch (err) {
    throw new UserError('E_IO', `cannot read ${what} ${path}: ${(err as Error).message}`, [{ where: path, message: 'check the file permissions' }]);
  }
}

/** True when the bytes start with a UTF-16 byte order mark (LE or BE). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Text from UTF-16 with a BOM (Windows PowerShell 5.1's `>` and Out-File write UTF-16LE), else UTF-8. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8');
}
