/**
 * The one place for the XML escaping that xmlbuilder2 does not do (XML 1.0 Fifth Edition, W3C):
 * - 2.2 "Characters": C0 controls other than TAB, LF and CR, U+FFFE, U+FFFF and unpaired surrogates are
 *   not allowed anywhere, not even as character references. xmlbuilder2 writes them through, producing a
 *   file every parser rejects, so they are refused here with a UserError naming the value.
 * - 2.11 "End-of-Line Handling": a parser turns CR LF and lone CR into LF, so a CR inside a value must be
 *   written as `&#xD;`. 3.3.3 "Attribute-Value Normalization": TAB, LF and CR inside an attribute become
 *   spaces unless written as character references. xmlbuilder2 escapes neither, so {@link finishXml}
 *   turns every literal CR and TAB in its output into references (our formatting never uses them), and
 *   {@link assertXmlAttribute} refuses LF in attribute values (it cannot be told apart from indentation).
 * - 2.5 "Comments": `--` must not occur inside a comment and it must not end with `-`;
 *   {@link xmlComment} makes any text safe to put in one.
 * - 4.1 "Character and Entity References": xmlbuilder2 leaves anything that looks like a reference
 *   (`&amp;`, `&#65;`, even an undefined `&foo;`) unescaped, so the text "&lt;" would read back as "<"
 *   and "&foo;" would make the file ill-formed. {@link xmlbuilderText} escapes every `&` first; xmlbuilder2
 *   then sees only `&amp;` and leaves it alone. Pass every text and attribute value through it.
 */
import { UserError } from './errors.js';

/** Why the text cannot appear in an XML 1.0 document, or undefined when it can. */
export function xmlCharProblem(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
      return `contains the control character U+${hex4(c)} at position ${i}, which XML 1.0 cannot carry`;
    if (c === 0xfffe || c === 0xffff) return `contains the non-character U+${hex4(c)} at position ${i}`;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `contains an unpaired UTF-16 surrogate at position ${i}`;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return `contains an unpaired UTF-16 surrogate at position ${i}`;
  }
  return undefined;
}

/** Refuse text XML cannot carry (element content). */
export function assertXmlText(text: string, what: string): void {
  const problem = xmlCharProblem(text);
  if (problem) throw new UserError('E_OUTPUT', `${what} cannot be written as XML`, [{ where: what, message: `${problem}; remove it` }]);
}

/** Refuse attribute values XML cannot carry, or whose line breaks a parser would turn into spaces. */
export function assertXmlAttribute(text: string, what: string): void {
  assertXmlText(text, what);
  if (text.includes('\n')) {
    throw new UserError('E_OUTPUT', `${what} cannot be written as an XML attribute`, [
      { where: what, message: 'contains a line break, which an XML parser turns into a space inside an attribute; remove it' },
    ]);
  }
}

/** Text or attribute value for xmlbuilder2 (see the file comment): every `&` escaped up front. */
export function xmlbuilderText(text: string): string {
  return text.replace(/&/g, '&amp;');
}

/** The same for every value of an attribute map. */
export function xmlbuilderAttributes(attrs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) out[k] = xmlbuilderText(v);
  return out;
}

/**
 * Comment text that is always well-formed: characters XML cannot carry become "?", every `--` is split
 * by a space and the text is padded so it neither starts nor ends with `-`.
 */
export function xmlComment(text: string): string {
  let out = '';
  for (const ch of text) {
    out += xmlCharProblem(ch) === undefined ? ch : '?';
  }
  out = out
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/-(?=-)/g, '- ');
  return ` ${out} `;
}

/**
 * Post-process xmlbuilder2 output (serialized with LF newlines and space indentation): every literal CR
 * and TAB in it comes from data, so write them as character references that survive parsing.
 */
export function finishXml(serialized: string): string {
  return serialized.replace(/\r/g, '&#xD;').replace(/\t/g, '&#x9;');
}

function hex4(c: number): string {
  return c.toString(16).toUpperCase().padStart(4, '0');
}
