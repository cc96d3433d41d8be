/**
 * Settings Catalog policies (Graph beta `deviceManagement/configurationPolicies`) for the operations the Intune
 * channel routes to `settingsCatalog` (docs/formats.md "Intune Settings Catalog"): one policy per scope and
 * topic (Device: ASR, Audit; User: Office), each a plain Settings Catalog policy (template id "", family "none").
 *
 * Value ids come from the catalog's pinned definition ids:
 * - an ADMX policy: a choice `<id>_1` (Enabled) / `<id>_0` (Disabled); its element a child choice
 *   `<element>_<registry data>` (enum), `<element>_1|_0` (boolean, against the ADMX trueValue) or a string;
 * - a setting `under` another's Enabled option (`..._l_outlooksecuritymode_1`) is a child of that option;
 * - an audit subcategory: a choice `<id>_<0 none|1 success|2 failure|3 both>`;
 * - ASR rules: children of one group collection, `<rule id>_off|_block|_audit|_warn`; exclusions a
 *   string collection; the ASR policy switches (`implied`) add nothing.
 * Pure: same plan, same bytes.
 */
import { InternalError } from '../../lib/errors.js';
import type { SettingsCatalogMapping } from '../../model/control.js';
import type { Operation, Plan } from '../../model/plan.js';
import { intuneDisplayName } from './custom-configuration.js';
import { provenanceText } from './provenance-text.js';

const T = '#microsoft.graph.deviceManagementConfiguration';

export interface ChoiceInstance {
  '@odata.type': `${typeof T}ChoiceSettingInstance`;
  settingDefinitionId: string;
  choiceSettingValue: { '@odata.type': `${typeof T}ChoiceSettingValue`; value: string; children: SettingInstance[] };
}
export interface SimpleInstance {
  '@odata.type': `${typeof T}SimpleSettingInstance`;
  settingDefinitionId: string;
  simpleSettingValue: { '@odata.type': `${typeof T}StringSettingValue`; value: string };
}
export interface SimpleCollectionInstance {
  '@odata.type': `${typeof T}SimpleSettingCollectionInstance`;
  settingDefinitionId: string;
  simpleSettingCollectionValue: { '@odata.type': `${typeof T}StringSettingValue`; value: string }[];
}
export interface GroupCollectionInstance {
  '@odata.type': `${typeof T}GroupSettingCollectionInstance`;
  settingDefinitionId: string;
  groupSettingCollectionValue: { children: SettingInstance[] }[];
}
export type SettingInstance = ChoiceInstance | SimpleInstance | SimpleCollectionInstance | GroupCollectionInstance;

export interface ConfigurationPolicy {
  '@odata.type': `${typeof T}Policy`;
  name: string;
  description: string;
  platforms: 'windows10';
  technologies: 'mdm';
  templateReference: { templateId: ''; templateFamily: 'none' };
  settings: { '@odata.type': `${typeof T}Setting`; settingInstance: SettingInstance }[];
}

export interface SettingsCatalogPolicy {
  /** File name without extension, e.g. "T1559 - Device - ASR". */
  name: string;
  body: ConfigurationPolicy;
  operations: Operation[];
}

export const TOPICS = ['Device - ASR', 'Device - Audit', 'User - Office'] as const;
export type Topic = (typeof TOPICS)[number];

const ASR_STATES: Record<string, string> = { '0': 'off', '1': 'block', '2': 'audit', '6': 'warn' };

export function topicOf(sc: SettingsCatalogMapping): Topic {
  if (sc.id.startsWith('user_')) return 'User - Office';
  return sc.id.startsWith('device_vendor_msft_policy_config_defender_') ? 'Device - ASR' : 'Device - Audit';
}

function choice(id: string, value: string): ChoiceInstance {
  return {
    '@odata.type': `${T}ChoiceSettingInstance`,
    settingDefinitionId: id,
    choiceSettingValue: { '@odata.type': `${T}ChoiceSettingValue`, value, children: [] },
  };
}

function mappingOf(op: Operation): SettingsCatalogMapping {
  if (!op.settingsCatalog)
    throw new InternalError(`routes.intune of ${op.id} says "settingsCatalog" but the operation has no Settings Catalog mapping`);
  return op.settingsCatalog;
}

/** The instance one operation contributes (before nesting), or undefined for an ASR policy switch. */
function instanceOf(op: Operation, sc: SettingsCatalogMapping): SettingInstance | undefined {
  if (op.type === 'audit') return choice(sc.id, `${sc.id}_${(op.audit.success ? 1 : 0) + (op.audit.failure ? 2 : 0)}`);
  const data = op.action === 'set' ? op.value?.data : undefined;
  switch (op.csp?.format) {
    case 'implied':
      return undefined;
    case 'asrRule': {
      const state = typeof data === 'string' ? ASR_STATES[data] : undefined;
      if (!state) throw new InternalError(`${op.id}: ASR rule state ${JSON.stringify(data)} has no Settings Catalog option`);
      return choice(sc.id, `${sc.id}_${state}`);
    }
    case 'asrExclusion':
      return {
        '@odata.type': `${T}SimpleSettingCollectionInstance`,
        settingDefinitionId: sc.id,
        simpleSettingCollectionValue: [{ '@odata.type': `${T}StringSettingValue`, value: op.valueName }],
      };
    case 'admxEnabled':
      return choice(sc.id, `${sc.id}_1`);
    case 'integer':
      throw new InternalError(`${op.id}: an integer Policy CSP registry value has no Settings Catalog form here`);
    case undefined:
      break;
  }
  if (!op.admx) throw new InternalError(`${op.id} has a Settings Catalog id but neither a Policy CSP nor an ADMX policy`);
  const top = choice(sc.id, `${sc.id}_${op.admx.state === 'Enabled' ? 1 : 0}`);
  const el = sc.element;
  if (el) {
    if (el.kind === 'text') {
      if (typeof data !== 'string') throw new InternalError(`${op.id}: a text element needs string data`);
      top.choiceSettingValue.children.push({
        '@odata.type': `${T}SimpleSettingInstance`,
        settingDefinitionId: el.id,
        simpleSettingValue: { '@odata.type': `${T}StringSettingValue`, value: data },
      });
    } else {
      if (typeof data !== 'number') throw new InternalError(`${op.id}: an ${el.kind} element needs REG_DWORD data`);
      const suffix = el.kind === 'enum' ? String(data) : data === el.trueData ? '1' : '0';
      top.choiceSettingValue.children.push(choice(el.id, `${el.id}_${suffix}`));
    }
  }
  return top;
}

