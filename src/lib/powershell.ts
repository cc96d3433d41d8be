/**
 * The one place that turns values into PowerShell source text. Every generated script (DSC configurations,
 * remediation scripts) must build literals through these helpers, never by concatenating raw values.
 *
 * Rules (PowerShell language specification 2.3.5.2 "String literals", 2.2.3 "Comments", and the tokenizer's
 * notion of a quote character):
 * - Only single-quoted (verbatim) strings are produced: no `$` expansion, no backtick escapes, no `$(...)`
 *   sub-expressions. Inside them the only special characters are the single-quote characters, and PowerShell
 *   counts all five of them as the same quote: U+0027 ' , U+2018 ‘ , U+2019 ’ , U+201A ‚ and U+201B ‛. Each of them is
 *   doubled, so a value such as `it’s` cannot close the literal early.
 *   Double-quote characters (" “ ” „) are ordinary characters inside a single-quoted string.
 * - NUL (U+0000) is rejected: Windows PowerShell truncates or mangles it and it cannot be carried in registry
 *   strings anyway. Unpaired UTF-16 surrogates are rejected too: they cannot be written as UTF-8, so the script
 *   file would silently contain U+FFFD instead of the value.
 * - CR and LF are legal inside a single-quoted string and are kept, so a value can span lines. Be aware that
 *   the value then depends on the script's line endings (a checkout that converts LF to CRLF changes it); the
 *   generated scripts are written with one fixed line ending for that reason.
 */
import { UserError } from './errors.js';

/** Characters PowerShell treats as a single quote (they must be doubled inside a verbatim string). */
export const PS_SINGLE_QUOTES = ["'", '\u2018', '\u2019', '\u201A', '\u201B'] as const;
const SINGLE_QUOTE_RE = /['\u2018\u2019\u201A\u201B]/g;

/** Throw UserError E_OUTPUT for characters no PowerShell literal can carry. */
function assertCarriable(value: string, what: string): void {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0) {
      throw new UserError('E_OUTPUT', `${what} cannot be written as a PowerShell string`, [
        { where: `character ${i}`, message: 'contains NUL (U+0000), which PowerShell strings cannot carry; remove it' },
      ]);
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      throw new UserError('E_OUTPUT', `${what} cannot be written as a PowerShell string`, [
        {
          where: `character ${i}`,
          message: `contains an unpaired UTF-16 surrogate (U+${c.toString(16).toUpperCase()}), which is not valid Unicode text`,
        },
      ]);
    }
  }
}

/**
 * A single-quoted PowerShell string literal for `value`: `it's` -> `'it''s'`, `a’b` -> `'a’’b'`.
 * Throws UserError E_OUTPUT for NUL or unpaired surrogates (see module comment).
 */
export function psString(value: string): string {
  assertCarriable(value, 'value');
  return `'${value.replace(SINGLE_QUOTE_RE, (q) => q + q)}'`;
}

/**
 * Inverse of psString, for tests and checks: strips the outer quotes and undoubles the quote characters.
 * Throws an Error when `literal` is not a well-formed single-quoted literal.
 */
export function psStringValue(literal: string): string {
  const isQ = (ch: string | undefined) => ch !== undefined && (PS_SINGLE_QUOTES as readonly string[]).includes(ch);
  if (literal.length < 2 || !isQ(literal[0]) || !isQ(literal[literal.length - 1])) {
    throw new Error(`not a single-quoted PowerShell literal: ${literal}`);
  }
  let out = '';
  const body = literal.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (isQ(ch)) {
      // A quote character inside the literal must be followed by a second quote character.
      if (!isQ(body[i + 1])) throw new Error(`unescaped quote at ${i + 1} in ${literal}`);
      out += ch;
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}

/** A PowerShell array of single-quoted strings: `@('a', 'b')`; `@()` when empty. */
export function psStringArray(values: readonly string[]): string {
  return `@(${values.map(psString).join(', ')})`;
}

function hexByte(b: number): string {
  if (!Number.isInteger(b) || b < 0 || b > 255) throw new RangeError(`not a byte: ${b}`);
  return b.toString(16).padStart(2, '0');
}

/** A byte-array expression: `[byte[]](0x01,0x00)`; `[byte[]]@()` when empty. */
export function psHexBytes(bytes: Uint8Array | readonly number[]): string {
  const list = Array.from(bytes, (b) => `0x${hexByte(b)}`);
  return list.length === 0 ? '[byte[]]@()' : `[byte[]](${list.join(',')})`;
}

/**
 * The data of a REG_BINARY value as a quoted hex string, `'0x01000480...'` (lower case, two digits per byte),
 * the form the DSC `Registry` / `xRegistry` resources take in ValueData for ValueType 'Binary' (their own
 * example is `ValueData = '0x00'`; the resource strips the 0x and reads byte pairs). Note the resources document
 * `Hex = $true` as applying to DWord/QWord data; Binary data is hex either way. `''` when empty.
 */
export function psHexString(bytes: Uint8Array | readonly number[]): string {
  const hex = Array.from(bytes, hexByte).join('');
  return hex.length === 0 ? "''" : `'0x${hex}'`;
}

/**
 * A complete `#` line comment carrying `text`: `# text`. Safe to place on its own line anywhere, including
 * inside a `<# ... #>` block comment:
 * - CR, LF, NEL (U+0085), LINE/PARAGRAPH SEPARATOR (U+2028/9) and other control characters become spaces, so
 *   nothing after them can become code (tab is kept);
 * - `#>` becomes `# >` (it would end an enclosing block comment) and `<#` becomes `< #`;
 * - the text always follows `# ` (hash and space), so it can never form a `#requires` directive;
 * - NUL is replaced like any control character; unpaired surrogates become U+FFFD.
 */
export function psComment(text: string): string {
  let body = text
    .replace(/\r\n/g, ' ')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F\u0085\u2028\u2029]/g, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  // Repeat until stable: "##>" -> "## >" leaves no "#>", but be explicit about overlaps.
  for (;;) {
    const next = body.replace(/#>/g, '# >').replace(/<#/g, '< #');
    if (next === body) break;
    body = next;
  }
  return body.length === 0 ? '#' : `# ${body}`;
}

/**
 * A readable DSC resource instance name built from `parts`, safe inside single quotes and as a MOF resource id:
 * parts are joined with `_`; every run of characters other than ASCII letters, digits, `_`, `-`, `.` becomes
 * one `_`; runs of `_` collapse; leading/trailing `_` are dropped. Example:
 * `['M1026', 'HKLM\\SOFTWARE\\Microsoft\\Ole', 'DefaultLaunchPermission']` ->
 * `M1026_HKLM_SOFTWARE_Microsoft_Ole_DefaultLaunchPermission`.
 * Throws UserError E_OUTPUT when nothing usable remains.
 */
export function dscResourceName(parts: readonly string[]): string {
  const name = parts
    .join('_')
    .replace(/[^A-Za-z0-9_.-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (name.length === 0) {
    throw new UserError('E_OUTPUT', 'cannot build a DSC resource name', [
      { where: JSON.stringify(parts), message: 'no letters, digits, "_", "-" or "." in the parts' },
    ]);
  }
  return name;
}
