/**
 * Serialize an {@link AdmxDocument} as an .admx file (Group Policy ADMX schema, PolicyDefinitions.xsd
 * 2006/07; docs/formats.md "ADMX / ADML"): `policyDefinitions` with `policyNamespaces`, `resources`,
 * `supportedOn`, `categories`, `policies` in schema order, and each policy's children in schema order
 * (`parentCategory`, `supportedOn`, `enabledValue`, `disabledValue`, `enabledList`, `disabledList`,
 * `elements`). Style follows Microsoft's Office templates (word16.admx): UTF-8 with declaration, no
 * BOM, two-space indentation; line endings are left to the caller.
 *
 * {@link checkAdmxDocument} runs first: invalid or duplicate ids, dangling category or supportedOn
 * names and out-of-range values are bugs of the builder (InternalError); text XML cannot carry comes
 * from the user's profile (UserError).
 */
import { create } from 'xmlbuilder2';
import { InternalError } from '../../lib/errors.js';
import { assertXmlAttribute, assertXmlText, finishXml, xmlComment, xmlbuilderAttributes as A, xmlbuilderText as T } from '../../lib/xml.js';
import {
  ADMX_ID,
  ADMX_NAMESPACE,
  ADMX_STRING_VALUE_MAX,
  type AdmxDocument,
  type AdmxElement,
  type AdmxPolicy,
  type AdmxValue,
  type AdmxValueItem,
} from './model.js';
import { admlStrings, ids } from './string-ids.js';

type XMLBuilder = ReturnType<typeof create>;

const REVISION = /^[0-9]{1,4}\.[0-9]{1,5}$/;
const DWORD_MAX = 0xffffffff;

export function serializeAdmx(doc: AdmxDocument): string {
  checkAdmxDocument(doc);
  const xml = create({ version: '1.0', encoding: 'utf-8' });
  for (const c of [...doc.comments, ...doc.admxComments]) xml.com(xmlComment(c));
  const root = xml.ele(ADMX_NAMESPACE, 'policyDefinitions', A({ revision: doc.revision, schemaVersion: '1.0' }));
  const ns = root.ele('policyNamespaces');
  ns.ele('target', A({ prefix: doc.target.prefix, namespace: doc.target.namespace }));
  for (const u of doc.using) ns.ele('using', A({ prefix: u.prefix, namespace: u.namespace }));
  root.ele('resources', A({ minRequiredRevision: doc.revision }));
  if (doc.supportedOn.length > 0) {
    const defs = root.ele('supportedOn').ele('definitions');
    for (const s of doc.supportedOn) defs.ele('definition', A({ name: s.name, displayName: stringRef(ids.supportedOn(s.name)) }));
  }
  if (doc.categories.length > 0) {
    const cats = root.ele('categories');
    for (const c of doc.categories) {
      const attrs: Record<string, string> = { name: c.name, displayName: stringRef(ids.category(c.name)) };
      if (c.explainText !== undefined) attrs.explainText = stringRef(ids.categoryExplain(c.name));
      const el = cats.ele('category', A(attrs));
      if (c.parent !== undefined) el.ele('parentCategory', A({ ref: c.parent }));
    }
  }
  if (doc.policies.length > 0) {
    const policies = root.ele('policies');
    for (const p of doc.policies) writePolicy(policies, p);
  }
  return finishXml(xml.end({ prettyPrint: true, indent: '  ', newline: '\n' })) + '\n';
}

function writePolicy(parent: XMLBuilder, p: AdmxPolicy): void {
  const attrs: Record<string, string> = {
    name: p.name,
    class: p.class,
    displayName: stringRef(ids.policy(p.name)),
    explainText: stringRef(ids.policyExplain(p.name)),
  };
  if (p.elements.length > 0) attrs.presentation = `$(presentation.${ids.presentation(p.name)})`;
  attrs.key = p.key;
  if (p.valueName !== undefined) attrs.valueName = p.valueName;
  const el = parent.ele('policy', A(attrs));
  el.ele('parentCategory', A({ ref: p.category }));
  el.ele('supportedOn', A({ ref: p.supportedOn }));
  if (p.enabledValue) writeValue(el.ele('enabledValue'), p.enabledValue);
  if (p.disabledValue) writeValue(el.ele('disabledValue'), p.disabledValue);
  if (p.enabledList?.length) writeList(el.ele('enabledList'), p.enabledList);
  if (p.disabledList?.length) writeList(el.ele('disabledList'), p.disabledList);
  if (p.elements.length > 0) {
    const elements = el.ele('elements');
    for (const e of p.elements) writeElement(elements, p, e);
  }
}

