/**
 * Helpers for the gpo-* tests (not a test file itself).
 *
 * - parseXmlStrict: a small, strict XML 1.0 well-formedness checker and tree builder, written for these
 *   tests because xmlbuilder2's parser is lenient (it accepts mismatched end tags and undefined entities).
 *   It checks: legal characters (XML 1.0 2.2), one root element, matching and properly nested tags, unique
 *   attributes, quoted attribute values without `<`, references limited to the five predefined entities and
 *   character references to legal characters, `]]>` not in text, comments without `--`, CDATA sections, the
 *   XML declaration only at the start. It applies end-of-line handling (2.11) and attribute-value
 *   normalization for CDATA-type attributes (3.3.3), so values read back are what any parser would report.
 * - decodeText: bytes -> text by BOM (UTF-8 BOM, UTF-16LE BOM, or UTF-8).
 * - planWith: a copy of a real plan with synthetic operations, for every value type and action.
 */
import type { AuditOperation, Operation, Plan, RegistryOperation, Route, Routes } from '../../src/model/plan.js';
import type { RegistryAction, RegistryValue, Scope } from '../../src/model/registry.js';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { text: string; cdata: boolean };

export class XmlError extends Error {}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;

function legalChars(s: string, where: string): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) throw new XmlError(`${where}: illegal character U+${c.toString(16)} at ${i}`);
    if (c === 0xfffe || c === 0xffff) throw new XmlError(`${where}: non-character at ${i}`);
    if (c >= 0xd800 && c <= 0xdbff) {
      const n = s.charCodeAt(i + 1);
      if (!(n >= 0xdc00 && n <= 0xdfff)) throw new XmlError(`${where}: unpaired surrogate at ${i}`);
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) throw new XmlError(`${where}: unpaired surrogate at ${i}`);
  }
}

