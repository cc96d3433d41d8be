/**
 * Registry.pol codec ("PReg" files), as specified in [MS-GPREG] (Group Policy: Registry Extension
 * Encoding) section 2.2.1, "Preg Message Syntax".
 *
 * Layout: header `50 52 65 67 01 00 00 00` ("PReg", version 1 LE), then entries with no separator,
 * each `[key\0;valueName\0;type;size;data]` where the brackets, semicolons and strings are UTF-16LE,
 * `type` and `size` are u32 LE and `data` is `size` raw bytes. An empty policy is the header alone.
 *
 * This module knows nothing about any particular policy. It maps entries to and from bytes:
 * - {@link decodePol} goes strictly by sizes (binary data may contain `;`, `[` or `]`), keeps file
 *   order, and rejects anything it could not write back identically (see "Exactness" below), with the
 *   byte offset of the problem in a `UserError` ('E_POL').
 * - {@link encodePol} validates every entry first, computes the total size, and writes into one Buffer.
 *   Default order is {@link canonicalOrder}; `order: 'asGiven'` keeps the caller's order.
 *
 * Special value names are written exactly as GPMC writes them (checked against real GPMC backups):
 * `**del.<name>`, `**delvals.` are REG_SZ with data `20 00 00 00` (one space + NUL, size 4);
 * `**DeleteValues` / `**DeleteKeys` are REG_SZ with the `;`-joined names, NUL-terminated;
 * `**SecureKey` is REG_DWORD 1 or 0; `**soft.<name>` carries the value; a key-only entry ("create key")
 * has an empty value name, REG_NONE and size 0.
 *
 * Exactness: the {@link PolEntry} types cannot hold a non-GPMC spelling of a marker (`**Del.x`), a
 * marker payload other than the one above, or a REG_SZ with bytes after its terminator. Rather than
 * silently normalise such files, the decoder rejects them (with the offset and what GPMC writes), and
 * the encoder refuses the entries that would decode differently (a plain value whose name looks like a
 * marker, a default value of type REG_NONE with no data, which is a create-key entry). So whatever
 * `decodePol` accepts, `encodePol(decoded, { order: 'asGiven' })` reproduces byte for byte; the only
 * thing the caller must keep is the order: GPMC writes a policy's values in the order of its ADMX
 * definition, not sorted (a real GPMC backup round-trips only with `order: 'asGiven'`).
 */

import { InternalError, UserError, type Problem } from '../lib/errors.js';
import { startsWithHive } from '../lib/registry-path.js';

export type RegType =
  | 'REG_NONE'
  | 'REG_SZ'
  | 'REG_EXPAND_SZ'
  | 'REG_BINARY'
  | 'REG_DWORD'
  | 'REG_DWORD_BIG_ENDIAN'
  | 'REG_MULTI_SZ'
  | 'REG_QWORD';

export type RegData =
  | { type: 'REG_SZ' | 'REG_EXPAND_SZ'; data: string }
  | { type: 'REG_DWORD' | 'REG_DWORD_BIG_ENDIAN'; data: number }
  | { type: 'REG_QWORD'; data: bigint }
  | { type: 'REG_MULTI_SZ'; data: string[] }
  | { type: 'REG_BINARY' | 'REG_NONE'; data: Uint8Array };

export type PolEntry =
  | { action: 'set'; key: string; valueName: string; value: RegData }
  | { action: 'softSet'; key: string; valueName: string; value: RegData } // **soft.<name>
  | { action: 'deleteValue'; key: string; valueName: string } // **del.<name>
  | { action: 'deleteAllValues'; key: string } // **delvals.
  | { action: 'deleteValues'; key: string; valueNames: string[] } // **DeleteValues  data "a;b"
  | { action: 'deleteKeys'; key: string; subkeys: string[] } // **DeleteKeys    data "k1;k2"
  | { action: 'secureKey'; key: string; secure: boolean } // **SecureKey REG_DWORD 1/0
  | { action: 'createKey'; key: string }; // empty value name, REG_NONE, size 0

/** Numeric type codes (winnt.h). */
export const REG_TYPE_CODE: Readonly<Record<RegType, number>> = {
  REG_NONE: 0,
  REG_SZ: 1,
  REG_EXPAND_SZ: 2,
  REG_BINARY: 3,
  REG_DWORD: 4,
  REG_DWORD_BIG_ENDIAN: 5,
  REG_MULTI_SZ: 7,
  REG_QWORD: 11,
};