function writeElement(parent: XMLBuilder, p: AdmxPolicy, e: AdmxElement): void {
  switch (e.type) {
    case 'decimal': {
      const attrs: Record<string, string> = { id: e.id, key: e.key, valueName: e.valueName };
      if (e.required) attrs.required = 'true';
      attrs.minValue = String(e.minValue);
      attrs.maxValue = String(e.maxValue);
      if (e.storeAsText) attrs.storeAsText = 'true';
      parent.ele('decimal', A(attrs));
      return;
    }
    case 'text': {
      const attrs: Record<string, string> = { id: e.id, key: e.key, valueName: e.valueName };
      if (e.required) attrs.required = 'true';
      attrs.maxLength = String(e.maxLength);
      if (e.expandable) attrs.expandable = 'true';
      parent.ele('text', A(attrs));
      return;
    }
    case 'enum': {
      const attrs: Record<string, string> = { id: e.id, key: e.key, valueName: e.valueName };
      if (e.required) attrs.required = 'true';
      const el = parent.ele('enum', A(attrs));
      e.items.forEach((item, i) => {
        const it = el.ele('item', A({ displayName: stringRef(ids.enumItem(p.name, e.id, i)) }));
        writeValue(it.ele('value'), item.value);
        if (item.valueList?.length) writeList(it.ele('valueList'), item.valueList);
      });
      return;
    }
    case 'boolean': {
      const el = parent.ele('boolean', A({ id: e.id, key: e.key, valueName: e.valueName }));
      writeValue(el.ele('trueValue'), e.trueValue);
      writeValue(el.ele('falseValue'), e.falseValue);
      if (e.trueList?.length) writeList(el.ele('trueList'), e.trueList);
      if (e.falseList?.length) writeList(el.ele('falseList'), e.falseList);
      return;
    }
    case 'list': {
      const attrs: Record<string, string> = { id: e.id, key: e.key };
      if (e.valuePrefix !== undefined) attrs.valuePrefix = e.valuePrefix;
      if (e.additive) attrs.additive = 'true';
      if (e.expandable) attrs.expandable = 'true';
      if (e.explicitValue) attrs.explicitValue = 'true';
      parent.ele('list', A(attrs));
      return;
    }
    case 'multiText': {
      const attrs: Record<string, string> = { id: e.id, key: e.key, valueName: e.valueName };
      if (e.required) attrs.required = 'true';
      if (e.maxLength !== undefined) attrs.maxLength = String(e.maxLength);
      if (e.maxStrings !== undefined) attrs.maxStrings = String(e.maxStrings);
      parent.ele('multiText', A(attrs));
      return;
    }
  }
}

function writeValue(parent: XMLBuilder, v: AdmxValue): void {
  switch (v.kind) {
    case 'decimal':
      parent.ele('decimal', A({ value: String(v.value) }));
      return;
    case 'string':
      if (v.value === '') parent.ele('string');
      else parent.ele('string').txt(T(v.value));
      return;
    case 'delete':
      parent.ele('delete');
      return;
  }
}

function writeList(parent: XMLBuilder, items: AdmxValueItem[]): void {
  for (const item of items) writeValue(parent.ele('item', A({ key: item.key, valueName: item.valueName })).ele('value'), item.value);
}

const stringRef = (id: string) => `$(string.${id})`;

