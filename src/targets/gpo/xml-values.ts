/**
 * Values handed to xmlbuilder2 by the GPO writers, through the project's one XML helper (src/lib/xml.ts):
 * characters XML cannot carry are refused with a UserError naming the value, every `&` is escaped up front
 * (xmlbuilder2 would leave `&amp;` or `&foo;` as they are), line breaks in attributes are refused.
 * Added here: CDATA cannot contain `]]>`, so CDATA text is split into several sections (`a]]` + `>b`).
 */
import type { create } from 'xmlbuilder2';
import { assertXmlAttribute, assertXmlText, xmlbuilderText } from '../../lib/xml.js';

/** The xmlbuilder2 node type (not exported by name from the package root). */
export type XMLBuilder = ReturnType<typeof create>;

/** Element text: refused (UserError naming `what`) if XML cannot carry it, `&` pre-escaped. */
export function xmlText(text: string, what: string): string {
  assertXmlText(text, what);
  return xmlbuilderText(text);
}

/** Attribute value: refused if XML cannot carry it or it has a line break, `&` pre-escaped. */
export function xmlAttr(text: string, what: string): string {
  assertXmlAttribute(text, what);
  return xmlbuilderText(text);
}

/** Append `text` to `parent` as CDATA, split around every `]]>`. Line breaks become LF (CRLF once written). */
export function appendCdata(parent: XMLBuilder, text: string, what: string): void {
  assertXmlText(text, what);
  const parts = text.replace(/\r\n?/g, '\n').split(']]>');
  if (parts.length === 1) {
    parent.dat(text.replace(/\r\n?/g, '\n'));
    return;
  }
  // "a]]>b]]>c" -> "a]]" ">b]]" ">c": each section ends before a '>' that would close it.
  parts.forEach((part, i) => {
    const head = i === 0 ? '' : '>';
    const tail = i === parts.length - 1 ? '' : ']]';
    parent.dat(head + part + tail);
  });
}
