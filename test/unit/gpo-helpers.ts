/**
 * Helpers for the gpo-* tests (not a test file itself).
 *
 * - readXml: well-formedness through the project's own strict reader, src/formats/xml-reader.ts (xmlbuilder2's
 *   parser is lenient: it accepts mismatched end tags and undefined entities), plus the one XML 1.0 2.2 rule
 *   that reader leaves out: no unpaired surrogates and no U+FFFE/U+FFFF in the document.
 * - findAll, child, textOf, attr: small accessors over its elements (by local name).
 * - decodeText: bytes -> text by BOM (UTF-8 BOM, UTF-16LE BOM, or UTF-8).
 * - planWith: a copy of a real plan with synthetic operations, for every value type and action.
 */
import { attribute, parseXml, type XmlElement } from '../../src/formats/xml-reader.js';
import { UserError } from '../../src/lib/errors.js';
import type { AuditOperation, Operation, Plan, RegistryOperation, Routes } from '../../src/model/plan.js';
import type { RegistryAction, RegistryValue, Scope } from '../../src/model/registry.js';

export type { XmlElement };

const ILLEGAL_CHARACTER = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Parse `text` (already decoded) strictly; a UserError (E_ADMX, with file:line:column) when it is not well-formed. */
export function readXml(text: string, file = 'document.xml'): XmlElement {
  const bad = ILLEGAL_CHARACTER.exec(text);
  if (bad) throw new UserError('E_ADMX', `${file} is not well-formed XML`, [{ where: `${file}: offset ${bad.index}`, message: `U+${bad[0].charCodeAt(0).toString(16).toUpperCase()} is not an XML character` }]);
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

// ---------------------------------------------------------------------------------------------
// Synthetic plans

const ROUTE_NONE = { status: 'notCarried', via: 'none', reason: 'test' } as const;

export function routes(gpoVia: string): Routes {
  return {
    gpo: gpoVia === 'none' ? ROUTE_NONE : { status: 'carried', via: gpoVia },
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
    registryOp({ id: 'pref-m-qword', scope: 'Machine', key: 'SOFTWARE\\T1559Test', valueName: 'PrefQword', value: { type: 'REG_QWORD', data: '4294967296' }, via: 'preferences' }),
    registryOp({ id: 'pref-m-binary', scope: 'Machine', key: 'SOFTWARE\\T1559Test', valueName: 'PrefBinary', value: { type: 'REG_BINARY', data: '01ab' }, via: 'preferences' }),
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
