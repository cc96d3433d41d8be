/**
 * .reg files as `reg export` and Registry Editor write them (docs/formats.md ".reg files"): the header
 * "Windows Registry Editor Version 5.00" (UTF-16LE with a BOM) or "REGEDIT4" (single-byte text), then key lines
 * `[HKEY_...\path]` (`[-HKEY_...]` deletes the key) and value lines `"name"=data` or `@=data` (the default value),
 * with data `"text"`, `dword:xxxxxxxx`, `hex:..` (REG_BINARY), `hex(N):..` (any type by its number: 0 none, 2
 * expand string, 7 multi-string, b qword...) or `-` (delete the value). Hex data continues on the next line after a
 * trailing backslash. Lines starting with `;` are comments.
 *
 * Strict like the Registry.pol codec: anything this reader could not map back to one exact registry value is
 * refused with the file, line and byte offset, never guessed: an unknown hive or abbreviation (HKLM is not a .reg
 * hive name), a value before any key, a DWORD that is not eight hex digits, odd-length string data in a 5.00 file,
 * a multi-string without its terminator, text after the closing quote, a truncated continuation.
 */
import { UserError } from '../lib/errors.js';
import type { RegData } from './registry-pol.js';

export const REG_HIVES = ['HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER', 'HKEY_USERS', 'HKEY_CLASSES_ROOT', 'HKEY_CURRENT_CONFIG'] as const;
export type RegHive = (typeof REG_HIVES)[number];

export type RegFileEntry =
  | { action: 'deleteKey'; hive: RegHive; key: string; line: number }
  | { action: 'createKey'; hive: RegHive; key: string; line: number }
  | { action: 'set'; hive: RegHive; key: string; valueName: string; value: RegData; line: number }
  | { action: 'deleteValue'; hive: RegHive; key: string; valueName: string; line: number };

export interface RegFile {
  version: '5.00' | 'REGEDIT4';
  entries: RegFileEntry[];
}

const HEADER_5 = 'Windows Registry Editor Version 5.00';
const HEADER_4 = 'REGEDIT4';

interface Line {
  text: string;
  number: number;
  /** Byte offset of the line's first character in the file. */
  byte: number;
}

export function decodeRegFile(bytes: Uint8Array, options: { file?: string } = {}): RegFile {
  const file = options.file ?? 'file.reg';
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wide = buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe;
  const unitBytes = wide ? 2 : 1;
  const start = wide ? 2 : buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const fail = (byte: number, line: number | undefined, message: string): never => {
    throw new UserError('E_REG', `invalid .reg file: ${message}`, [
      { where: `${file}${line ? `, line ${line}` : ''}, byte ${byte} (0x${byte.toString(16)})`, message },
    ]);
  };
  if (wide && (buf.length - start) % 2 !== 0)
    fail(buf.length - 1, undefined, 'a UTF-16LE file has an odd number of bytes (it is truncated); export it again');
  let text: string;
  if (wide) text = buf.subarray(start).toString('utf16le');
  else {
    const body = buf.subarray(start);
    const bad = body.findIndex((b) => b >= 0x80 || b === 0);
    if (bad !== -1 && start === 0) {
      fail(
        bad,
        undefined,
        `byte 0x${body[bad]!.toString(16)} outside ASCII in a file without a byte order mark: REGEDIT4 files are in the machine's ANSI code page, which this reader cannot know; export with "Windows Registry Editor Version 5.00" (reg export writes it) instead`,
      );
    }
    text = body.toString('utf8');
    if (text.includes('\uFFFD')) fail(start, undefined, 'the file is not valid UTF-8');
  }
  if (text.includes('\u0000')) fail(start + text.indexOf('\u0000') * unitBytes, undefined, 'NUL character in the text');

  // Split into lines, keeping each line's byte offset (UTF-16: two bytes a code unit; UTF-8 text is ASCII-checked above or BOM-marked).
  const lines: Line[] = [];
  let at = 0;
  let number = 1;
  const byteOf = (charIndex: number) => start + (wide ? charIndex * 2 : Buffer.byteLength(text.slice(0, charIndex), 'utf8'));
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const raw = text.slice(at, end);
    lines.push({ text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, number, byte: byteOf(at) });
    number++;
    at = end + 1;
    if (end === text.length) break;
  }

  const header = lines[0]?.text ?? '';
  let version: RegFile['version'];
  if (header === HEADER_5) version = '5.00';
  else if (header === HEADER_4) version = 'REGEDIT4';
  else fail(start, 1, `the first line is ${JSON.stringify(header.slice(0, 60))}; a .reg file starts with "${HEADER_5}" or "${HEADER_4}"`);
  if (version! === '5.00' && !wide)
    fail(start, 1, `a "${HEADER_5}" file is UTF-16LE with a byte order mark (as reg export writes it); this one is not`);

  const entries: RegFileEntry[] = [];
  let current: { hive: RegHive; key: string } | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text;
    if (t.trim() === '' || t.startsWith(';')) continue;
    if (t.startsWith('[')) {
      if (!t.endsWith(']')) fail(line.byte, line.number, 'a key line ends with "]"');
      const del = t.startsWith('[-');
      const path = t.slice(del ? 2 : 1, -1);
      const { hive, key } = splitHive(path, line, fail);
      current = { hive, key };
      entries.push({ action: del ? 'deleteKey' : 'createKey', hive, key, line: line.number });
      // A deleted key takes no values.
      if (del) current = undefined;
      continue;
    }
    if (!current) fail(line.byte, line.number, 'a value line before any [key] line (or after a [-key] deletion)');
    // Gather continuation lines (hex data ending in "\").
    let body = t;
    const first = line;
    while (body.endsWith('\\') && /=hex(\([0-9a-fA-F]+\))?:/.test(body)) {
      i++;
      const next = lines[i];
      if (!next || next.text.trim() === '')
        fail(
          next?.byte ?? first.byte,
          next?.number ?? first.number,
          'hex data ends with "\\" but no continuation line follows (the file is truncated)',
        );
      body = body.slice(0, -1) + next!.text.trimStart();
    }
    const { name, rest } = valueName(body, first, fail);
    entries.push(valueEntry(current!, name, rest, version!, first, fail));
  }
  return { version: version!, entries };
}