const TYPE_BY_CODE: (RegType | undefined)[] = [];
for (const [name, code] of Object.entries(REG_TYPE_CODE)) TYPE_BY_CODE[code] = name as RegType;

/** The 8-byte header: "PReg" + version 1. */
export const POL_HEADER: Uint8Array = Uint8Array.of(0x50, 0x52, 0x65, 0x67, 0x01, 0x00, 0x00, 0x00);
/** GPMC caps the data of one entry at 0xFFFF bytes. */
export const POL_MAX_DATA = 0xffff;

const DEL = '**del.';
const DELVALS = '**delvals.';
const SOFT = '**soft.';
const DELETE_VALUES = '**DeleteValues';
const DELETE_KEYS = '**DeleteKeys';
const SECURE_KEY = '**SecureKey';
/** The value name an action is spelled with on the wire (`**del.<name>`, `**delvals.`), for reports that show it. */
export function wireValueName(action: 'set' | 'deleteValue' | 'deleteAllValues', valueName = ''): string {
  return action === 'deleteValue' ? `${DEL}${valueName}` : action === 'deleteAllValues' ? DELVALS : valueName;
}

/** Payload of `**del.` / `**delvals.` as GPMC writes it: REG_SZ " " + NUL. */
const MARKER_TEXT = ' ';

// UTF-16LE code units of the structural characters.
const C_OPEN = 0x5b; // [
const C_SEMI = 0x3b; // ;
const C_CLOSE = 0x5d; // ]

// ---------------------------------------------------------------------------------------------
// Validation shared by encode and decode

/**
 * How a value name relates to the `**` markers (case-insensitive, as the Windows client reads them).
 * Returns the marker GPMC spells, or undefined for an ordinary value name.
 */
function markerOf(valueName: string): string | undefined {
  if (valueName.length < 2 || valueName.charCodeAt(0) !== 0x2a || valueName.charCodeAt(1) !== 0x2a) return undefined;
  const u = valueName.toLowerCase();
  if (u.startsWith('**delvals')) return DELVALS;
  if (u.startsWith(DEL)) return DEL;
  if (u.startsWith(SOFT)) return SOFT;
  if (u === DELETE_VALUES.toLowerCase()) return DELETE_VALUES;
  if (u === DELETE_KEYS.toLowerCase()) return DELETE_KEYS;
  if (u === SECURE_KEY.toLowerCase()) return SECURE_KEY;
  return undefined;
}

function hasNul(s: string): boolean {
  return s.indexOf('\0') !== -1;
}

/** Problem with a registry key path (no hive, non-empty, no empty segments, no NUL), or undefined. */
export function keyProblem(key: string): string | undefined {
  if (typeof key !== 'string' || key.length === 0) return 'the key is empty';
  if (startsWithHive(key)) {
    return `key ${JSON.stringify(key)} starts with a hive; write it without one (the Machine or User file decides HKLM/HKCU)`;
  }
  if (hasNul(key)) return `key ${JSON.stringify(key)} contains a NUL character`;
  if (key.charCodeAt(0) === 0x5c || key.charCodeAt(key.length - 1) === 0x5c || key.includes('\\\\')) {
    return `key ${JSON.stringify(key)} has an empty path segment (leading, trailing or doubled '\\')`;
  }
  return undefined;
}

function valueNameProblem(name: string, what = 'value name'): string | undefined {
  if (typeof name !== 'string') return `${what} is not a string`;
  if (hasNul(name)) return `${what} ${JSON.stringify(name)} contains a NUL character`;
  if (startsWithHive(name)) return `${what} ${JSON.stringify(name)} starts with a hive prefix`;
  return undefined;
}

function isU32(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0xffffffff;
}

