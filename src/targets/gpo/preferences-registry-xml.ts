/**
 * Group Policy Preferences registry items: `DomainSysvol/GPO/{Machine,User}/Preferences/Registry/Registry.xml`
 * ([MS-GPPREF] 2.2.1.6 "Registry Extension" and 2.3 "Common XML attributes"), for the operations the GPO
 * channel routes to `preferences` (registry keys outside Software\Policies).
 *
 * Shape, as the GPMC editor writes it:
 *   <RegistrySettings clsid="{A3CCFC41-...}">
 *     <Registry clsid="{9CD4B2F4-...}" name status image changed uid desc bypassErrors>
 *       <Properties action displayDecimal default hive key name type value/>
 * - action `U` (Update: create or overwrite the value, leave the rest of the key alone); deletes are `D`; a
 *   key-only item (createKey) is `U` with an empty name, type REG_SZ and an empty value.
 * - value types: the four [MS-GPPREF] lists (REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ). REG_BINARY and
 *   REG_QWORD have no documented form, so the GPO channel sends them to registry.pol (src/channels/gpo.ts);
 *   reaching this writer with one is a routing error.
 * - value text: REG_DWORD as 8 upper-case hex digits (displayDecimal="1" only changes how the editor shows it),
 *   REG_MULTI_SZ as the strings joined by spaces plus a `<Values><Value>` list (the list is what the client
 *   applies).
 * - image: the editor's icon index, 0-3 key-only, 5-8 string types, 10-13 REG_DWORD, for
 *   Create/Replace/Update/Delete; the client ignores it.
 * - uid: a deterministic UUIDv5 per item; changed: the plan's backup time in GPP's `YYYY-MM-DD HH:MM:SS` form;
 *   desc: the setting's control, mitigation and techniques; bypassErrors="1" as GPMC writes it.
 * Items are re-applied at every refresh ("Apply once" is not set). Like any value outside Software\Policies,
 * a preference value stays when the GPO is removed ("Remove this item when it is no longer applied" would
 * need action Replace, which deletes and recreates the value); the README explains the rollback.
 *
 * GPP has no "delete all values of a key" action (its key delete removes subkeys too), so such an
 * operation cannot be written here; reaching this writer with one is a routing error (src/catalog/routes.ts)
 * and raises an InternalError rather than being dropped.
 */
import { create } from 'xmlbuilder2';
import { generatedBy, type Plan, type RegistryOperation } from '../../model/plan.js';
import type { RegistryValue, Scope } from '../../model/registry.js';
import { hiveLongName } from '../../model/registry.js';
import { InternalError } from '../../lib/errors.js';
import { finishXml, xmlComment } from '../../lib/xml.js';
import { bracedUpper, uuidv5 } from '../../lib/uuid.js';
import { gppTime } from './gpo-identity.js';
import { operationNote } from './provenance.js';
import { xmlAttr, xmlText, type XMLBuilder } from './xml-values.js';

export const GPP_REGISTRY_SETTINGS_CLSID = '{A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}';
export const GPP_REGISTRY_ITEM_CLSID = '{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}';

type GppAction = 'C' | 'R' | 'U' | 'D';
const ACTION_INDEX: Readonly<Record<GppAction, number>> = { C: 0, R: 1, U: 2, D: 3 };

/** Everything one GPP registry item needs, derived from one plan operation. */
export interface GppRegistryItem {
  op: RegistryOperation;
  action: GppAction;
  name: string;
  type: RegistryValue['type'];
  /** The `value` attribute text. */
  value: string;
  /** REG_MULTI_SZ strings, written as <Values><Value>. */
  values?: string[];
  isDefault: boolean;
  keyOnly: boolean;
  image: number;
  uid: string;
  changed: string;
  desc: string;
}

/** GPP's text for a value (see the module comment). */
export function gppValueText(value: RegistryValue): string {
  switch (value.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return value.data;
    case 'REG_DWORD':
      return value.data.toString(16).toUpperCase().padStart(8, '0');
    case 'REG_QWORD':
    case 'REG_BINARY':
      throw new InternalError(
        `${value.type} has no documented Group Policy Preferences form; the GPO channel routes it to registry.pol (src/channels/gpo.ts)`,
      );
    case 'REG_MULTI_SZ':
      return value.data.join(' ');
  }
}

function imageFor(action: GppAction, type: RegistryValue['type'], keyOnly: boolean): number {
  const base = keyOnly ? 0 : type === 'REG_SZ' || type === 'REG_EXPAND_SZ' || type === 'REG_MULTI_SZ' ? 5 : 10;
  return base + ACTION_INDEX[action];
}

