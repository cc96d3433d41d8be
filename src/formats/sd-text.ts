/**
 * Text forms of binary security descriptors as admins meet them: plain hex ("0100 0480..."), the
 * `hex:01,00,04,80` form of a .reg export (with line continuations), and `reg query` output's run of
 * hex digits. Knows nothing of T1559.
 */
import { UserError } from '../lib/errors.js';

/** Bytes from any of the hex forms above; errors name the offending character. */
export function parseHexText(text: string, where = 'input'): Uint8Array {
  const body = text.trim().replace(/^hex(\(3\))?:/i, '');
  const digits = body.replace(/[\s,\\]/g, '').replace(/^0x/i, '');
  const bad = /[^0-9a-f]/i.exec(digits);
  if (bad)
    throw new UserError('E_ARG', `${where} is not hex`, [
      { where, message: `unexpected character "${bad[0]}"; give hex bytes such as 01000480... or a .reg hex:01,00,04,80 value` },
    ]);
  if (digits.length % 2 !== 0)
    throw new UserError('E_ARG', `${where} has an odd number of hex digits`, [{ where, message: 'each byte is two hex digits' }]);
  return new Uint8Array(Buffer.from(digits, 'hex'));
}

/** A .reg file value: hex:01,00,... wrapped the way regedit wraps it (80 columns, backslash continuations). */
export function regHexText(bytes: Uint8Array, valueName: string): string {
  const parts = [...bytes].map((b) => b.toString(16).padStart(2, '0'));
  const lines: string[] = [];
  let line = `"${valueName.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"=hex:`;
  for (let i = 0; i < parts.length; i++) {
    const piece = `${parts[i]}${i < parts.length - 1 ? ',' : ''}`;
    if (line.length + piece.length > 78 && i < parts.length - 1) {
      lines.push(`${line}\\`);
      line = '  ';
    }
    line += piece;
  }
  lines.push(line);
  return lines.join('\r\n');
}
