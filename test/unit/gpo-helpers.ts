/**
 * Helpers for the gpo-* tests (not a test file itself).
 *
 * - readXml: well-formedness through the project's own strict reader, src/formats/xml-reader.ts (xmlbuilder2's
 *   parser is lenient: it accepts mismatched end tags and undefined entities), plus the one XML 1.0 2.2 rule
 *   that reader leaves out: no unpaired surrogates and no U+FFFE/U+FFFF in the document.
 * - findAll, child, textOf, attr: small accessors over its elements (by local name).
 * - decodeText: bytes -> text by BOM (UTF-8 BOM, UTF-16LE BOM, or UTF-8).
 */
import { attribute, parseXml, type XmlElement } from '../../src/formats/xml-reader.js';
import { UserError } from '../../src/lib/errors.js';

export type { XmlElement };

const ILLEGAL_CHARACTER = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Parse `text` (already decoded) strictly; a UserError (E_ADMX, with file:line:column) when it is not well-formed. */
export function readXml(text: string, file = 'document.xml'): XmlElement {
  const bad = ILLEGAL_CHARACTER.exec(text);
  if (bad)
    throw new UserError('E_ADMX', `${file} is not well-formed XML`, [
      { where: `${file}: offset ${bad.index}`, message: `U+${bad[0].charCodeAt(0).toString(16).toUpperCase()} is not an XML character` },
    ]);
  return parseXml(text, file).root;
}

/** All descendant elements (document order, the element itself included) whose local name is `name`. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.local === name) out.push(e);
    for (const c of e.children) walk(c);
  };
  walk(root);
  return out;
}

/** Text and CDATA directly inside an element. */
export function textOf(e: XmlElement): string {
  return e.text;
}

export function child(e: XmlElement, name: string): XmlElement | undefined {
  return e.children.find((c) => c.local === name);
}

/** An attribute's value by its qualified name ("bkp:Path"). */
export function attr(e: XmlElement, name: string): string | undefined {
  return attribute(e, name);
}

/** Bytes -> text by BOM; reports which encoding was found. */
export function decodeText(bytes: Uint8Array): { encoding: 'utf8' | 'utf8bom' | 'utf16le'; text: string } {
  const b = Buffer.from(bytes);
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf16le', text: b.subarray(2).toString('utf16le') };
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf8bom', text: b.subarray(3).toString('utf8') };
  return { encoding: 'utf8', text: new TextDecoder('utf-8', { fatal: true }).decode(b) };
}
