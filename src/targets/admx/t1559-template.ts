/**
 * Build the T1559 administrative template (an {@link AdmxDocument}) from a plan. Used for the GPMC
 * template (renderAdmx) and, with `forIngestion`, for the ADMX the Intune target ingests.
 *
 * Layout (docs/formats.md "ADMX / ADML"; docs/domain.md "Delivery channels"):
 * - categories: `T1559` "T1559 Inter-Process Communication" > one per ATT&CK mitigation present, in the
 *   order M1048, M1040, M1042, M1026, M1054, DS0009;
 * - one policy per control and scope (class Machine for HKLM, User for HKCU). Values at different keys
 *   go in one policy through `enabledList` items and elements that carry their own `key`;
 * - Enabled writes exactly the plan's operations of that control (element defaults = the plan's values);
 *   a deleteValue operation is a `<delete/>` item. Disabled deletes every value Enabled sets, so
 *   Windows/Office fall back to their built-in defaults (the pre-hardening state), except values another
 *   policy of the template also needs (the shared ASR switch), which it keeps;
 * - operations the ADMX channel cannot carry (routes.admx 'notCarried') and, for ingestion, operations
 *   Intune does not carry by ingestion, are left out and listed in an XML comment.
 */
import { ingestionAllows } from '../../formats/intune-ingestion.js';
import { InternalError } from '../../lib/errors.js';
import { MITIGATIONS, type Control, type MitigationId, type OfficeVersion } from '../../model/control.js';
import {
  controlDefinition,
  generatedBy,
  generatedBySentence,
  type Operation,
  type Plan,
  type PlanControl,
  type RegistryOperation,
} from '../../model/plan.js';
import { formatValue, hiveOf, type Scope } from '../../model/registry.js';
import { admxValueOf, describeValue, ElementIds, fixedValueElement, parameterElements, type ElementWrite } from './elements.js';
import { attackUrl, policyExplainText } from './explain-text.js';
import type { AdmxCategory, AdmxDocument, AdmxPolicy, AdmxSupportedOn, AdmxValueItem } from './model.js';

export interface T1559AdmxOptions {
  /** ADMX target namespace, e.g. "T1559.Policies.InterProcessCommunication". */
  namespace: string;
  /** ADMX target prefix, `[A-Za-z0-9_]+`. */
  prefix: string;
  /** Build the ADMX for Intune ingestion: only operations routed to ingestion, never a refused key. */
  forIngestion?: boolean;
  /** Write every value as fixed data (no elements for parameters); by default parameters become elements. */
  fixedValues?: boolean;
}

export interface AdmxBuild {
  document: AdmxDocument;
  /** Operation ids each policy writes when Enabled, in plan order. */
  operationsByPolicy: Record<string, string[]>;
  /** Operations left out of the template, with why. */
  leftOut: { id: string; what: string; reason: string }[];
}

export const ROOT_CATEGORY = 'T1559';
const MITIGATION_ORDER = Object.keys(MITIGATIONS) as MitigationId[];
const OFFICE_NAMES: Record<OfficeVersion, { year: string; label: string }> = {
  '16.0': { year: '2016', label: 'Microsoft 365 Apps, Office 2016 or later' },
  '15.0': { year: '2013', label: 'Office 2013 or later, including Microsoft 365 Apps' },
  '14.0': { year: '2010', label: 'Office 2010 or later, including Microsoft 365 Apps' },
};