/** Merge `b` into `a` (same definition): same value, children united by definition id. */
function merge(a: SettingInstance, b: SettingInstance, what: string): void {
  if (a['@odata.type'] !== b['@odata.type'])
    throw new InternalError(`${what}: ${a.settingDefinitionId} is written as two kinds of setting`);
  if ('choiceSettingValue' in a && 'choiceSettingValue' in b) {
    if (a.choiceSettingValue.value !== b.choiceSettingValue.value)
      throw new InternalError(`${what}: ${a.settingDefinitionId} wants ${a.choiceSettingValue.value} and ${b.choiceSettingValue.value}`);
    for (const child of b.choiceSettingValue.children) addChild(a.choiceSettingValue.children, child, what);
  } else if ('simpleSettingCollectionValue' in a && 'simpleSettingCollectionValue' in b) {
    for (const v of b.simpleSettingCollectionValue)
      if (!a.simpleSettingCollectionValue.some((x) => x.value === v.value)) a.simpleSettingCollectionValue.push(v);
  } else if ('groupSettingCollectionValue' in a && 'groupSettingCollectionValue' in b) {
    for (const child of b.groupSettingCollectionValue[0]!.children) addChild(a.groupSettingCollectionValue[0]!.children, child, what);
  } else if (JSON.stringify(a) !== JSON.stringify(b)) throw new InternalError(`${what}: ${a.settingDefinitionId} wants two values`);
}

function addChild(list: SettingInstance[], child: SettingInstance, what: string): void {
  const same = list.find((x) => x.settingDefinitionId === child.settingDefinitionId);
  if (same) merge(same, child, what);
  else list.push(child);
}

/** Find the choice instance whose value is `option`, at any depth. */
function findOption(list: readonly SettingInstance[], option: string): ChoiceInstance | undefined {
  for (const i of list) {
    if ('choiceSettingValue' in i) {
      if (i.choiceSettingValue.value === option) return i;
      const deeper = findOption(i.choiceSettingValue.children, option);
      if (deeper) return deeper;
    }
  }
  return undefined;
}

/** The Settings Catalog policies of the plan's `settingsCatalog` operations, in TOPICS order. */
export function settingsCatalogPolicies(
  plan: Plan,
  operations: readonly Operation[],
  nameOf: (topic: Topic) => string,
): SettingsCatalogPolicy[] {
  const out: SettingsCatalogPolicy[] = [];
  for (const topic of TOPICS) {
    const ops = operations.filter((op) => topicOf(mappingOf(op)) === topic);
    if (ops.length === 0) continue;
    const top: SettingInstance[] = [];
    const nested: [Operation, SettingsCatalogMapping, SettingInstance][] = [];
    const switches: [Operation, SettingsCatalogMapping][] = [];
    for (const op of ops) {
      const sc = mappingOf(op);
      const inst = instanceOf(op, sc);
      if (!inst) switches.push([op, sc]);
      else if (sc.under) nested.push([op, sc, inst]);
      else addChild(top, inst, op.id);
    }
    for (const [op, sc, inst] of nested) {
      if (op.csp?.format === 'asrRule') {
        const group: GroupCollectionInstance = {
          '@odata.type': `${T}GroupSettingCollectionInstance`,
          settingDefinitionId: sc.under!,
          groupSettingCollectionValue: [{ children: [inst] }],
        };
        addChild(top, group, op.id);
        continue;
      }
      const parent = findOption(top, sc.under!);
      if (!parent)
        throw new InternalError(
          `${op.id} nests under ${sc.under}, which no operation of this plan sets (the catalog rules keep a child with its parent)`,
        );
      addChild(parent.choiceSettingValue.children, inst, op.id);
    }
    for (const [op, sc] of switches)
      if (!top.some((i) => i.settingDefinitionId === sc.id))
        throw new InternalError(`${op.id} is implied by ${sc.id}, which no operation of this plan sets`);
    const name = nameOf(topic);
    out.push({
      name,
      operations: ops,
      body: {
        '@odata.type': `${T}Policy`,
        name: intuneDisplayName(plan, name),
        description: `${provenanceText(plan, ops)}.`,
        platforms: 'windows10',
        technologies: 'mdm',
        templateReference: { templateId: '', templateFamily: 'none' },
        settings: top.map((settingInstance) => ({ '@odata.type': `${T}Setting`, settingInstance })),
      },
    });
  }
  return out;
}