function decodeRefs(s: string, at: number): string {
  return s.replace(/&([^;]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) throw new XmlError(`unterminated reference near ${at}: ${JSON.stringify(m)}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (body in named) return named[body]!;
    const num = /^#([0-9]+)$/.exec(body) ?? /^#x([0-9A-Fa-f]+)$/.exec(body);
    if (!num) throw new XmlError(`undefined entity &${body}; near ${at}`);
    const cp = parseInt(num[1]!, body.startsWith('#x') ? 16 : 10);
    const ch = String.fromCodePoint(cp);
    if (cp === 0) throw new XmlError(`reference to U+0000 near ${at}`);
    legalChars(ch, `character reference near ${at}`);
    return ch;
  });
}

/** Parse `text` (already decoded) strictly; returns the root element. */
export function parseXmlStrict(input: string): XmlElement {
  legalChars(input, 'document');
  // 2.11: CR LF and lone CR become LF before parsing (references like &#xD; are not affected).
  const s = input.replace(/\r\n?/g, '\n');
  let p = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let rootClosed = false;
  const fail = (msg: string): never => {
    throw new XmlError(`${msg} at offset ${p}`);
  };
  if (s.startsWith('<?xml')) {
    const end = s.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    if (!/^<\?xml\s+version\s*=\s*(["'])1\.0\1(\s+encoding\s*=\s*(["'])[A-Za-z][-A-Za-z0-9._]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*\?>$/.test(s.slice(0, end + 2))) fail('bad XML declaration');
    p = end + 2;
  }
  while (p < s.length) {
    if (s.startsWith('<!--', p)) {
      const end = s.indexOf('-->', p + 4);
      if (end < 0) fail('unterminated comment');
      const body = s.slice(p + 4, end);
      if (body.includes('--') || body.endsWith('-')) fail('"--" inside a comment');
      p = end + 3;
      continue;
    }
    if (s.startsWith('<![CDATA[', p)) {
      if (stack.length === 0) fail('CDATA outside the root element');
      const end = s.indexOf(']]>', p + 9);
      if (end < 0) fail('unterminated CDATA');
      stack[stack.length - 1]!.children.push({ text: s.slice(p + 9, end), cdata: true });
      p = end + 3;
      continue;
    }
    if (s.startsWith('<?', p)) {
      if (s.startsWith('<?xml', p) && /^<\?xml[\s?]/.test(s.slice(p, p + 6))) fail('XML declaration not at the start');
      const end = s.indexOf('?>', p);
      if (end < 0) fail('unterminated processing instruction');
      p = end + 2;
      continue;
    }
    if (s.startsWith('<!', p)) fail('DOCTYPE/markup declarations are not expected');
    if (s.startsWith('</', p)) {
      const m = NAME.exec(s.slice(p + 2));
      if (!m) fail('bad end tag');
      const name = m![0];
      p += 2 + name.length;
      while (/\s/.test(s[p] ?? '')) p++;
      if (s[p] !== '>') fail('bad end tag');
      p++;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`end tag </${name}> does not match <${open?.name ?? '(none)'}>`);
      if (stack.length === 0) rootClosed = true;
      continue;
    }
    if (s[p] === '<') {
      const m = NAME.exec(s.slice(p + 1));
      if (!m) fail('bad start tag');
      const name = m![0];
      p += 1 + name.length;
      const attrs: Record<string, string> = {};
      for (;;) {
        const ws = /^\s*/.exec(s.slice(p))![0];
        p += ws.length;
        if (s.startsWith('/>', p) || s[p] === '>') break;
        if (ws.length === 0) fail('attributes must be separated by white space');
        const an = NAME.exec(s.slice(p));
        if (!an) fail('bad attribute name');
        p += an![0].length;
        const eq = /^\s*=\s*/.exec(s.slice(p));
        if (!eq) fail(`attribute ${an![0]} without "="`);
        p += eq![0].length;
        const q = s[p];
        if (q !== '"' && q !== "'") fail(`attribute ${an![0]} value not quoted`);
        const end = s.indexOf(q!, p + 1);
        if (end < 0) fail('unterminated attribute value');
        const raw = s.slice(p + 1, end);
        if (raw.includes('<')) fail(`"<" in attribute ${an![0]}`);
        if (an![0] in attrs) fail(`duplicate attribute ${an![0]}`);
        // 3.3.3: literal TAB/LF become spaces; references are kept as their characters.
        attrs[an![0]] = decodeRefs(raw.replace(/[\t\n]/g, ' '), p);
        p = end + 1;
      }
      if (rootClosed || (stack.length === 0 && root)) fail('more than one root element');
      const el: XmlElement = { name, attrs, children: [] };
      if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
      else root = el;
      if (s.startsWith('/>', p)) {
        p += 2;
        if (stack.length === 0) rootClosed = true;
      } else {
        p += 1;
        stack.push(el);
      }
      continue;
    }
    const next = s.indexOf('<', p);
    const raw = s.slice(p, next < 0 ? s.length : next);
    if (stack.length === 0) {
      if (raw.trim() !== '') fail('text outside the root element');
    } else {
      if (raw.includes(']]>')) fail('"]]>" in text');
      stack[stack.length - 1]!.children.push({ text: decodeRefs(raw, p), cdata: false });
    }
    p += raw.length;
  }
  if (stack.length > 0) fail(`unclosed element <${stack[stack.length - 1]!.name}>`);
  if (!root) fail('no root element');
  return root!;
}

export function isElement(n: XmlNode): n is XmlElement {
  return 'name' in n;
}

/** Local part of a qualified name. */
export function local(name: string): string {
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}

/** All descendant elements (document order) whose local name is `name`. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (local(e.name) === name) out.push(e);
    for (const c of e.children) if (isElement(c)) walk(c);
  };
  walk(root);
  return out;
}

/** Concatenated text and CDATA of an element's direct children. */
export function textOf(e: XmlElement): string {
  return e.children.map((c) => (isElement(c) ? '' : c.text)).join('');
}

export function child(e: XmlElement, name: string): XmlElement | undefined {
  return e.children.find((c): c is XmlElement => isElement(c) && local(c.name) === name);
}

/** Bytes -> text by BOM; reports which encoding was found. */
export function decodeText(bytes: Uint8Array): { encoding: 'utf8' | 'utf8bom' | 'utf16le'; text: string } {
  const b = Buffer.from(bytes);
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf16le', text: b.subarray(2).toString('utf16le') };
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf8bom', text: b.subarray(3).toString('utf8') };
  return { encoding: 'utf8', text: new TextDecoder('utf-8', { fatal: true }).decode(b) };
}

// ---------------------------------------------------------------------------------------------
// Synthetic plans

const ROUTE_NONE = { status: 'notCarried', via: 'none', reason: 'test' } as const;

export function routes(gpoVia: string): Routes {
  return {
    gpo: gpoVia === 'none' ? ROUTE_NONE : ({ status: 'carried', via: gpoVia } as Route<'gpo'>),
    admx: ROUTE_NONE,
    dscV2: ROUTE_NONE,
    dscV3: ROUTE_NONE,
    intune: ROUTE_NONE,
  };
}

export interface OpSpec {
  id: string;
  scope: Scope;
  key: string;
  valueName?: string;
  action?: RegistryAction;
  value?: RegistryValue;
  via?: string;
  kind?: RegistryOperation['kind'];
  admx?: RegistryOperation['admx'];
  title?: string;
}

export function registryOp(spec: OpSpec): RegistryOperation {
  const via = spec.via ?? 'registry.pol';
  return {
    id: spec.id,
    title: spec.title ?? `Synthetic ${spec.id}`,
    kind: spec.kind ?? (via === 'preferences' ? 'preference' : via === 'securityTemplate' ? 'securityOption' : 'policy'),
    scope: spec.scope,
    confirmed: true,
    routes: routes(via),
    controls: ['test-control'],
    mitigations: ['M1042'],
    techniques: ['T1559.002'],
    settings: [`test-control/${spec.id}`],
    type: 'registry',
    action: spec.action ?? 'set',
    key: spec.key,
    valueName: spec.valueName ?? '',
    ...(spec.value ? { value: spec.value } : {}),
    ...(spec.admx ? { admx: spec.admx } : {}),
  };
}

export function auditOp(id: string, success: boolean, failure: boolean): AuditOperation {
  return {
    id,
    title: `Audit ${id}`,
    kind: 'auditSubcategory',
    scope: 'Machine',
    confirmed: true,
    routes: routes('audit.csv'),
    controls: ['test-control'],
    mitigations: ['DS0009'],
    techniques: ['T1559'],
    settings: [`test-control/${id}`],
    type: 'audit',
    audit: { subcategory: 'Process Creation', guid: '{0CCE922B-69AE-11D9-BED3-505054503030}', success, failure },
  };
}

/** A deep copy of `base` with its operations replaced (and profile fields overridden). */
export function planWith(base: Plan, operations: Operation[], profile: Partial<Plan['profile']> = {}, gpo: Partial<Plan['profile']['gpo']> = {}): Plan {
  const copy = structuredClone(base);
  copy.operations = operations;
  Object.assign(copy.profile, profile);
  Object.assign(copy.profile.gpo, gpo);
  return copy;
}

/** Synthetic operations covering every value type and action on both sides and every GPO vehicle. */
export function everyKindOperations(): Operation[] {
  const P = 'Software\\Policies\\T1559Test';
  return [
    registryOp({ id: 'm-sz', scope: 'Machine', key: P, valueName: 'Sz', value: { type: 'REG_SZ', data: 'a;]b[ "q" <&> 😀' } }),
    registryOp({ id: 'm-expand', scope: 'Machine', key: P, valueName: 'Expand', value: { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\x' } }),
    registryOp({ id: 'm-dword', scope: 'Machine', key: P, valueName: 'Dword', value: { type: 'REG_DWORD', data: 4294967295 } }),
    registryOp({ id: 'm-qword', scope: 'Machine', key: P, valueName: 'Qword', value: { type: 'REG_QWORD', data: '18446744073709551615' } }),
    registryOp({ id: 'm-multi', scope: 'Machine', key: P, valueName: 'Multi', value: { type: 'REG_MULTI_SZ', data: ['one', 'two words', 'x;y'] } }),
    registryOp({ id: 'm-binary', scope: 'Machine', key: P, valueName: 'Binary', value: { type: 'REG_BINARY', data: '5b003b005d00ff' } }),
    registryOp({ id: 'm-default', scope: 'Machine', key: `${P}\\Default`, valueName: '', value: { type: 'REG_SZ', data: 'default value' } }),
    registryOp({ id: 'm-del', scope: 'Machine', key: `${P}\\Del`, valueName: 'Gone', action: 'deleteValue' }),
    registryOp({ id: 'm-delvals', scope: 'Machine', key: `${P}\\Clear`, action: 'deleteAllValues' }),
    registryOp({ id: 'm-createkey', scope: 'Machine', key: `${P}\\Created`, action: 'createKey' }),
    registryOp({ id: 'u-dword', scope: 'User', key: `${P}\\User`, valueName: 'UserDword', value: { type: 'REG_DWORD', data: 0 } }),
    registryOp({ id: 'u-del', scope: 'User', key: `${P}\\User`, valueName: 'UserGone', action: 'deleteValue' }),
    registryOp({ id: 'pref-m-sz', scope: 'Machine', key: 'SOFTWARE\\T1559Test', valueName: 'PrefSz', value: { type: 'REG_SZ', data: 'tab\there & "q" <x>' }, via: 'preferences' }),
    registryOp({ id: 'pref-m-dword', scope: 'Machine', key: 'SOFTWARE\\T1559Test', valueName: 'PrefDword', value: { type: 'REG_DWORD', data: 0x1a2b }, via: 'preferences' }),
    registryOp({ id: 'pref-m-qword', scope: 'Machine', key: 'SOFTWARE\\T1559Test', valueName: 'PrefQword', value: { type: 'REG_QWORD', data: '4294967296' }, via: 'registry.pol', kind: 'preference' }),
    registryOp({ id: 'pref-m-binary', scope: 'Machine', key: 'SOFTWARE\\T1559Test', valueName: 'PrefBinary', value: { type: 'REG_BINARY', data: '01ab' }, via: 'registry.pol', kind: 'preference' }),
    registryOp({ id: 'pref-m-multi', scope: 'Machine', key: 'SOFTWARE\\T1559Test', valueName: 'PrefMulti', value: { type: 'REG_MULTI_SZ', data: ['a', 'b c'] }, via: 'preferences' }),
    registryOp({ id: 'pref-m-expand', scope: 'Machine', key: 'SOFTWARE\\T1559Test', valueName: 'PrefExpand', value: { type: 'REG_EXPAND_SZ', data: '%TEMP%' }, via: 'preferences' }),
    registryOp({ id: 'pref-m-default', scope: 'Machine', key: 'SOFTWARE\\T1559Test\\D', valueName: '', value: { type: 'REG_SZ', data: 'd' }, via: 'preferences' }),
    registryOp({ id: 'pref-m-del', scope: 'Machine', key: 'SOFTWARE\\T1559Test', valueName: 'PrefGone', action: 'deleteValue', via: 'preferences' }),
    registryOp({ id: 'pref-m-key', scope: 'Machine', key: 'SOFTWARE\\T1559Test\\NewKey', action: 'createKey', via: 'preferences' }),
    registryOp({ id: 'pref-u-dword', scope: 'User', key: 'Software\\T1559Test', valueName: 'UserPref', value: { type: 'REG_DWORD', data: 1 }, via: 'preferences' }),
    registryOp({ id: 'sec-sz', scope: 'Machine', key: 'Software\\Policies\\Microsoft\\Windows NT\\DCOM', valueName: 'MachineAccessRestriction', value: { type: 'REG_SZ', data: 'O:BAG:BAD:(A;;CCDCLC;;;WD)' }, via: 'securityTemplate' }),
    registryOp({ id: 'sec-dword', scope: 'Machine', key: 'System\\T1559Test', valueName: 'SecDword', value: { type: 'REG_DWORD', data: 7 }, via: 'securityTemplate' }),
    registryOp({ id: 'sec-quote', scope: 'Machine', key: 'System\\T1559Test', valueName: 'SecQuote', value: { type: 'REG_SZ', data: 'say "hi"' }, via: 'securityTemplate' }),
    registryOp({ id: 'not-carried', scope: 'Machine', key: 'SOFTWARE\\T1559Test\\Skip', valueName: 'Skip', value: { type: 'REG_DWORD', data: 1 }, via: 'none' }),
    auditOp('audit-success', true, false),
  ];
}