export function buildT1559Admx(plan: Plan, options: T1559AdmxOptions): AdmxBuild {
  const forIngestion = options.forIngestion ?? false;
  const leftOut: AdmxBuild['leftOut'] = [];
  const carried: RegistryOperation[] = [];
  for (const op of plan.operations) {
    const reason = leaveOutReason(op, forIngestion);
    if (reason === undefined && op.type === 'registry') carried.push(op);
    else leftOut.push({ id: op.id, what: describeOperation(op), reason: reason ?? 'not a registry operation' });
  }

  const groups = groupByControl(plan, carried);
  const names = policyNames(groups);
  const supported = new Map<string, AdmxSupportedOn>();
  const policies: AdmxPolicy[] = [];
  const operationsByPolicy: Record<string, string[]> = {};
  for (const g of groups) {
    const name = names.get(g)!;
    const others = (op: RegistryOperation) => groups.filter((o) => o !== g && o.ops.includes(op)).map((o) => names.get(o)!);
    const policy = buildPolicy(plan, g, name, others, options, supported);
    policies.push(policy);
    operationsByPolicy[name] = g.ops.map((op) => op.id);
  }

  const mitigations = MITIGATION_ORDER.filter((m) => groups.some((g) => g.control.mitigation === m));
  const categories: AdmxCategory[] = [
    {
      name: ROOT_CATEGORY,
      displayName: 'T1559 Inter-Process Communication',
      explainText: `Hardening against MITRE ATT&CK T1559 Inter-Process Communication (T1559.001 Component Object Model, T1559.002 Dynamic Data Exchange), one category per ATT&CK mitigation.\n${attackUrl('T1559')}\n\n${generatedBySentence(plan)}`,
    },
    ...mitigations.map((m) => ({
      name: mitigationCategory(m),
      displayName: `${m} ${MITIGATIONS[m]}`,
      explainText: `Controls for ATT&CK ${m.startsWith('DS') ? 'data source' : 'mitigation'} ${m} ${MITIGATIONS[m]} as applied to T1559.\n${attackUrl(m)}`,
      parent: ROOT_CATEGORY,
    })),
  ];

  const document: AdmxDocument = {
    target: { prefix: options.prefix, namespace: options.namespace },
    using: [{ prefix: 'windows', namespace: 'Microsoft.Policies.Windows' }],
    // docs/formats.md "ADMX / ADML": revision="1.0"; GPMC only compares it with minRequiredRevision, which is the same.
    revision: '1.0',
    displayName: 'T1559 Inter-Process Communication hardening',
    description: `Policies that harden COM and DDE against MITRE ATT&CK T1559, generated by t1559 ${plan.tool.version} from profile "${plan.profile.name}"${forIngestion ? ' for Intune ADMX ingestion' : ''}.${plan.profile.description ? ` Profile: ${plan.profile.description}` : ''}`,
    comments: [generatedBy(plan)],
    admxComments: leftOut.length
      ? [
          [
            `Not in this template (${leftOut.length} operation${leftOut.length === 1 ? '' : 's'}; the coverage report lists them too):`,
            ...leftOut.map((l) => `  ${l.id}: ${l.what}: ${l.reason}`),
          ].join('\n'),
        ]
      : [],
    supportedOn: [...supported.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    categories,
    policies,
  };
  return { document, operationsByPolicy, leftOut };
}

function leaveOutReason(op: Operation, forIngestion: boolean): string | undefined {
  const admx = op.routes.admx;
  if (admx.status !== 'carried') return admx.reason ?? `the ADMX channel does not carry it (${admx.status})`;
  if (op.type !== 'registry') return 'not a registry operation';
  if (forIngestion) {
    const intune = op.routes.intune;
    if (intune.via !== 'ingestion')
      return `Intune carries it by ${intune.via}${intune.reason ? ` (${intune.reason})` : ''}, not by ADMX ingestion`;
    if (!ingestionAllows(op.key)) return 'Intune ADMX ingestion refuses this key';
  }
  return undefined;
}

function describeOperation(op: Operation): string {
  if (op.type === 'audit') return `audit subcategory ${op.audit.subcategory} ${op.audit.guid}`;
  const where = `${hiveOf(op.scope)}\\${op.key}${op.valueName ? `\\${op.valueName}` : ''}`;
  if (op.action === 'set' && op.value) return `${where} = ${op.value.type} ${formatValue(op.value)}`;
  return `${where} (${op.action})`;
}

interface Group {
  control: PlanControl;
  scope: Scope;
  ops: RegistryOperation[];
}

/** One group per control and scope, in category order then catalog order; an operation shared by controls is in each. */
function groupByControl(plan: Plan, ops: RegistryOperation[]): Group[] {
  const groups: Group[] = [];
  for (const control of plan.controls) {
    for (const scope of ['Machine', 'User'] as const) {
      const mine = ops.filter((op) => op.scope === scope && op.controls.includes(control.id));
      if (mine.length) groups.push({ control, scope, ops: mine });
    }
  }
  const rank = (g: Group) => MITIGATION_ORDER.indexOf(g.control.mitigation);
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i)
    .map(({ g }) => g);
}

function policyNames(groups: Group[]): Map<Group, string> {
  const names = new Map<Group, string>();
  for (const g of groups) {
    const split = groups.some((o) => o !== g && o.control.id === g.control.id);
    names.set(g, `${g.control.id.replace(/[^A-Za-z0-9]/g, '_')}${split ? `_${g.scope}` : ''}`);
  }
  const seen = new Set<string>();
  for (const n of names.values()) {
    if (seen.has(n.toLowerCase())) throw new InternalError(`two T1559 policies would be named "${n}"`);
    seen.add(n.toLowerCase());
  }
  return names;
}

