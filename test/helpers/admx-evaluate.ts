/**
 * A small model of what GPMC writes for an ADMX policy, read from the generated XML (not from our
 * in-memory model, so the serializers are tested too):
 * - Enabled with the presentation defaults: valueName + enabledValue (REG_DWORD 1 when absent), every
 *   enabledList item, and each element's default (decimalTextBox defaultValue, textBox defaultValue,
 *   dropdownList defaultItem with its valueList, checkBox defaultChecked with trueList/falseList).
 *   list and multiText elements have no default: they are reported in `needsInput`.
 * - Disabled: disabledValue (delete when absent), every disabledList item, and a delete of each element's
 *   value (GPMC removes element values of a disabled policy).
 */
import { attribute, parseXml, type XmlElement } from '../../src/formats/xml-reader.js';

export type WrittenValue =
  | { type: 'REG_DWORD'; data: number }
  | { type: 'REG_SZ'; data: string }
  | { type: 'REG_EXPAND_SZ'; data: string }
  | { type: 'delete' };

export interface Written {
  key: string;
  valueName: string;
  value: WrittenValue;
}

export interface PolicyEvaluation {
  name: string;
  class: string;
  key: string;
  enabled: Written[];
  disabled: Written[];
  /** Elements whose value the admin must type (no default exists). */
  needsInput: string[];
}

export function evaluateAdmx(admxText: string, admlText: string): PolicyEvaluation[] {
  const admx = parseXml(admxText, 'T1559.admx').root;
  const adml = parseXml(admlText, 'T1559.adml').root;
  const presentations = new Map<string, XmlElement>();
  for (const p of all(adml).filter((e) => e.local === 'presentation')) presentations.set(attribute(p, 'id')!, p);
  return all(admx)
    .filter((e) => e.local === 'policy')
    .map((policy) => {
      const key = attribute(policy, 'key')!;
      const valueName = attribute(policy, 'valueName');
      const presentation = /^\$\(presentation\.(.+)\)$/.exec(attribute(policy, 'presentation') ?? '')?.[1];
      const controls = presentation ? (presentations.get(presentation)?.children ?? []) : [];
      const out: PolicyEvaluation = {
        name: attribute(policy, 'name')!,
        class: attribute(policy, 'class')!,
        key,
        enabled: [],
        disabled: [],
        needsInput: [],
      };
      if (valueName !== undefined) {
        const ev = child(policy, 'enabledValue');
        out.enabled.push({ key, valueName, value: ev ? readValue(ev) : { type: 'REG_DWORD', data: 1 } });
        const dv = child(policy, 'disabledValue');
        out.disabled.push({ key, valueName, value: dv ? readValue(dv) : { type: 'delete' } });
      }
      out.enabled.push(...readList(child(policy, 'enabledList'), key));
      out.disabled.push(...readList(child(policy, 'disabledList'), key));
      for (const e of child(policy, 'elements')?.children ?? []) {
        const id = attribute(e, 'id')!;
        const eKey = attribute(e, 'key') ?? key;
        const eName = attribute(e, 'valueName') ?? '';
        const control = controls.find((c) => attribute(c, 'refId') === id);
        if (!control) throw new Error(`policy ${out.name}: element ${id} has no presentation control`);
        out.disabled.push({ key: eKey, valueName: e.local === 'list' ? '*' : eName, value: { type: 'delete' } });
        switch (e.local) {
          case 'decimal': {
            const n = Number(attribute(control, 'defaultValue') ?? '1');
            out.enabled.push({
              key: eKey,
              valueName: eName,
              value: attribute(e, 'storeAsText') === 'true' ? { type: 'REG_SZ', data: String(n) } : { type: 'REG_DWORD', data: n },
            });
            break;
          }
          case 'text': {
            const def = child(control, 'defaultValue')?.text;
            if (def === undefined) out.needsInput.push(id);
            else
              out.enabled.push({
                key: eKey,
                valueName: eName,
                value: { type: attribute(e, 'expandable') === 'true' ? 'REG_EXPAND_SZ' : 'REG_SZ', data: def },
              });
            break;
          }
          case 'enum': {
            const index = attribute(control, 'defaultItem');
            const item = index === undefined ? undefined : e.children.filter((c) => c.local === 'item')[Number(index)];
            if (!item) {
              out.needsInput.push(id);
              break;
            }
            out.enabled.push({ key: eKey, valueName: eName, value: readValue(child(item, 'value')!) });
            out.enabled.push(...readList(child(item, 'valueList'), eKey));
            break;
          }
          case 'boolean': {
            const checked = attribute(control, 'defaultChecked') === 'true';
            const v = child(e, checked ? 'trueValue' : 'falseValue');
            out.enabled.push({ key: eKey, valueName: eName, value: v ? readValue(v) : { type: 'REG_DWORD', data: checked ? 1 : 0 } });
            out.enabled.push(...readList(child(e, checked ? 'trueList' : 'falseList'), eKey));
            break;
          }
          default:
            out.needsInput.push(id);
        }
      }
      return out;
    });
}

function readValue(holder: XmlElement): WrittenValue {
  const v = holder.children[0];
  if (!v) throw new Error(`<${holder.local}> has no value`);
  switch (v.local) {
    case 'decimal':
      return { type: 'REG_DWORD', data: Number(attribute(v, 'value')) };
    case 'string':
      return { type: 'REG_SZ', data: v.text };
    case 'delete':
      return { type: 'delete' };
    default:
      throw new Error(`unknown value <${v.local}>`);
  }
}

function readList(list: XmlElement | undefined, policyKey: string): Written[] {
  if (!list) return [];
  const defaultKey = attribute(list, 'defaultKey') ?? policyKey;
  return list.children
    .filter((c) => c.local === 'item')
    .map((item) => ({
      key: attribute(item, 'key') ?? defaultKey,
      valueName: attribute(item, 'valueName')!,
      value: readValue(child(item, 'value')!),
    }));
}

function child(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

function all(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}
