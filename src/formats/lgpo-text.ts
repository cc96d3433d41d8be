/**
 * LGPO.exe text codec: the output of `LGPO.exe /parse` and the input of `LGPO.exe /t`.
 *
 * A file is a sequence of 4-line records, a blank line between records, `;` starting a comment line:
 * ```
 * Computer                      (or User)
 * Software\Policies\Vendor\Key  (no hive)
 * ValueName                     (`*` for DELETEALLVALUES and CREATEKEY)
 * DWORD:1                       (DWORD:<decimal> | SZ:<text> | EXSZ:<text> | DELETE | DELETEALLVALUES | CREATEKEY)
 * ```
 * Files come as ASCII (LF or CRLF) or UTF-16LE with a BOM and CRLF (what a PowerShell redirect of
 * `/parse` produces). Both are read; writing uses CRLF, and `utf16le` adds the BOM.
 *
 * LGPO text has no form for REG_MULTI_SZ, REG_BINARY, REG_QWORD, REG_DWORD_BIG_ENDIAN, `**soft.`,
 * `**DeleteValues`, `**DeleteKeys` or `**SecureKey`; nor for a line break inside a field, an empty
 * value name (it would read as the blank line between records) or a field starting with `;` (a
 * comment). {@link lgpoExpressible} says why; {@link encodeLgpo} raises a UserError naming the entry
 * rather than dropping it.
 *
 * Without a BOM LGPO.exe reads the file in the ANSI code page, so `encoding: 'utf8'` only accepts
 * ASCII text; use `utf16le` for anything else.
 */

import { InternalError, UserError, type Problem } from '../lib/errors.js';
import { keyProblem, type PolEntry, type RegData } from './registry-pol.js';

export type LgpoScope = 'Computer' | 'User';

/** One LGPO record. Only set (REG_SZ/REG_EXPAND_SZ/REG_DWORD), deleteValue, deleteAllValues and createKey are expressible. */
export interface LgpoRecord {
  scope: LgpoScope;
  entry: PolEntry;
}

const NON_ASCII = /[^\x00-\x7f]/;
const LINE_BREAK = /[\r\n]/;

function fieldProblem(what: string, s: string): string | undefined {
  if (LINE_BREAK.test(s)) return `the ${what} contains a line break`;
  if (s.trim() === '') return `the ${what} is empty or blank (a blank line separates records)`;
  if (s.trimStart().startsWith(';')) return `the ${what} starts with ';', which LGPO reads as a comment`;
  return undefined;
}

/** Whether LGPO text can express `entry`, and if not, why. */
export function lgpoExpressible(entry: PolEntry): { ok: true } | { ok: false; reason: string } {
  const no = (reason: string) => ({ ok: false as const, reason });
  const kp = keyProblem(entry.key);
  if (kp) return no(kp);
  const kf = fieldProblem('key', entry.key);
  if (kf) return no(kf);
  switch (entry.action) {
    case 'set': {
      const t = entry.value.type;
      if (t !== 'REG_SZ' && t !== 'REG_EXPAND_SZ' && t !== 'REG_DWORD') {
        return no(`LGPO text has no form for ${t} values (only DWORD, SZ and EXSZ)`);
      }
      const nf = fieldProblem('value name', entry.valueName);
      if (nf) return no(nf);
      if (entry.valueName.includes('\0')) return no('the value name contains a NUL character');
      if (t === 'REG_DWORD') {
        const d = entry.value.data as number;
        if (!Number.isInteger(d) || d < 0 || d > 0xffffffff) return no(`REG_DWORD data ${String(d)} is not an integer in 0..0xFFFFFFFF`);
      } else {
        const d = entry.value.data as string;
        if (LINE_BREAK.test(d)) return no(`the ${t} data contains a line break`);
        if (d.includes('\0')) return no(`the ${t} data contains a NUL character`);
      }
      return { ok: true };
    }
    case 'deleteValue': {
      const nf = fieldProblem('value name', entry.valueName);
      if (nf) return no(nf);
      if (entry.valueName.includes('\0')) return no('the value name contains a NUL character');
      return { ok: true };
    }
    case 'deleteAllValues':
    case 'createKey':
      return { ok: true };
    case 'softSet':
      return no('LGPO text has no form for a soft set (**soft.)');
    case 'deleteValues':
      return no('LGPO text has no form for **DeleteValues; use one DELETE record per value');
    case 'deleteKeys':
      return no('LGPO text has no form for **DeleteKeys');
    case 'secureKey':
      return no('LGPO text has no form for **SecureKey');
    default:
      return no(`unknown action ${JSON.stringify((entry as { action?: unknown }).action)}`);
  }
}