type Fail = (byte: number, line: number | undefined, message: string) => never;

function splitHive(path: string, line: Line, fail: Fail): { hive: RegHive; key: string } {
  const slash = path.indexOf('\\');
  const hiveText = slash === -1 ? path : path.slice(0, slash);
  const hive = REG_HIVES.find((h) => h === hiveText.toUpperCase());
  if (!hive)
    fail(line.byte, line.number, `unknown hive ${JSON.stringify(hiveText)}; .reg files spell hives in full (${REG_HIVES.join(', ')})`);
  const key = slash === -1 ? '' : path.slice(slash + 1);
  if (key.includes('\\\\') || key.endsWith('\\')) fail(line.byte, line.number, `key ${JSON.stringify(path)} has an empty path segment`);
  return { hive: hive!, key };
}

function valueName(body: string, line: Line, fail: Fail): { name: string; rest: string } {
  if (body.startsWith('@=')) return { name: '', rest: body.slice(2) };
  if (!body.startsWith('"')) fail(line.byte, line.number, 'a value line starts with "name"= or @=');
  const { text, end } = quoted(body, 0, line, fail);
  if (body[end] !== '=') fail(line.byte, line.number, `expected "=" after the value name ${JSON.stringify(text)}`);
  return { name: text, rest: body.slice(end + 1) };
}

/** A quoted string starting at `from` (escapes \\ and \"); returns the text and the index after the closing quote. */
function quoted(s: string, from: number, line: Line, fail: Fail): { text: string; end: number } {
  let out = '';
  for (let i = from + 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      const n = s[i + 1];
      if (n !== '\\' && n !== '"')
        fail(line.byte, line.number, `unknown escape "\\${n ?? ''}" in a quoted string (only \\\\ and \\" exist)`);
      out += n;
      i++;
    } else if (c === '"') return { text: out, end: i + 1 };
    else out += c;
  }
  return fail(line.byte, line.number, 'a quoted string has no closing quote');
}

const TYPE_NUMBERS: Record<number, RegData['type'] | undefined> = {
  0: 'REG_NONE',
  1: 'REG_SZ',
  2: 'REG_EXPAND_SZ',
  3: 'REG_BINARY',
  4: 'REG_DWORD',
  5: 'REG_DWORD_BIG_ENDIAN',
  7: 'REG_MULTI_SZ',
  11: 'REG_QWORD',
};