/** Byte size of the data of `v`, or a problem string. */
function regDataSize(v: RegData): number | string {
  switch (v?.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      if (typeof v.data !== 'string') return `${v.type} data must be a string`;
      if (hasNul(v.data)) return `${v.type} data contains a NUL character`;
      return (v.data.length + 1) * 2;
    case 'REG_DWORD':
    case 'REG_DWORD_BIG_ENDIAN':
      if (!isU32(v.data)) return `${v.type} data ${String(v.data)} is not an integer in 0..0xFFFFFFFF`;
      return 4;
    case 'REG_QWORD':
      if (typeof v.data !== 'bigint' || v.data < 0n || v.data > 0xffffffffffffffffn) {
        return `REG_QWORD data ${String(v.data)} is not a bigint in 0..0xFFFFFFFFFFFFFFFF`;
      }
      return 8;
    case 'REG_MULTI_SZ': {
      if (!Array.isArray(v.data)) return 'REG_MULTI_SZ data must be an array of strings';
      let n = 2;
      for (const s of v.data) {
        if (typeof s !== 'string') return 'REG_MULTI_SZ data must be an array of strings';
        if (hasNul(s)) return `REG_MULTI_SZ string ${JSON.stringify(s)} contains a NUL character`;
        n += (s.length + 1) * 2;
      }
      return n;
    }
    case 'REG_BINARY':
    case 'REG_NONE':
      if (!(v.data instanceof Uint8Array)) return `${v.type} data must be a Uint8Array`;
      return v.data.length;
    default:
      return `unknown value type ${JSON.stringify((v as { type?: unknown } | undefined)?.type)}`;
  }
}

function listProblem(items: unknown, what: string, isKey: boolean): string | undefined {
  if (!Array.isArray(items) || items.length === 0) return `${what} must be a non-empty list`;
  for (const s of items) {
    if (typeof s !== 'string' || s.length === 0) return `${what} contains an empty name`;
    if (s.includes(';')) return `${what} entry ${JSON.stringify(s)} contains ';', the list separator`;
    if (hasNul(s)) return `${what} entry ${JSON.stringify(s)} contains a NUL character`;
    if (isKey) {
      const p = keyProblem(s);
      if (p) return `${what}: ${p}`;
    }
  }
  return undefined;
}

/** Where an entry is, for messages: `Software\X ; Name`. */
function describe(e: PolEntry): string {
  const key = typeof e?.key === 'string' ? e.key : String(e?.key);
  switch (e?.action) {
    case 'set':
    case 'softSet':
    case 'deleteValue':
      return `[${key}] ${JSON.stringify(e.valueName)}`;
    default:
      return `[${key}]`;
  }
}

/** Resolved on-disk form of one entry. */
interface Wire {
  name: string;
  code: number;
  size: number;
  /** REG_SZ text for markers and lists (without the terminator), when data is text. */
  text?: string;
  value?: RegData;
}

/**
 * What the entry becomes on disk, or a problem string if it cannot be written (or would not decode
 * back to the same entry).
 */