/** Refuse a document that would not load: see the file comment for which problems are bugs and which are input. */
export function checkAdmxDocument(doc: AdmxDocument): void {
  const bug = (message: string): never => {
    throw new InternalError(`ADMX model: ${message}`);
  };
  if (!ADMX_ID.test(doc.target.prefix)) bug(`target prefix "${doc.target.prefix}" must match ${ADMX_ID}`);
  if (doc.target.namespace.trim() === '' || /\s/.test(doc.target.namespace))
    bug(`target namespace "${doc.target.namespace}" must be a non-empty name without spaces`);
  for (const u of doc.using)
    if (!ADMX_ID.test(u.prefix) || u.prefix === doc.target.prefix)
      bug(`using prefix "${u.prefix}" is invalid or repeats the target prefix`);
  if (!REVISION.test(doc.revision)) bug(`revision "${doc.revision}" must be major.minor`);
  const unique = (what: string, names: string[]) => {
    const seen = new Set<string>();
    for (const n of names) {
      if (!ADMX_ID.test(n)) bug(`${what} name "${n}" must match ${ADMX_ID}`);
      if (seen.has(n)) bug(`${what} name "${n}" is used twice`);
      seen.add(n);
    }
    return seen;
  };
  const supported = unique(
    'supportedOn',
    doc.supportedOn.map((s) => s.name),
  );
  const categories = new Set<string>();
  for (const c of doc.categories) {
    unique('category', [...categories, c.name]);
    if (c.parent !== undefined && !categories.has(c.parent))
      bug(`category "${c.name}" has parent "${c.parent}", which is not declared before it`);
    categories.add(c.name);
    text(c.displayName, `category ${c.name} display name`);
    if (c.explainText !== undefined) text(c.explainText, `category ${c.name} explain text`);
  }
  unique(
    'policy',
    doc.policies.map((p) => p.name),
  );
  for (const p of doc.policies) {
    const where = `policy ${p.name}`;
    if (!categories.has(p.category)) bug(`${where} refers to unknown category "${p.category}"`);
    if (!supported.has(p.supportedOn)) bug(`${where} refers to unknown supportedOn "${p.supportedOn}"`);
    text(p.displayName, `${where} display name`);
    text(p.explainText, `${where} explain text`);
    registry(p.key, p.valueName, where);
    if (p.enabledValue) value(p.enabledValue, `${where} enabledValue`);
    if (p.disabledValue) value(p.disabledValue, `${where} disabledValue`);
    if ((p.enabledValue || p.disabledValue) && p.valueName === undefined) bug(`${where} has enabledValue/disabledValue but no valueName`);
    for (const item of [...(p.enabledList ?? []), ...(p.disabledList ?? [])]) valueItem(item, where);
    if (p.valueName === undefined && !p.enabledList?.length && p.elements.length === 0) bug(`${where} writes nothing when enabled`);
    unique(
      `${where} element`,
      p.elements.map((e) => e.id),
    );
    for (const e of p.elements) element(e, `${where} element ${e.id}`);
  }
  admlStrings(doc);

  function text(s: string, what: string) {
    assertXmlText(s, what);
  }
  function registry(key: string, valueName: string | undefined, what: string) {
    if (key === '') bug(`${what} has an empty key`);
    assertXmlAttribute(key, `${what} key "${key}"`);
    if (valueName !== undefined) assertXmlAttribute(valueName, `${what} value name "${valueName}"`);
  }
  function value(v: AdmxValue, what: string) {
    if (v.kind === 'decimal' && (!Number.isInteger(v.value) || v.value < 0 || v.value > DWORD_MAX))
      bug(`${what}: decimal ${v.value} is not a DWORD`);
    if (v.kind === 'string') {
      if (v.value.length > ADMX_STRING_VALUE_MAX)
        bug(`${what}: a string value is limited to ${ADMX_STRING_VALUE_MAX} characters; use a text element`);
      assertXmlText(v.value, what);
    }
  }
  function valueItem(item: AdmxValueItem, where: string) {
    registry(item.key, item.valueName, `${where} list item`);
    value(item.value, `${where} list item ${item.key}\\${item.valueName}`);
  }
  function element(e: AdmxElement, where: string) {
    registry(e.key, 'valueName' in e ? e.valueName : undefined, where);
    text(e.label, `${where} label`);
    switch (e.type) {
      case 'decimal':
        if (!(e.minValue <= e.defaultValue && e.defaultValue <= e.maxValue))
          bug(`${where}: default ${e.defaultValue} is outside ${e.minValue}..${e.maxValue}`);
        if (e.maxValue > DWORD_MAX || e.minValue < 0) bug(`${where}: bounds must be DWORDs`);
        break;
      case 'text':
        if (e.defaultValue !== undefined) {
          text(e.defaultValue, `${where} default`);
          if (e.defaultValue.length > e.maxLength) bug(`${where}: default is longer than maxLength ${e.maxLength}`);
        }
        break;
      case 'enum':
        if (e.items.length === 0) bug(`${where} has no items`);
        if (!(e.defaultItem >= 0 && e.defaultItem < e.items.length)) bug(`${where}: defaultItem ${e.defaultItem} is out of range`);
        e.items.forEach((item, i) => {
          text(item.label, `${where} item ${i}`);
          value(item.value, `${where} item ${i}`);
          for (const v of item.valueList ?? []) valueItem(v, `${where} item ${i}`);
        });
        break;
      case 'boolean':
        value(e.trueValue, `${where} trueValue`);
        value(e.falseValue, `${where} falseValue`);
        for (const v of [...(e.trueList ?? []), ...(e.falseList ?? [])]) valueItem(v, where);
        break;
      case 'list':
        if (e.valuePrefix !== undefined) assertXmlAttribute(e.valuePrefix, `${where} valuePrefix`);
        break;
      case 'multiText':
        break;
    }
  }
}