function describe(r: LgpoRecord): string {
  const e = r.entry;
  const name = e.action === 'set' || e.action === 'softSet' || e.action === 'deleteValue' ? ` ${JSON.stringify(e.valueName)}` : '';
  return `${r.scope} [${e.key}]${name}`;
}

function lines(r: LgpoRecord): [string, string, string, string] {
  const e = r.entry;
  switch (e.action) {
    case 'set': {
      const v = e.value;
      const action = v.type === 'REG_DWORD' ? `DWORD:${v.data}` : v.type === 'REG_SZ' ? `SZ:${v.data}` : `EXSZ:${v.data as string}`;
      return [r.scope, e.key, e.valueName, action];
    }
    case 'deleteValue':
      return [r.scope, e.key, e.valueName, 'DELETE'];
    case 'deleteAllValues':
      return [r.scope, e.key, '*', 'DELETEALLVALUES'];
    case 'createKey':
      return [r.scope, e.key, '*', 'CREATEKEY'];
    default:
      throw new InternalError('lgpo-text: unexpressible entry reached the writer');
  }
}

/** The encoding these records need: ASCII fits `utf8`; anything else needs UTF-16LE (LGPO reads BOM-less files as ANSI). */
export function lgpoEncodingFor(records: readonly LgpoRecord[], comment: readonly string[] = []): 'utf8' | 'utf16le' {
  const texts = [
    ...comment,
    ...records.map((r) =>
      JSON.stringify(r.entry, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? '' : v)),
    ),
  ];
  return texts.some((t) => /[^\x00-\x7f]/.test(t)) ? 'utf16le' : 'utf8';
}

/** Bytes the value's data takes in a Registry.pol (UTF-16LE strings with their NULs), for "size = N". */
function dataSize(v: RegData): number {
  switch (v.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return (v.data.length + 1) * 2;
    case 'REG_DWORD':
    case 'REG_DWORD_BIG_ENDIAN':
      return 4;
    case 'REG_QWORD':
      return 8;
    case 'REG_MULTI_SZ':
      return v.data.reduce((n, s) => n + (s.length + 1) * 2, 0) + 2;
    case 'REG_BINARY':
    case 'REG_NONE':
      return v.data.length;
  }
}

/** A field on one comment line: as is when printable and single-line, else JSON-quoted. */
function commentField(s: string): string {
  return /^[^\x00-\x1f\x7f]*$/.test(s) ? s : JSON.stringify(s);
}

/**
 * An entry LGPO text cannot express, commented out the way Microsoft's ImportRegPol (LGPO.exe's
 * predecessor, Security Compliance Toolkit) writes it: a `;;; ----` line saying why, then the record's
 * lines behind `; `, the data replaced by `<TYPE> (data not shown; size = N)`.
 */
function commentedOut(r: LgpoRecord, reason: string): string[] {
  const e = r.entry;
  const out = [`;;; ---- Commented out: ${reason}`, `; ${r.scope}`, `; ${commentField(e.key)}`];
  if ((e.action === 'set' || e.action === 'softSet' || e.action === 'deleteValue') && e.valueName !== '')
    out.push(`; ${commentField(e.valueName)}`);
  if (e.action === 'set' || e.action === 'softSet')
    out.push(`; ${e.action === 'softSet' ? '**soft. ' : ''}${e.value.type} (data not shown; size = ${dataSize(e.value)})`);
  else out.push(`; ${e.action}`);
  return [...out, ''];
}

