/**
 * The value of an OMA-URI setting that turns on an ADMX-backed policy ("Understanding ADMX policies",
 * Microsoft Learn, Windows client management; "Win32 and Desktop Bridge app ADMX policy Ingestion"):
 * `<enabled/>` followed by one `<data id="ELEMENT" value="..."/>` per element of the policy. The Policy CSP
 * needs a value for every element (an MDM client has no presentation defaults), so each one gets the plan's
 * value:
 * - text: the REG_SZ / REG_EXPAND_SZ data; multiText: the REG_MULTI_SZ strings separated by U+F000
 *   (written `&#xF000;`, as the documentation shows);
 * - decimal: the number; enum: the `value` of the item that writes the plan's data; boolean: `true` when the
 *   true value is the plan's data, `false` when the false value is (or the plan deletes the value).
 * The value comes from the plan operation that writes the element's key and value name; the element's
 * default (which the ADMX builder sets to the plan's value) is used only when no operation writes it.
 *
 * The fragment is built with xmlbuilder2. It escapes `<`, `>`, `"` and (after {@link xmlbuilderText}) `&`, but
 * writes TAB, CR and LF through, which an XML parser would turn into spaces inside an attribute (XML 1.0
 * 3.3.3); the fragment has no formatting whitespace, so every one of them comes from data and is written as a
 * character reference here.
 */
import { fragment } from 'xmlbuilder2';
import { InternalError } from '../../lib/errors.js';
import { assertXmlText, finishXml, xmlbuilderAttributes } from '../../lib/xml.js';
import type { RegistryOperation } from '../../model/plan.js';
import type { RegistryValue } from '../../model/registry.js';
import type { AdmxElement, AdmxPolicy, AdmxValue } from '../admx/index.js';

/** Separator of strings in a multiText or list element value. */
export const MULTI_TEXT_SEPARATOR = '\uF000';

export function enabledPayload(policy: AdmxPolicy, operations: readonly RegistryOperation[]): string {
  const xml = fragment();
  xml.ele('enabled');
  for (const element of policy.elements) {
    const value = elementValue(policy, element, operations);
    assertXmlText(value, `the value of element ${element.id} of ADMX policy ${policy.name}`);
    xml.ele('data', xmlbuilderAttributes({ id: element.id, value }));
  }
  return finishXml(xml.end())
    .replace(/\n/g, '&#xA;')
    .replace(/\uF000/g, '&#xF000;');
}

function elementValue(policy: AdmxPolicy, element: AdmxElement, operations: readonly RegistryOperation[]): string {
  const where = `element ${element.id} of ADMX policy ${policy.name}`;
  if (element.type === 'list') throw new InternalError(`${where}: list elements are not produced for ingestion`);
  const op = writer(element, operations);
  const data = op?.action === 'set' ? op.value : undefined;
  switch (element.type) {
    case 'text': {
      if (data?.type === 'REG_SZ' || data?.type === 'REG_EXPAND_SZ') return data.data;
      if (op === undefined && element.defaultValue !== undefined) return element.defaultValue;
      throw new InternalError(`${where}: no REG_SZ or REG_EXPAND_SZ operation of the plan gives its value`);
    }
    case 'multiText': {
      if (data?.type !== 'REG_MULTI_SZ') throw new InternalError(`${where}: no REG_MULTI_SZ operation of the plan gives its value`);
      const clash = data.data.find((s) => s.includes(MULTI_TEXT_SEPARATOR));
      // The Intune channel never routes REG_MULTI_SZ to ingestion (src/channels/intune.ts); were it to, U+F000
      // inside a string would split it, since the Policy CSP separates the strings with it.
      if (clash !== undefined)
        throw new InternalError(`${where}: the string ${JSON.stringify(clash)} contains U+F000, the Policy CSP's string separator`);
      return data.data.join(MULTI_TEXT_SEPARATOR);
    }
    case 'decimal': {
      if (op === undefined) return String(element.defaultValue);
      if (data === undefined) throw new InternalError(`${where}: the plan deletes the value the element writes`);
      const n =
        data.type === 'REG_DWORD' ? data.data : data.type === 'REG_SZ' && /^[0-9]+$/.test(data.data) ? Number(data.data) : undefined;
      if (n === undefined || n < element.minValue || n > element.maxValue)
        throw new InternalError(`${where}: the plan's ${data.type} data is not a number from ${element.minValue} to ${element.maxValue}`);
      return String(n);
    }
    case 'enum': {
      // The Policy CSP takes the `value` of the chosen item; choose the item that writes the plan's data.
      const item = data ? element.items.find((i) => sameData(i.value, data)) : op ? undefined : element.items[element.defaultItem];
      if (!item) throw new InternalError(`${where}: no item writes the plan's data`);
      return admxValueText(where, item.value);
    }
    case 'boolean': {
      if (op?.action === 'deleteValue') {
        if (element.falseValue.kind === 'delete') return 'false';
        if (element.trueValue.kind === 'delete') return 'true';
        throw new InternalError(`${where}: the plan deletes the value, which neither choice does`);
      }
      if (data === undefined) return element.defaultChecked ? 'true' : 'false';
      if (sameData(element.trueValue, data)) return 'true';
      if (sameData(element.falseValue, data)) return 'false';
      throw new InternalError(`${where}: neither the true nor the false value is the plan's data`);
    }
  }
}

function sameData(value: AdmxValue, data: RegistryValue): boolean {
  if (value.kind === 'decimal') return data.type === 'REG_DWORD' && data.data === value.value;
  if (value.kind === 'string') return data.type === 'REG_SZ' && data.data === value.value;
  return false;
}

/** The plan operation writing the element's value (registry names are case-insensitive). */
function writer(element: AdmxElement & { valueName: string }, operations: readonly RegistryOperation[]): RegistryOperation | undefined {
  const key = element.key.toLowerCase();
  const name = element.valueName.toLowerCase();
  return operations.find(
    (op) => (op.action === 'set' || op.action === 'deleteValue') && op.key.toLowerCase() === key && op.valueName.toLowerCase() === name,
  );
}

function admxValueText(where: string, value: AdmxValue): string {
  if (value.kind === 'decimal') return String(value.value);
  if (value.kind === 'string') return value.value;
  throw new InternalError(`${where}: the chosen item deletes its value; there is no data to send`);
}