function valueEntry(
  at: { hive: RegHive; key: string },
  name: string,
  rest: string,
  version: RegFile['version'],
  line: Line,
  fail: Fail,
): RegFileEntry {
  const base = { hive: at.hive, key: at.key, valueName: name, line: line.number };
  if (rest === '-') return { action: 'deleteValue', ...base };
  if (rest.startsWith('"')) {
    const { text, end } = quoted(rest, 0, line, fail);
    if (end !== rest.length) fail(line.byte, line.number, `text after the closing quote: ${JSON.stringify(rest.slice(end, end + 20))}`);
    return { action: 'set', ...base, value: { type: 'REG_SZ', data: text } };
  }
  const dword = /^dword:(.*)$/.exec(rest);
  if (dword) {
    if (!/^[0-9a-fA-F]{8}$/.test(dword[1]!))
      fail(line.byte, line.number, `dword data is exactly eight hex digits, got ${JSON.stringify(dword[1])}`);
    return { action: 'set', ...base, value: { type: 'REG_DWORD', data: parseInt(dword[1]!, 16) } };
  }
  const hex = /^hex(?:\(([0-9a-fA-F]{1,8})\))?:(.*)$/.exec(rest);
  if (!hex)
    return fail(line.byte, line.number, `unknown data ${JSON.stringify(rest.slice(0, 30))}; expected "text", dword:, hex:, hex(N): or -`);
  const typeNumber = hex[1] === undefined ? 3 : parseInt(hex[1], 16);
  const list = hex[2]!.trim();
  if (list !== '' && !/^[0-9a-fA-F]{2}(,[0-9a-fA-F]{2})*$/.test(list))
    fail(line.byte, line.number, 'hex data is two-digit hex bytes separated by commas');
  const bytes = Buffer.from(list === '' ? [] : list.split(',').map((b) => parseInt(b, 16)));
  const type = TYPE_NUMBERS[typeNumber];
  if (!type) fail(line.byte, line.number, `value type hex(${hex[1]}) is not one this tool reads (0, 1, 2, 3, 4, 5, 7, b)`);
  return { action: 'set', ...base, value: typedData(type!, bytes, version, line, fail) };
}

function text(bytes: Buffer, version: RegFile['version'], line: Line, fail: Fail): string {
  if (version === 'REGEDIT4') {
    if (bytes.some((b) => b >= 0x80))
      fail(line.byte, line.number, 'REGEDIT4 string data outside ASCII is in an unknown ANSI code page; export as version 5.00');
    return bytes.toString('latin1');
  }
  if (bytes.length % 2 !== 0) fail(line.byte, line.number, 'UTF-16 string data has an odd number of bytes');
  return bytes.toString('utf16le');
}

function typedData(type: RegData['type'], bytes: Buffer, version: RegFile['version'], line: Line, fail: Fail): RegData {
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ': {
      const s = text(bytes, version, line, fail);
      // Registry Editor writes the terminating NUL; data without one is kept as it is.
      return { type, data: s.endsWith('\u0000') ? s.slice(0, -1) : s };
    }
    case 'REG_MULTI_SZ': {
      const s = text(bytes, version, line, fail);
      if (s === '') return { type, data: [] };
      if (!s.endsWith('\u0000\u0000') && s !== '\u0000')
        fail(line.byte, line.number, 'multi-string data does not end with its double NUL terminator (truncated?)');
      const body = s === '\u0000' ? '' : s.slice(0, -2);
      return { type, data: body === '' ? [] : body.split('\u0000') };
    }
    case 'REG_DWORD':
    case 'REG_DWORD_BIG_ENDIAN':
      if (bytes.length !== 4) fail(line.byte, line.number, `a hex(${type === 'REG_DWORD' ? 4 : 5}) DWORD has 4 bytes, got ${bytes.length}`);
      return { type, data: type === 'REG_DWORD' ? bytes.readUInt32LE(0) : bytes.readUInt32BE(0) };
    case 'REG_QWORD':
      if (bytes.length !== 8) fail(line.byte, line.number, `a hex(b) QWORD has 8 bytes, got ${bytes.length}`);
      return { type, data: bytes.readBigUInt64LE(0) };
    case 'REG_BINARY':
    case 'REG_NONE':
      return { type, data: new Uint8Array(bytes) };
  }
}
