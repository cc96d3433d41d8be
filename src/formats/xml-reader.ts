/**
 * A small, dependency-free, non-validating XML 1.0 reader (W3C XML 1.0 Fifth Edition) for the ADMX
 * linter: it keeps each element's line and column so problems can point at them, and it refuses input
 * that is not well-formed with a UserError giving file, line and column. (xmlbuilder2's reader accepts
 * mismatched end tags, duplicate attributes and undefined entities, which is what a linter must catch.)
 *
 * Supported: the XML declaration, a UTF-8 BOM, elements, attributes (single or double quotes, duplicates
 * refused, attribute-value normalisation of TAB/CR/LF to spaces), character data, CDATA sections,
 * comments (no `--` inside), processing instructions, the five predefined entities and character
 * references. Line ends are normalised (CR LF and CR -> LF, 2.11). A DOCTYPE is refused: ADMX/ADML never
 * have one, and refusing it rules out entity-expansion tricks. Namespaces are not resolved; `name` is
 * the qualified name and `local` the part after any prefix.
 */
import { UserError } from '../lib/errors.js';

export interface XmlElement {
  name: string;
  local: string;
  /** Attributes in document order (values decoded). */
  attributes: { name: string; value: string }[];
  children: XmlElement[];
  /** Decoded character data directly inside this element (CDATA included), concatenated. */
  text: string;
  parent?: XmlElement;
  line: number;
  column: number;
}

export interface XmlDocument {
  root: XmlElement;
  /** Comments outside and inside the root, in order (for tools that want them). */
  comments: string[];
}