/**
 * Encode records as LGPO text: optional `; ` comment lines, a blank line, then each record followed
 * by a blank line; CRLF line ends. `utf16le` writes a BOM (FF FE); `utf8` (default) requires ASCII.
 * An entry LGPO text cannot express is refused with a UserError naming it (`unexpressible: 'refuse'`, the
 * default) or written as comment lines in its place (`'comment'`; the caller warns: see lgpoExpressible).
 */
export function encodeLgpo(
  records: readonly LgpoRecord[],
  options: { comment?: string[]; encoding?: 'utf8' | 'utf16le'; unexpressible?: 'refuse' | 'comment' } = {},
): Uint8Array {
  const encoding = options.encoding ?? 'utf8';
  const problems: Problem[] = [];
  const out: string[] = [];
  for (const c of options.comment ?? []) {
    for (const line of c.split(/\r\n|\r|\n/)) out.push(line === '' ? ';' : `; ${line}`);
  }
  if (out.length > 0) out.push('');
  records.forEach((r, i) => {
    if (r.scope !== 'Computer' && r.scope !== 'User') {
      problems.push({ where: `record ${i}`, message: `scope ${JSON.stringify(r.scope)} is not 'Computer' or 'User'` });
      return;
    }
    const x = lgpoExpressible(r.entry);
    if (!x.ok && options.unexpressible === 'comment') {
      out.push(...commentedOut(r, x.reason));
      return;
    }
    if (!x.ok) {
      problems.push({ where: `record ${i} ${describe(r)}`, message: x.reason });
      return;
    }
    out.push(...lines(r), '');
  });
  if (problems.length > 0) {
    throw new UserError(
      'E_LGPO',
      `cannot write LGPO text: ${problems.length} entr${problems.length === 1 ? 'y' : 'ies'} not expressible`,
      problems,
    );
  }
  const text = out.join('\r\n') + (out.length > 0 ? '\r\n' : '');
  if (encoding === 'utf8' && NON_ASCII.test(text)) {
    const lineNo = text.split('\r\n').findIndex((l) => NON_ASCII.test(l)) + 1;
    throw new UserError('E_LGPO', 'cannot write LGPO text as ASCII', [
      {
        where: `output line ${lineNo}`,
        message: "non-ASCII text: LGPO.exe reads a file without BOM in the ANSI code page; use encoding 'utf16le'",
      },
    ]);
  }
  // Copies (not views of Buffer's shared pool), so callers may use `.buffer`.
  if (encoding === 'utf16le') return new Uint8Array(Buffer.from('\ufeff' + text, 'utf16le'));
  return new Uint8Array(Buffer.from(text, 'latin1')); // ASCII only, checked above
}

const DWORD_RE = /^DWORD:(\d+)$/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode LGPO text (ASCII/UTF-8 with or without BOM, or UTF-16LE with BOM; CRLF or LF).
 * Throws UserError 'E_LGPO' with the line number and what was expected.
 */