function buildPolicy(
  plan: Plan,
  g: Group,
  name: string,
  others: (op: RegistryOperation) => string[],
  options: T1559AdmxOptions,
  supported: Map<string, AdmxSupportedOn>,
): AdmxPolicy {
  const control: Control | undefined = options.fixedValues ? undefined : controlDefinition(g.control);
  const shared = new Set(g.ops.filter((op) => others(op).length > 0));
  const ids = new ElementIds();
  const writes: ElementWrite[] = control
    ? parameterElements(
        g.control,
        control,
        g.ops.filter((op) => !shared.has(op)),
        ids,
      )
    : [];
  const viaElement = new Set(writes.flatMap((w) => w.operations));
  const enabledList: AdmxValueItem[] = [];
  const disabledList: AdmxValueItem[] = [];
  const enabled: string[] = [];
  const disabled: string[] = [];
  const deletes: AdmxValueItem[] = [];
  const del = (key: string, valueName: string): AdmxValueItem => ({ key, valueName, value: { kind: 'delete' } });

  for (const op of g.ops) {
    if (viaElement.has(op)) continue;
    const where = `${op.key}\\${op.valueName}`;
    if (op.action === 'deleteValue') {
      const item = del(op.key, op.valueName);
      enabledList.push(item);
      deletes.push(item);
      enabled.push(`${where}: deleted`);
      continue;
    }
    if (op.action !== 'set' || !op.value)
      throw new InternalError(`operation ${op.id} (${op.action}) reached the ADMX builder although ADMX cannot carry it`);
    const value = admxValueOf(op.value);
    if (value) {
      enabledList.push({ key: op.key, valueName: op.valueName, value });
      enabled.push(`${where} = ${describeValue(value)}${shared.has(op) ? ' (shared)' : ''}`);
    } else {
      // Value cannot hold it: an element with the value as default (its Disabled delete is added below).
      const w = fixedValueElement(op, ids);
      if (!w) throw new InternalError(`operation ${op.id} has a value ADMX cannot express`);
      writes.push(w);
      continue;
    }
    if (!shared.has(op)) {
      disabledList.push(del(op.key, op.valueName));
      disabled.push(`${where} is deleted`);
    }
  }
  for (const w of writes) {
    enabled.push(w.describe);
    const e = w.element;
    if ('valueName' in e) {
      disabledList.push(del(e.key, e.valueName));
      disabled.push(`${e.key}\\${e.valueName} is deleted`);
    }
    for (const x of w.extraValues) {
      disabledList.push(del(x.key, x.valueName));
      disabled.push(`${x.key}\\${x.valueName} is deleted`);
    }
  }
  // A policy that only deletes values: Disabled keeps them deleted (there is no insecure value to restore).
  if (disabledList.length === 0 && writes.length === 0) {
    disabledList.push(...deletes);
    disabled.push(...deletes.map((d) => `${d.key}\\${d.valueName} stays deleted`));
  }

  const elements = writes.map((w) => w.element);
  const supportedOn = supportedOnFor(plan, g, supported);
  const explainText = policyExplainText({
    plan,
    planControl: g.control,
    ...(control ? { control } : {}),
    scope: g.scope,
    operations: g.ops,
    enabled,
    disabled,
    keptOnDisabled: [...shared].map((op) => ({ where: `${op.key}\\${op.valueName}`, otherPolicies: others(op) })),
    forIngestion: options.forIngestion ?? false,
  });
  const base = {
    name,
    class: g.scope,
    displayName: g.control.title + (name.endsWith(`_${g.scope}`) ? ` (${g.scope === 'Machine' ? 'computer' : 'user'})` : ''),
    explainText,
    category: mitigationCategory(g.control.mitigation),
    supportedOn,
  };
  // The simplest shape, as Microsoft writes single-value policies: key + valueName + enabledValue/disabledValue.
  const single =
    g.ops.length === 1 &&
    elements.length === 0 &&
    enabledList.length === 1 &&
    disabledList.length === 1 &&
    enabledList[0]!.value.kind !== 'delete';
  if (single) {
    const only = enabledList[0]!;
    return { ...base, key: only.key, valueName: only.valueName, enabledValue: only.value, disabledValue: { kind: 'delete' }, elements: [] };
  }
  return {
    ...base,
    key: g.ops[0]!.key,
    ...(enabledList.length ? { enabledList } : {}),
    ...(disabledList.length ? { disabledList } : {}),
    elements,
  };
}

function mitigationCategory(m: MitigationId): string {
  return `${ROOT_CATEGORY}_${m}`;
}

/** Office policies: the oldest Office version they write; everything else: Windows 10. */
function supportedOnFor(plan: Plan, g: Group, supported: Map<string, AdmxSupportedOn>): string {
  const order: OfficeVersion[] = ['14.0', '15.0', '16.0'];
  const versions = new Set<OfficeVersion>(g.ops.flatMap((op) => (op.officeVersion ? [op.officeVersion] : [])));
  if (versions.size === 0 && g.ops.some((op) => /(^|\\)office(\\|$)/i.test(op.key)))
    for (const v of plan.profile.officeVersions) versions.add(v);
  const oldest = order.find((v) => versions.has(v));
  const def: AdmxSupportedOn = oldest
    ? { name: `SUPPORTED_Office${OFFICE_NAMES[oldest].year}`, displayName: OFFICE_NAMES[oldest].label }
    : { name: 'SUPPORTED_Windows10', displayName: 'Windows 10 or later' };
  supported.set(def.name, def);
  return def.name;
}