function toWire(e: PolEntry): Wire | string {
  if (e === null || typeof e !== 'object') return 'entry is not an object';
  const kp = keyProblem(e.key);
  if (kp) return kp;
  switch (e.action) {
    case 'set':
    case 'softSet': {
      const np = valueNameProblem(e.valueName);
      if (np) return np;
      if (e.action === 'set' && markerOf(e.valueName) !== undefined) {
        return `value name ${JSON.stringify(e.valueName)} is a '**' marker; use the matching action instead of 'set'`;
      }
      const size = regDataSize(e.value);
      if (typeof size === 'string') return size;
      if (size > POL_MAX_DATA) return `data is ${size} bytes; GPMC allows at most ${POL_MAX_DATA}`;
      if (e.action === 'set' && e.valueName === '' && e.value.type === 'REG_NONE' && size === 0) {
        return "a default value of type REG_NONE with no data is a key-only entry; use action 'createKey'";
      }
      const name = e.action === 'set' ? e.valueName : SOFT + e.valueName;
      return { name, code: REG_TYPE_CODE[e.value.type], size, value: e.value };
    }
    case 'deleteValue': {
      const np = valueNameProblem(e.valueName);
      if (np) return np;
      return { name: DEL + e.valueName, code: 1, size: 4, text: MARKER_TEXT };
    }
    case 'deleteAllValues':
      return { name: DELVALS, code: 1, size: 4, text: MARKER_TEXT };
    case 'deleteValues': {
      const lp = listProblem(e.valueNames, 'valueNames', false);
      if (lp) return lp;
      const text = e.valueNames.join(';');
      const size = (text.length + 1) * 2;
      if (size > POL_MAX_DATA) return `data is ${size} bytes; GPMC allows at most ${POL_MAX_DATA}`;
      return { name: DELETE_VALUES, code: 1, size, text };
    }
    case 'deleteKeys': {
      const lp = listProblem(e.subkeys, 'subkeys', true);
      if (lp) return lp;
      const text = e.subkeys.join(';');
      const size = (text.length + 1) * 2;
      if (size > POL_MAX_DATA) return `data is ${size} bytes; GPMC allows at most ${POL_MAX_DATA}`;
      return { name: DELETE_KEYS, code: 1, size, text };
    }
    case 'secureKey':
      if (typeof e.secure !== 'boolean') return 'secure must be a boolean';
      return { name: SECURE_KEY, code: 4, size: 4, value: { type: 'REG_DWORD', data: e.secure ? 1 : 0 } };
    case 'createKey':
      return { name: '', code: 0, size: 0 };
    default:
      return `unknown action ${JSON.stringify((e as { action?: unknown }).action)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Canonical order

/** Rank of an action inside one key: `**delvals.` first, other `**` entries, then values. */
const RANK: Record<PolEntry['action'], number> = {
  deleteAllValues: 0,
  createKey: 1,
  deleteKeys: 2,
  deleteValues: 3,
  deleteValue: 4,
  secureKey: 5,
  softSet: 6,
  set: 7,
};

function nameOf(e: PolEntry): string {
  return e.action === 'set' || e.action === 'softSet' || e.action === 'deleteValue' ? e.valueName : '';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `cmp(a.toUpperCase(), b.toUpperCase())` without allocating for ASCII: compares with a-z folded and
 * falls back to toUpperCase when it meets a non-ASCII character.
 */
function cmpUpper(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) {
      if (x < 0x80) continue;
      return cmp(a.toUpperCase(), b.toUpperCase());
    }
    if (x >= 0x80 || y >= 0x80) return cmp(a.toUpperCase(), b.toUpperCase());
    if (x >= 0x61 && x <= 0x7a) x -= 0x20;
    if (y >= 0x61 && y <= 0x7a) y -= 0x20;
    if (x !== y) return x - y;
  }
  if (a.length === b.length) return 0;
  // One is a prefix of the other; the rest may hold non-ASCII whose upper case differs in length.
  const rest = a.length > b.length ? a.slice(n) : b.slice(n);
  for (let i = 0; i < rest.length; i++) if (rest.charCodeAt(i) >= 0x80) return cmp(a.toUpperCase(), b.toUpperCase());
  return a.length - b.length;
}

/**
 * Path order: ordinal, except that `\` sorts before every other code unit. That is the order of comparing
 * the `\`-separated segments one by one, a prefix first (so `A\B` < `A_B` < `AB`), without splitting.
 */
function cmpPath(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return x === 0x5c ? -1 : y === 0x5c ? 1 : x - y;
  }
  return a.length - b.length;
}

/**
 * Entries in canonical order: by key (upper-cased, ordinal, compared path segment by segment, i.e. `\`
 * sorts before every other character, so `Trust\X` precedes `TrustedPeople`: the tree order GPMC
 * writes, seen in a real GPMC backup), then `**delvals.`, key-only, the other
 * `**` entries (deleteKeys, deleteValues, del., SecureKey, soft.), then plain values; within a group by
 * value name (upper-cased, ordinal). Ties fall back to exact ordinal, then input order (stable).
 */
export function canonicalOrder(entries: readonly PolEntry[]): PolEntry[] {
  return canonicalIndices(entries).map((i) => entries[i]!);
}

/** The input positions of {@link canonicalOrder}. */
function canonicalIndices(entries: readonly PolEntry[]): number[] {
  // Group by exact key (files repeat keys), sort the distinct keys, then each group.
  // Comparators read parallel arrays: Map lookups inside a comparator are several times slower.
  const groupOf = new Map<string, number>();
  const keys: string[] = [];
  const members: number[][] = [];
  let lastKey: string | undefined;
  let lastGroup = -1;
  for (let i = 0; i < entries.length; i++) {
    const k = entries[i]!.key;
    // Files list a key's entries together: the previous entry's group saves most of the Map lookups.
    if (k === lastKey) {
      members[lastGroup]!.push(i);
      continue;
    }
    const g = groupOf.get(k);
    if (g === undefined) {
      lastGroup = keys.length;
      groupOf.set(k, lastGroup);
      keys.push(k);
      members.push([i]);
    } else {
      lastGroup = g;
      members[g]!.push(i);
    }
    lastKey = k;
  }
  const upper = keys.map((k) => k.toUpperCase());
  const order = keys.map((_, g) => g);
  order.sort((a, b) => cmpPath(upper[a]!, upper[b]!) || cmp(keys[a]!, keys[b]!));
  const inGroup = (i: number, j: number): number => {
    const a = entries[i]!;
    const b = entries[j]!;
    return RANK[a.action] - RANK[b.action] || cmpUpper(nameOf(a), nameOf(b)) || cmp(nameOf(a), nameOf(b)) || i - j;
  };
  const out: number[] = new Array<number>(entries.length);
  let o = 0;
  for (const g of order) {
    const m = members[g]!;
    if (m.length > 1) {
      m.sort(inGroup);
    }
    for (const i of m) out[o++] = i;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Encode

/** Encode entries to Registry.pol bytes (canonical order unless `order: 'asGiven'`). */
export function encodePol(entries: readonly PolEntry[], options: { order?: 'canonical' | 'asGiven' } = {}): Uint8Array {
  const n = entries.length;
  // Written in `order`: positions in `entries`. Wires are made in input order (memory order, the faster).
  const order = options.order === 'asGiven' ? undefined : canonicalIndices(entries);
  const wires = new Array<Wire | string>(n);
  let invalid = false;
  let total = 8;
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    const w = toWire(e);
    wires[i] = w;
    if (typeof w === 'string') invalid = true;
    else total += 24 + 2 * e.key.length + 2 * w.name.length + w.size;
  }
  const problems: Problem[] = [];
  // Problems are listed in writing order, each named by its place in the caller's list.
  for (let o = 0; invalid && o < n && problems.length < 50; o++) {
    const i = order ? order[o]! : o;
    const w = wires[i]!;
    if (typeof w === 'string') problems.push({ where: `entry ${i} ${describe(entries[i]!)}`, message: w });
  }
  if (problems.length > 0) {
    throw new UserError(
      'E_POL',
      `cannot write Registry.pol: ${problems.length === 50 ? '50 or more' : problems.length} invalid entr${problems.length === 1 ? 'y' : 'ies'}`,
      problems,
    );
  }

  const buf = Buffer.allocUnsafeSlow(total);
  buf.set(POL_HEADER, 0);
  let p = 8;
  // A key repeated from the entry before is copied from the bytes just written (values are grouped by key).
  let lastKey: string | undefined;
  let lastKeyAt = 0;
  let lastKeyEnd = 0;
  for (let o = 0; o < n; o++) {
    const i = order ? order[o]! : o;
    const e = entries[i]!;
    const w = wires[i] as Wire;
    buf[p] = C_OPEN;
    buf[p + 1] = 0;
    p += 2;
    if (e.key === lastKey) {
      buf.copyWithin(p, lastKeyAt, lastKeyEnd);
      p += lastKeyEnd - lastKeyAt;
    } else {
      lastKey = e.key;
      lastKeyAt = p;
      p += buf.write(e.key, p, 'utf16le');
      lastKeyEnd = p;
    }
    buf[p] = 0;
    buf[p + 1] = 0;
    buf[p + 2] = C_SEMI;
    buf[p + 3] = 0;
    p += 4;
    if (w.name.length > 0) p += buf.write(w.name, p, 'utf16le');
    buf[p] = 0;
    buf[p + 1] = 0;
    buf[p + 2] = C_SEMI;
    buf[p + 3] = 0;
    buf.writeUInt32LE(w.code, p + 4);
    buf[p + 8] = C_SEMI;
    buf[p + 9] = 0;
    buf.writeUInt32LE(w.size, p + 10);
    buf[p + 14] = C_SEMI;
    buf[p + 15] = 0;
    p += 16;
    if (w.text !== undefined) {
      p += buf.write(w.text, p, 'utf16le');
      buf[p] = 0;
      buf[p + 1] = 0;
      p += 2;
    } else if (w.value !== undefined) {
      p = writeData(buf, p, w.value);
    }
    buf[p] = C_CLOSE;
    buf[p + 1] = 0;
    p += 2;
  }
  if (p !== total) throw new InternalError(`registry-pol: wrote ${p} bytes, expected ${total}`);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function writeData(buf: Buffer, p: number, v: RegData): number {
  switch (v.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      if (v.data.length > 0) p += buf.write(v.data, p, 'utf16le');
      buf[p] = 0;
      buf[p + 1] = 0;
      return p + 2;
    case 'REG_DWORD':
      buf.writeUInt32LE(v.data, p);
      return p + 4;
    case 'REG_DWORD_BIG_ENDIAN':
      buf.writeUInt32BE(v.data, p);
      return p + 4;
    case 'REG_QWORD':
      buf.writeBigUInt64LE(v.data, p);
      return p + 8;
    case 'REG_MULTI_SZ':
      for (const s of v.data) {
        if (s.length > 0) p += buf.write(s, p, 'utf16le');
        buf[p] = 0;
        buf[p + 1] = 0;
        p += 2;
      }
      buf[p] = 0;
      buf[p + 1] = 0;
      return p + 2;
    case 'REG_BINARY':
    case 'REG_NONE':
      buf.set(v.data, p);
      return p + v.data.length;
  }
}

// ---------------------------------------------------------------------------------------------
// Decode

function hex2(b: Buffer, at: number, n: number): string {
  const out: string[] = [];
  for (let i = at; i < at + n && i < b.length; i++) out.push(b[i]!.toString(16).padStart(2, '0'));
  return out.length > 0 ? out.join(' ') : 'end of file';
}

/**
 * Decode Registry.pol bytes to entries, in file order. Throws UserError 'E_POL' with the byte offset
 * (`where`: "<file>, byte N (0xN)") of the first problem.
 */
export function decodePol(bytes: Uint8Array, options: { file?: string } = {}): PolEntry[] {
  const file = options.file ?? 'Registry.pol';
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = buf.length;
  const fail = (at: number, message: string): never => {
    throw new UserError('E_POL', `invalid Registry.pol: ${message}`, [{ where: `${file}, byte ${at} (0x${at.toString(16)})`, message }]);
  };

  // Header.
  for (let i = 0; i < 4 && i < len; i++) {
    if (buf[i] !== POL_HEADER[i]) {
      fail(0, `wrong signature ${hex2(buf, 0, Math.min(4, len))}; a Registry.pol starts with 50 52 65 67 ("PReg")`);
    }
  }
  if (len < 8) fail(len, `truncated header: ${len} of 8 bytes`);
  const version = buf.readUInt32LE(4);
  if (version !== 1) fail(4, `unsupported version ${version}; expected 1`);

  const out: PolEntry[] = [];
  let p = 8;
  let prevKeyStart = -1;
  let prevKeyEnd = -1;
  let prevKey = '';
  let index = 0;

  /** Offset of the UTF-16 NUL ending the string starting at `s`. */
  const scanString = (s: number, what: string): number => {
    let i = s;
    const last = len - 1;
    while (i < last) {
      if (buf[i] === 0 && buf[i + 1] === 0) return i;
      i += 2;
    }
    if (i === last) fail(s, `${what} of entry ${index} has an odd number of bytes: the file ends inside a UTF-16 character`);
    return fail(s, `${what} of entry ${index} has no NUL terminator before the end of the file`);
  };
  const expectChar = (at: number, code: number, what: string): void => {
    if (at + 2 > len) fail(at, `entry ${index} is truncated: the file ends where ${what} was expected`);
    if (buf[at] !== code || buf[at + 1] !== 0) {
      fail(at, `expected ${what} (${code.toString(16)} 00) in entry ${index}, found ${hex2(buf, at, 2)}`);
    }
  };

  while (p < len) {
    expectChar(p, C_OPEN, "'['");
    const ks = p + 2;
    const ke = scanString(ks, 'the key');
    // Keys repeat: reuse the previous string when the bytes are the same.
    let key: string;
    if (prevKeyStart >= 0 && ke - ks === prevKeyEnd - prevKeyStart && buf.compare(buf, prevKeyStart, prevKeyEnd, ks, ke) === 0) {
      key = prevKey;
    } else {
      key = buf.toString('utf16le', ks, ke);
      const kp = keyProblem(key);
      if (kp) fail(ks, kp);
      prevKeyStart = ks;
      prevKeyEnd = ke;
      prevKey = key;
    }
    expectChar(ke + 2, C_SEMI, "';' after the key");
    const ns = ke + 4;
    const ne = scanString(ns, 'the value name');
    const name = ns === ne ? '' : buf.toString('utf16le', ns, ne);
    expectChar(ne + 2, C_SEMI, "';' after the value name");
    const tp = ne + 4;
    if (tp + 4 > len) fail(tp, `entry ${index} is truncated: the file ends inside the type field`);
    const code = buf.readUInt32LE(tp);
    expectChar(tp + 4, C_SEMI, "';' after the type");
    const sp = tp + 6;
    if (sp + 4 > len) fail(sp, `entry ${index} is truncated: the file ends inside the size field`);
    const size = buf.readUInt32LE(sp);
    expectChar(sp + 4, C_SEMI, "';' after the size");
    const ds = sp + 6;
    if (size > len - ds) fail(sp, `data size ${size} runs past the end of the file (${len - ds} bytes left)`);
    const de = ds + size;
    expectChar(de, C_CLOSE, `']' after ${size} bytes of data`);
    if (size > POL_MAX_DATA) fail(sp, `data size ${size} exceeds the GPMC limit of ${POL_MAX_DATA} bytes`);
    const type = TYPE_BY_CODE[code];
    if (type === undefined) fail(tp, `unsupported registry type ${code}`);

    out.push(decodeEntry(buf, key, name, ns, type!, tp, ds, de, index, fail));
    p = de + 2;
    index++;
  }
  return out;
}

function decodeData(buf: Buffer, type: RegType, ds: number, de: number, fail: (at: number, message: string) => never): RegData {
  const size = de - ds;
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { type, data: decodeSz(buf, type, ds, de, fail) };
    case 'REG_DWORD':
    case 'REG_DWORD_BIG_ENDIAN':
      if (size !== 4) fail(ds, `${type} data must be 4 bytes, size is ${size}`);
      return { type, data: type === 'REG_DWORD' ? buf.readUInt32LE(ds) : buf.readUInt32BE(ds) };
    case 'REG_QWORD':
      if (size !== 8) fail(ds, `REG_QWORD data must be 8 bytes, size is ${size}`);
      return { type, data: buf.readBigUInt64LE(ds) };
    case 'REG_MULTI_SZ': {
      if (size % 2 !== 0) fail(ds, `REG_MULTI_SZ data size ${size} is odd; UTF-16 data has an even size`);
      if (size < 2 || buf[de - 2] !== 0 || buf[de - 1] !== 0) fail(ds, 'REG_MULTI_SZ data does not end with a NUL');
      if (size === 2) return { type, data: [] };
      if (buf[de - 4] !== 0 || buf[de - 3] !== 0) {
        fail(ds, 'REG_MULTI_SZ data does not end with two NULs (each string NUL-terminated, then a final NUL)');
      }
      return { type, data: buf.toString('utf16le', ds, de - 4).split('\0') };
    }
    case 'REG_BINARY':
    case 'REG_NONE': {
      const data = new Uint8Array(size);
      data.set(buf.subarray(ds, de));
      return { type, data };
    }
  }
}

function decodeSz(buf: Buffer, type: string, ds: number, de: number, fail: (at: number, m: string) => never): string {
  const size = de - ds;
  if (size % 2 !== 0) fail(ds, `${type} data size ${size} is odd; UTF-16 data has an even size`);
  if (size < 2 || buf[de - 2] !== 0 || buf[de - 1] !== 0) fail(ds, `${type} data is not NUL-terminated`);
  const s = size === 2 ? '' : buf.toString('utf16le', ds, de - 2);
  const nul = s.indexOf('\0');
  if (nul !== -1) fail(ds + 2 * nul, `${type} data has a NUL before its terminator`);
  return s;
}

function decodeEntry(
  buf: Buffer,
  key: string,
  name: string,
  ns: number,
  type: RegType,
  tp: number,
  ds: number,
  de: number,
  index: number,
  fail: (at: number, message: string) => never,
): PolEntry {
  const marker = name.charCodeAt(0) === 0x2a ? markerOf(name) : undefined;
  if (marker === undefined) {
    if (name.length > 0) {
      const np = valueNameProblem(name);
      if (np) fail(ns, np);
    } else if (type === 'REG_NONE' && de === ds) {
      return { action: 'createKey', key };
    }
    return { action: 'set', key, valueName: name, value: decodeData(buf, type, ds, de, fail) };
  }
  // A marker: GPMC's spelling and payload only, so that it writes back identically.
  const spelled = marker === DEL || marker === SOFT ? name.slice(0, marker.length) : name;
  if (spelled !== marker) {
    fail(
      ns,
      `value name ${JSON.stringify(name)} spells the '${marker}' marker differently from GPMC; only GPMC's spelling is read, so that the file writes back identically`,
    );
  }
  const expectSz = (): string => {
    if (type !== 'REG_SZ') fail(tp, `'${marker}' entry ${index} has type ${type}; GPMC writes REG_SZ`);
    return decodeSz(buf, type, ds, de, fail);
  };
  switch (marker) {
    case DEL: {
      const text = expectSz();
      if (text !== MARKER_TEXT) fail(ds, `'**del.' data is ${JSON.stringify(text)}; GPMC writes " " (20 00 00 00)`);
      const valueName = name.slice(DEL.length);
      const np = valueNameProblem(valueName);
      if (np) fail(ns, np);
      return { action: 'deleteValue', key, valueName };
    }
    case DELVALS: {
      const text = expectSz();
      if (text !== MARKER_TEXT) fail(ds, `'**delvals.' data is ${JSON.stringify(text)}; GPMC writes " " (20 00 00 00)`);
      return { action: 'deleteAllValues', key };
    }
    case SOFT: {
      const valueName = name.slice(SOFT.length);
      const np = valueNameProblem(valueName);
      if (np) fail(ns, np);
      return { action: 'softSet', key, valueName, value: decodeData(buf, type, ds, de, fail) };
    }
    case DELETE_VALUES: {
      const valueNames = expectSz().split(';');
      const lp = listProblem(valueNames, "'**DeleteValues' data", false);
      if (lp) fail(ds, lp);
      return { action: 'deleteValues', key, valueNames };
    }
    case DELETE_KEYS: {
      const subkeys = expectSz().split(';');
      const lp = listProblem(subkeys, "'**DeleteKeys' data", true);
      if (lp) fail(ds, lp);
      return { action: 'deleteKeys', key, subkeys };
    }
    case SECURE_KEY: {
      if (type !== 'REG_DWORD') fail(tp, `'**SecureKey' entry ${index} has type ${type}; GPMC writes REG_DWORD`);
      if (de - ds !== 4) fail(ds, `REG_DWORD data must be 4 bytes, size is ${de - ds}`);
      const v = buf.readUInt32LE(ds);
      if (v > 1) fail(ds, `'**SecureKey' data is ${v}; expected 1 or 0`);
      return { action: 'secureKey', key, secure: v === 1 };
    }
  }
  return fail(ns, `internal: unhandled marker ${marker}`);
}