export function decodeLgpo(bytes: Uint8Array, options: { file?: string } = {}): LgpoRecord[] {
  const file = options.file ?? 'LGPO text';
  const fail = (line: number, message: string): never => {
    throw new UserError('E_LGPO', `invalid LGPO text: ${message}`, [{ where: `${file}, line ${line}`, message }]);
  };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    if (buf.length % 2 !== 0) fail(1, `UTF-16LE file has an odd number of bytes (${buf.length})`);
    text = buf.toString('utf16le', 2);
  } else if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return fail(1, 'UTF-16BE is not supported; save the file as UTF-16LE (with BOM) or ASCII');
  } else {
    const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    if (buf.indexOf(0) !== -1) {
      const line = buf.subarray(0, buf.indexOf(0)).toString('latin1').split('\n').length;
      fail(line, 'NUL byte in a file without BOM; a UTF-16LE file must start with the BOM FF FE');
    }
    try {
      text = UTF8.decode(buf.subarray(start));
    } catch {
      return fail(firstInvalidUtf8Line(buf, start), 'invalid UTF-8; expected ASCII/UTF-8, or UTF-16LE with BOM');
    }
  }

  const ls = text.split('\n');
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    if (l.endsWith('\r')) ls[i] = l.slice(0, -1);
  }
  const isBlank = (l: string) => l.trim() === '';
  const isComment = (l: string) => l.trimStart().startsWith(';');

  const out: LgpoRecord[] = [];
  let i = 0;
  while (i < ls.length) {
    const l = ls[i]!;
    if (isBlank(l) || isComment(l)) {
      i++;
      continue;
    }
    const startLine = i + 1;
    if (l !== 'Computer' && l !== 'User') {
      fail(startLine, `expected 'Computer' or 'User' to start a record, found ${JSON.stringify(l)}`);
    }
    const scope = l as LgpoScope;
    const field = (offset: number, what: string): string => {
      const n = i + offset;
      if (n >= ls.length) fail(n, `record starting at line ${startLine} is truncated: expected the ${what} after line ${n}`);
      const v = ls[n]!;
      if (isBlank(v)) fail(n + 1, `expected the ${what} of the record starting at line ${startLine}, found a blank line`);
      if (isComment(v)) fail(n + 1, `expected the ${what} of the record starting at line ${startLine}, found a comment`);
      return v;
    };
    const key = field(1, 'key');
    const valueName = field(2, 'value name');
    const action = field(3, 'action (DWORD:, SZ:, EXSZ:, DELETE, DELETEALLVALUES or CREATEKEY)');
    const kp = keyProblem(key);
    if (kp) fail(startLine + 1, kp);
    const actionLine = startLine + 3;
    let entry: PolEntry;
    if (action.startsWith('DWORD:')) {
      const m = DWORD_RE.exec(action);
      const n = m ? Number(m[1]) : NaN;
      if (!m || n > 0xffffffff) {
        fail(actionLine, `expected DWORD:<decimal 0..4294967295>, found ${JSON.stringify(action)}`);
      }
      entry = { action: 'set', key, valueName, value: { type: 'REG_DWORD', data: n } };
    } else if (action.startsWith('SZ:')) {
      entry = { action: 'set', key, valueName, value: { type: 'REG_SZ', data: action.slice(3) } };
    } else if (action.startsWith('EXSZ:')) {
      entry = { action: 'set', key, valueName, value: { type: 'REG_EXPAND_SZ', data: action.slice(5) } };
    } else if (action === 'DELETE') {
      entry = { action: 'deleteValue', key, valueName };
    } else if (action === 'DELETEALLVALUES' || action === 'CREATEKEY') {
      if (valueName !== '*') {
        fail(startLine + 2, `expected value name '*' for ${action}, found ${JSON.stringify(valueName)}`);
      }
      entry = action === 'CREATEKEY' ? { action: 'createKey', key } : { action: 'deleteAllValues', key };
    } else {
      return fail(
        actionLine,
        `expected an action (DWORD:<decimal>, SZ:<text>, EXSZ:<text>, DELETE, DELETEALLVALUES or CREATEKEY), found ${JSON.stringify(action)}`,
      );
    }
    const x = lgpoExpressible(entry);
    if (!x.ok) fail(startLine, x.reason);
    out.push({ scope, entry });
    i += 4;
    if (i < ls.length && !isBlank(ls[i]!) && !isComment(ls[i]!)) {
      fail(i + 1, `expected a blank line after the record starting at line ${startLine}, found ${JSON.stringify(ls[i])}`);
    }
  }
  return out;
}

/** 1-based line number of the first line that is not valid UTF-8. */
function firstInvalidUtf8Line(buf: Buffer, start: number): number {
  let line = 1;
  let a = start;
  while (a <= buf.length) {
    let b = buf.indexOf(0x0a, a);
    if (b === -1) b = buf.length;
    try {
      UTF8.decode(buf.subarray(a, b));
    } catch {
      return line;
    }
    line++;
    a = b + 1;
  }
  return line;
}