export function gppRegistryItem(plan: Plan, op: RegistryOperation): GppRegistryItem {
  const common = {
    op,
    uid: bracedUpper(uuidv5(JSON.stringify(['gpp-registry', op.scope, op.id]))),
    changed: gppTime(plan.profile.gpo.backupTime),
    desc: operationNote(op),
  };
  switch (op.action) {
    case 'set': {
      if (!op.value) throw new InternalError(`operation ${op.id} sets a value but carries none`);
      const type = op.value.type;
      if (type === 'REG_BINARY' || type === 'REG_QWORD')
        throw new InternalError(
          `operation ${op.id} (${type}) is routed to Group Policy Preferences, which document no ${type} form; fix its route in src/channels/gpo.ts`,
        );
      return {
        ...common,
        action: 'U',
        name: op.valueName,
        type,
        value: gppValueText(op.value),
        ...(type === 'REG_MULTI_SZ' ? { values: [...(op.value.data as string[])] } : {}),
        isDefault: op.valueName === '',
        keyOnly: false,
        image: imageFor('U', type, false),
      };
    }
    case 'deleteValue':
      return {
        ...common,
        action: 'D',
        name: op.valueName,
        type: 'REG_SZ',
        value: '',
        isDefault: op.valueName === '',
        keyOnly: false,
        image: imageFor('D', 'REG_SZ', false),
      };
    case 'createKey':
      return {
        ...common,
        action: 'U',
        name: '',
        type: 'REG_SZ',
        value: '',
        isDefault: false,
        keyOnly: true,
        image: imageFor('U', 'REG_SZ', true),
      };
    case 'deleteAllValues':
      throw new InternalError(
        `operation ${op.id} (delete all values of ${op.key}) is routed to Group Policy Preferences, which has no such action; ` +
          'src/catalog/routes.ts should route it to registry.pol (**delvals.)',
      );
  }
}

/** Append one <Registry> item (attribute order as GPMC writes it). Used by Registry.xml and gpreport.xml. */
export function appendGppRegistryItem(parent: XMLBuilder, item: GppRegistryItem, ns?: string, prefix = ''): XMLBuilder {
  const ele = (p: XMLBuilder, name: string) => (ns ? p.ele(ns, prefix + name) : p.ele(prefix + name));
  const what = `preference ${item.op.id}`;
  const shown = item.keyOnly ? item.op.key.split('\\').pop()! : item.name;
  const reg = ele(parent, 'Registry')
    .att('clsid', GPP_REGISTRY_ITEM_CLSID)
    .att('name', xmlAttr(shown, `${what} value name`))
    .att('status', xmlAttr(shown, `${what} value name`))
    .att('image', String(item.image))
    .att('changed', item.changed)
    .att('uid', item.uid)
    .att('desc', xmlAttr(item.desc, `${what} description`))
    .att('bypassErrors', '1');
  return reg;
}

/** Append the <Properties> element of an item. */
export function appendGppProperties(reg: XMLBuilder, item: GppRegistryItem, ns?: string, prefix = ''): void {
  const ele = (p: XMLBuilder, name: string) => (ns ? p.ele(ns, prefix + name) : p.ele(prefix + name));
  const what = `preference ${item.op.id}`;
  const props = ele(reg, 'Properties')
    .att('action', item.action)
    .att('displayDecimal', item.type === 'REG_DWORD' ? '1' : '0')
    .att('default', item.isDefault ? '1' : '0')
    .att('hive', hiveLongName(item.op.scope))
    .att('key', xmlAttr(item.op.key, `${what} key`))
    .att('name', xmlAttr(item.name, `${what} value name`))
    .att('type', item.type)
    .att('value', xmlAttr(item.value, `${what} value`));
  if (item.values) {
    const list = ele(props, 'Values');
    for (const v of item.values) ele(list, 'Value').txt(xmlText(v, `${what} value`));
  }
}

/** The Registry.xml text for one side, or undefined when the side has no preference operation. */
export function preferencesRegistryXml(plan: Plan, scope: Scope): string | undefined {
  const ops = preferenceOperations(plan, scope);
  if (ops.length === 0) return undefined;
  const root = create().ele('RegistrySettings').att('clsid', GPP_REGISTRY_SETTINGS_CLSID);
  for (const op of ops) {
    const item = gppRegistryItem(plan, op);
    appendGppProperties(appendGppRegistryItem(root, item), item);
  }
  root.txt('\n');
  const body = root.end({ headless: true, prettyPrint: false, wellFormed: true });
  return `<?xml version="1.0" encoding="utf-8"?>\n<!--${xmlComment(generatedBy(plan))}-->\n${finishXml(body)}`;
}

/** The registry operations of a side that the GPO channel routes to Group Policy Preferences. */
export function preferenceOperations(plan: Plan, scope: Scope): RegistryOperation[] {
  return plan.operations.filter(
    (op): op is RegistryOperation => op.type === 'registry' && op.scope === scope && op.routes.gpo.via === 'preferences',
  );
}