// ---------------------------------------------------------------------------------------------
// Dump

/** JSON string quoting: unambiguous, escapes control characters and lone surrogates stay visible. */
function q(s: string): string {
  return JSON.stringify(s);
}

function hex(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('hex');
}

function dumpValue(v: RegData): string {
  switch (v.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return `${v.type} ${q(v.data)}`;
    case 'REG_DWORD':
    case 'REG_DWORD_BIG_ENDIAN':
      return `${v.type} ${v.data} (0x${v.data.toString(16).padStart(8, '0')})`;
    case 'REG_QWORD':
      return `${v.type} ${v.data} (0x${v.data.toString(16).padStart(16, '0')})`;
    case 'REG_MULTI_SZ':
      return `${v.type} [${v.data.map(q).join(', ')}]`;
    case 'REG_BINARY':
    case 'REG_NONE':
      return `${v.type} ${v.data.length} bytes${v.data.length > 0 ? ' ' + hex(v.data) : ''}`;
  }
}

/**
 * Stable, human-readable dump for golden review: one line per entry, in the given order.
 * `<action> <key as JSON> [<value name as JSON>] <details>`.
 */
export function dumpPol(entries: readonly PolEntry[]): string {
  const lines: string[] = [];
  for (const e of entries) {
    const k = q(e.key);
    switch (e.action) {
      case 'set':
      case 'softSet':
        lines.push(`${e.action} ${k} ${q(e.valueName)} ${dumpValue(e.value)}`);
        break;
      case 'deleteValue':
        lines.push(`deleteValue ${k} ${q(e.valueName)}`);
        break;
      case 'deleteAllValues':
        lines.push(`deleteAllValues ${k}`);
        break;
      case 'deleteValues':
        lines.push(`deleteValues ${k} [${e.valueNames.map(q).join(', ')}]`);
        break;
      case 'deleteKeys':
        lines.push(`deleteKeys ${k} [${e.subkeys.map(q).join(', ')}]`);
        break;
      case 'secureKey':
        lines.push(`secureKey ${k} ${e.secure}`);
        break;
      case 'createKey':
        lines.push(`createKey ${k}`);
        break;
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