const NAME_START =
  /[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
const NAME_REST =
  /[-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/**
 * Deepest element nesting accepted. ADMX/ADML files are under 10 levels deep; the limit keeps every
 * recursive walk over the tree (the linter's, a caller's) far from the stack's end.
 */
export const MAX_XML_DEPTH = 256;

export function attribute(el: XmlElement, name: string): string | undefined {
  return el.attributes.find((a) => a.name === name)?.value;
}

/** Parse XML text; a UserError (code E_ADMX unless given) with `file:line:column` when it is not well-formed. */
export function parseXml(input: string, file: string, code: 'E_ADMX' = 'E_ADMX'): XmlDocument {
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const fail = (offset: number, message: string): never => {
    const { line, column } = position(offset);
    throw new UserError(code, `${file} is not well-formed XML`, [{ where: `${file}:${line}:${column}`, message }]);
  };

  let i = 0;
  const comments: string[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  const readName = (): string => {
    const start = i;
    if (!NAME_START.test(text[i] ?? '')) fail(i, `expected a name, found ${describe(text[i])}`);
    i++;
    while (i < text.length && NAME_REST.test(text[i]!)) i++;
    return text.slice(start, i);
  };
  const skipSpace = (): boolean => {
    const start = i;
    while (i < text.length && /[ \t\n]/.test(text[i]!)) i++;
    return i > start;
  };
  const decode = (raw: string, offset: number): string =>
    raw.replace(/&([^;&<\s]*);?/g, (whole, ref: string, at: number) => {
      if (!whole.endsWith(';'))
        fail(offset + at, `"&" must start an entity reference ending in ";" (write "&amp;" for a literal ampersand)`);
      if (ref in PREDEFINED) return PREDEFINED[ref]!;
      const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
      if (!m)
        return fail(
          offset + at,
          `undefined entity "&${ref};" (only &lt; &gt; &amp; &quot; &apos; and character references exist without a DTD)`,
        );
      const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
      if (!validChar(code)) fail(offset + at, `character reference "&${ref};" is not an allowed XML character`);
      return String.fromCodePoint(code);
    });
  const checkChars = (s: string, offset: number) => {
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c < 0x20 && c !== 0x09 && c !== 0x0a)
        fail(offset + k, `control character U+${c.toString(16).padStart(4, '0').toUpperCase()} is not allowed in XML`);
    }
  };
  const addText = (s: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += s;
    else if (s.trim() !== '') fail(i, 'text outside the root element');
  };

  if (text.startsWith('<?xml')) {
    const end = text.indexOf('?>');
    if (end < 0) fail(0, 'the XML declaration is not closed with "?>"');
    if (
      !/^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.test(
        text.slice(0, end),
      )
    )
      fail(0, 'malformed XML declaration; write <?xml version="1.0" encoding="utf-8"?>');
    i = end + 2;
  }

  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      const rest = text.slice(i);
      checkChars(rest, i);
      addText(decode(rest, i));
      i = text.length;
      break;
    }
    if (lt > i) {
      const raw = text.slice(i, lt);
      checkChars(raw, i);
      if (raw.includes(']]>')) fail(i + raw.indexOf(']]>'), '"]]>" is not allowed in text; write "]]&gt;"');
      addText(decode(raw, i));
      i = lt;
    }
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) fail(i, 'comment is not closed with "-->"');
      const body = text.slice(i + 4, end);
      if (body.includes('--')) fail(i + 4 + body.indexOf('--'), '"--" is not allowed inside a comment');
      if (body.endsWith('-')) fail(end - 1, 'a comment must not end with "--->"');
      comments.push(body);
      i = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) fail(i, 'CDATA section outside the root element');
      const end = text.indexOf(']]>', i + 9);
      if (end < 0) fail(i, 'CDATA section is not closed with "]]>"');
      const body = text.slice(i + 9, end);
      checkChars(body, i + 9);
      addText(body);
      i = end + 3;
      continue;
    }
    if (text.startsWith('<!DOCTYPE', i)) fail(i, 'a DOCTYPE is not allowed (ADMX and ADML files have none)');
    if (text.startsWith('<!', i)) fail(i, 'unexpected markup declaration');
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) fail(i, 'processing instruction is not closed with "?>"');
      if (/^<\?xml[\s?]/i.test(text.slice(i, i + 6))) fail(i, 'the XML declaration must be the very first thing in the file');
      i = end + 2;
      continue;
    }
    if (text.startsWith('</', i)) {
      const at = i;
      i += 2;
      const name = readName();
      skipSpace();
      if (text[i] !== '>') fail(i, `expected ">" to close the end tag </${name}>`);
      i++;
      const open = stack.pop();
      if (!open) fail(at, `end tag </${name}> has no matching start tag`);
      if (open!.name !== name) fail(at, `end tag </${name}> does not match the start tag <${open!.name}> on line ${open!.line}`);
      continue;
    }
    // Start tag.
    const at = i;
    i++;
    const name = readName();
    const { line, column } = position(at);
    const el: XmlElement = {
      name,
      local: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name,
      attributes: [],
      children: [],
      text: '',
      line,
      column,
    };
    if (stack.length >= MAX_XML_DEPTH)
      fail(
        at,
        `elements are nested more than ${MAX_XML_DEPTH} levels deep here; no ADMX or ADML needs that many, so check that this is the right file`,
      );
    // A set, not a scan of the list so far: an element with 40,000 attributes must not cost 40,000² compares.
    const attributeNames = new Set<string>();
    for (;;) {
      const spaced = skipSpace();
      if (text.startsWith('/>', i) || text[i] === '>') break;
      if (i >= text.length) fail(at, `start tag <${name}> is not closed`);
      if (!spaced) fail(i, `expected whitespace before the next attribute in <${name}>`);
      const attrAt = i;
      const attrName = readName();
      skipSpace();
      if (text[i] !== '=') fail(i, `expected "=" after attribute ${attrName}`);
      i++;
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") fail(i, `attribute ${attrName} value must be quoted`);
      const end = text.indexOf(quote!, i + 1);
      if (end < 0) fail(i, `attribute ${attrName} value is not closed`);
      const raw = text.slice(i + 1, end);
      if (raw.includes('<')) fail(i + 1 + raw.indexOf('<'), `"<" is not allowed in an attribute value; write "&lt;"`);
      checkChars(raw, i + 1);
      if (attributeNames.has(attrName)) fail(attrAt, `attribute ${attrName} appears twice in <${name}>`);
      attributeNames.add(attrName);
      el.attributes.push({ name: attrName, value: decode(raw.replace(/[\t\n]/g, ' '), i + 1) });
      i = end + 1;
    }
    const parent = stack[stack.length - 1];
    if (parent) {
      el.parent = parent;
      parent.children.push(el);
    } else if (root) fail(at, `a second root element <${name}>; an XML document has exactly one`);
    else root = el;
    if (text.startsWith('/>', i)) i += 2;
    else {
      i++;
      stack.push(el);
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1]!;
    const startOffset = lineStarts[open.line - 1]! + open.column - 1;
    fail(startOffset, `element <${open.name}> is not closed`);
  }
  if (!root) fail(text.length, 'no root element');
  return { root: root!, comments };
}

function validChar(c: number): boolean {
  return (
    c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff)
  );
}

function describe(ch: string | undefined): string {
  return ch === undefined ? 'the end of the file' : JSON.stringify(ch);
}
