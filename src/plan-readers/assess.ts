/**
 * Assess: which of the profile's controls a machine (an audit result) or a policy source (GPO backup,
 * Registry.pol, .reg export) actually enforces, and where the source disagrees with the profile.
 * Pure: plan and decoded sources in, an assessment out. Folds in what `drift` compares for one Registry.pol
 * (docs/formats.md "Audit result" for the machine side).
 *
 * Per operation: enforced (the source sets exactly the profile's value, or deletes what the profile deletes),
 * missing (says nothing), conflict (sets it differently), unreadable (the audit could not read it), notCovered
 * (the source cannot speak for that side: a Machine .pol and user values). Per control: enforced (every
 * operation enforced), partly, notEnforced, or notApplicable with why (no Office on the machine, a
 * subscription-only policy on volume-licensed Office, no Defender for ASR rules, a source without that side).
 */
import type { AuditStatement, PolicySource, ValueStatement } from '../formats/policy-sources.js';
import { slotOf } from '../formats/policy-sources.js';
import type { AuditResult, KindData, RegistryResult } from '../model/audit-result.js';
import type { AuditOperation, Operation, Plan, PlanControl, RegistryOperation } from '../model/plan.js';
import { formatValue, hiveOf } from '../model/registry.js';
import { describeData } from './drift.js';
import { ASR_SWITCH_KEY, auditExpectations, isAsrRule, registryExpectations } from './expectations.js';
import { toRegData } from './pol-entries.js';

export type OperationState = 'enforced' | 'missing' | 'conflict' | 'unreadable' | 'notCovered';
export type ControlStatus = 'enforced' | 'partly' | 'notEnforced' | 'notApplicable';
export const CONTROL_STATUSES: readonly ControlStatus[] = ['enforced', 'partly', 'notEnforced', 'notApplicable'];

export interface OperationFinding {
  id: string;
  where: string;
  state: OperationState;
  want: string;
  have?: string;
  /** The file (and line) the source's statement came from, or the hive of a machine. */
  from?: string;
}

export interface Disagreement {
  control: string;
  operation: string;
  where: string;
  profile: string;
  source: string;
  from: string;
}

export interface ControlFinding {
  id: string;
  status: ControlStatus;
  why?: string;
  operations: OperationFinding[];
}

export interface SubjectAssessment {
  /** Machine name (audit result) or source path. */
  name: string;
  kind: 'machine' | 'gpo' | 'pol' | 'reg';
  file: string;
  controls: ControlFinding[];
  conflicts: Disagreement[];
  redundancies: Disagreement[];
}

export interface ControlTotal {
  id: string;
  title: string;
  techniques: string[];
  counts: Record<ControlStatus, number>;
  /** Over every subject it applies to: enforced everywhere, somewhere, nowhere; notApplicable when nowhere applicable. */
  status: ControlStatus;
  /** What is missing, in words, for the layer's comments. */
  gaps: string[];
}

export interface Assessment {
  profile: { name: string };
  subjects: SubjectAssessment[];
  totals: ControlTotal[];
  /** 0 every control enforced (or not applicable) everywhere, 1 gaps. */
  exitCode: 0 | 1;
}

/**
 * Controls whose policies apply to subscription Office (Microsoft 365 Apps) only, as their catalog texts say
 * (the ADMX explain text, and DISA's STIG for the Excel DDE pair). On volume-licensed or retail Office they are
 * not applicable rather than missing.
 */
export const SUBSCRIPTION_ONLY_CONTROLS: Readonly<Record<string, string>> = {
  'excel-dde-server-off': 'the Excel DDE server policies apply to subscription Office (Microsoft 365 Apps)',
  'office-ole-blocked-extensions':
    'the OLE blocked-extensions policy applies to subscription Office (Microsoft 365 Apps) only, per its explain text',
};

function where(scope: 'Machine' | 'User', key: string, valueName: string): string {
  return `${hiveOf(scope)}\\${key}${valueName.startsWith('<') ? '' : `\\${valueName === '' ? '(Default)' : valueName}`}`;
}

function want(op: RegistryOperation): string {
  switch (op.action) {
    case 'set':
      return `${op.value!.type} ${formatValue(op.value!)}`;
    case 'deleteValue':
      return 'absent';
    case 'deleteAllValues':
      return 'no values';
    case 'createKey':
      return 'key exists';
  }
}

/* --------------------------------------------------------------------------------------------- */
/* policy sources                                                                                 */
/* --------------------------------------------------------------------------------------------- */

function opSlot(op: RegistryOperation): string {
  return op.action === 'createKey' || op.action === 'deleteAllValues'
    ? slotOf(op.scope, op.key, `<${op.action}>`)
    : slotOf(op.scope, op.key, op.valueName);
}

function sourceFinding(op: RegistryOperation, got: ValueStatement | undefined, covered: boolean): OperationFinding {
  const base = {
    id: op.id,
    where: where(op.scope, op.key, op.action === 'set' || op.action === 'deleteValue' ? op.valueName : '<key>'),
    want: want(op),
  };
  if (!covered) return { ...base, state: 'notCovered' };
  if (!got) return { ...base, state: 'missing' };
  const have = got.state === 'set' ? describeData(got.value) : got.state === 'deleted' ? 'deleted' : got.valueName.slice(1, -1);
  let ok: boolean;
  if (op.action === 'set') ok = got.state === 'set' && describeData(got.value) === describeData(toRegData(op.value!));
  else if (op.action === 'deleteValue') ok = got.state === 'deleted';
  else ok = got.state === 'keyAction';
  return { ...base, state: ok ? 'enforced' : 'conflict', have, from: got.from };
}

function auditFinding(op: AuditOperation, got: AuditStatement | undefined, covered: boolean): OperationFinding {
  const text = (s: { success: boolean; failure: boolean }) =>
    s.success && s.failure ? 'Success and Failure' : s.success ? 'Success' : s.failure ? 'Failure' : 'No Auditing';
  const base = { id: op.id, where: `audit policy ${op.audit.subcategory} ${op.audit.guid}`, want: text(op.audit) };
  if (!covered) return { ...base, state: 'notCovered' };
  if (!got) return { ...base, state: 'missing' };
  return {
    ...base,
    state: got.success === op.audit.success && got.failure === op.audit.failure ? 'enforced' : 'conflict',
    have: text(got),
    from: got.from,
  };
}

export function assessSource(plan: Plan, source: PolicySource): SubjectAssessment {
  const values = new Map<string, ValueStatement>();
  for (const v of source.values) values.set(slotOf(v.scope, v.key, v.valueName), v);
  const audits = new Map<string, AuditStatement>();
  for (const a of source.audits) audits.set(a.guid.toUpperCase(), a);
  const findings = new Map<string, OperationFinding>();
  for (const op of registryExpectations(plan))
    findings.set(op.id, sourceFinding(op, values.get(opSlot(op)), source.scopes.includes(op.scope)));
  for (const op of auditExpectations(plan))
    findings.set(op.id, auditFinding(op, audits.get(op.audit.guid.toUpperCase()), source.kind === 'gpo'));
  const notCoveredWhy =
    source.kind === 'gpo'
      ? 'not in this GPO'
      : `this ${source.kind === 'pol' ? 'Registry.pol' : '.reg file'} holds only ${source.scopes.join(' and ') || 'no HKLM or HKCU'} values`;
  return subject(plan, source.file, source.kind, source.file, findings, () => undefined, notCoveredWhy);
}

/* --------------------------------------------------------------------------------------------- */
/* machines (audit results)                                                                       */
/* --------------------------------------------------------------------------------------------- */

function kindDataText(k: KindData | { kind: string; data: unknown }): string {
  return `${k.kind} ${JSON.stringify(k.data)}`;
}

function actualText(r: RegistryResult): string {
  switch (r.actual.state) {
    case 'present':
      return kindDataText(r.actual as KindData);
    case 'absent':
      return r.actual.keyExists ? 'absent' : 'absent (no key)';
    case 'key':
      return `key with ${r.actual.valueCount} value(s)`;
    case 'unreadable':
      return `unreadable: ${r.actual.reason}`;
  }
}

function applicability(control: PlanControl, result: AuditResult, ops: RegistryOperation[]): string | undefined {
  const office = result.machine.office;
  if (control.officeVersions.length > 0 && ops.some((o) => o.officeVersion) && office.licensing === 'none')
    return 'no Microsoft Office found on the machine';
  const subscription = SUBSCRIPTION_ONLY_CONTROLS[control.id];
  if (subscription && (office.licensing === 'volume' || office.licensing === 'other'))
    return `${subscription}; this machine has ${office.licensing === 'volume' ? 'volume-licensed' : 'non-subscription'} Office`;
  if (
    ops.length > 0 &&
    ops.every((o) => isAsrRule(o) || o.key.toLowerCase() === ASR_SWITCH_KEY.toLowerCase()) &&
    result.machine.defender.state === 'unavailable'
  ) {
    return `ASR rules need Microsoft Defender Antivirus: ${result.machine.defender.reason}`;
  }
  return undefined;
}

export function assessResult(plan: Plan, result: AuditResult, file: string): SubjectAssessment {
  const byId = new Map<string, RegistryResult[]>();
  for (const r of result.registry) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const ruleOps = registryExpectations(plan).filter(isAsrRule);
  const ruleEffective = (r: RegistryResult | undefined) =>
    r !== undefined &&
    r.effectiveAsrAction !== undefined &&
    r.effectiveAsrAction !== null &&
    r.expected?.kind === 'String' &&
    String(r.effectiveAsrAction) === r.expected.data;
  const allRulesEffective = ruleOps.length > 0 && ruleOps.every((op) => ruleEffective(byId.get(op.id)?.[0]));
  const findings = new Map<string, OperationFinding>();
  for (const op of registryExpectations(plan)) {
    const entries = byId.get(op.id) ?? [];
    const base = {
      id: op.id,
      where: where(op.scope, op.key, op.action === 'set' || op.action === 'deleteValue' ? op.valueName : '<key>'),
      want: want(op),
    };
    if (entries.length === 0) {
      findings.set(op.id, { ...base, state: 'notCovered' });
      continue;
    }
    const bad = entries.filter((r) => {
      if (r.status === 'match') return false;
      // Get-MpPreference merges Group Policy, MDM and local settings: an ASR rule Intune delivers is enforced without the policy value.
      if (isAsrRule(op) && ruleEffective(r)) return false;
      if (op.key.toLowerCase() === ASR_SWITCH_KEY.toLowerCase() && op.valueName === 'ExploitGuard_ASR_Rules' && allRulesEffective)
        return false;
      return true;
    });
    if (bad.length === 0) {
      findings.set(op.id, { ...base, state: 'enforced' });
      continue;
    }
    const first = bad[0]!;
    const state: OperationState = bad.every((r) => r.status === 'unreadable')
      ? 'unreadable'
      : bad.some((r) => r.status === 'differs')
        ? 'conflict'
        : bad.some((r) => r.status === 'missing')
          ? 'missing'
          : 'unreadable';
    const hives = bad.map((r) => r.hive);
    findings.set(op.id, {
      ...base,
      state,
      have: `${actualText(first)}${entries.length > 1 ? ` (${bad.length} of ${entries.length} hives: ${hives.slice(0, 3).join(', ')}${hives.length > 3 ? ', ...' : ''})` : ''}`,
      from: first.hive,
    });
  }
  for (const op of auditExpectations(plan)) {
    const r = result.auditPolicy.find((a) => a.id === op.id);
    const base = {
      id: op.id,
      where: `audit policy ${op.audit.subcategory} ${op.audit.guid}`,
      want: op.audit.success && op.audit.failure ? 'Success and Failure' : op.audit.success ? 'Success' : 'Failure',
    };
    if (!r) findings.set(op.id, { ...base, state: 'notCovered' });
    else if (r.status === 'match') findings.set(op.id, { ...base, state: 'enforced' });
    else if (r.actual.state === 'unreadable') findings.set(op.id, { ...base, state: 'unreadable', have: `unreadable: ${r.actual.reason}` });
    else findings.set(op.id, { ...base, state: 'conflict', have: `success ${r.actual.success}, failure ${r.actual.failure}` });
  }
  const name = result.machine.computerName || file;
  return subject(plan, name, 'machine', file, findings, (c, ops) => applicability(c, result, ops), 'the audit result does not hold it');
}

/* --------------------------------------------------------------------------------------------- */
/* shared                                                                                         */
/* --------------------------------------------------------------------------------------------- */

function subject(
  plan: Plan,
  name: string,
  kind: SubjectAssessment['kind'],
  file: string,
  findings: Map<string, OperationFinding>,
  notApplicable: (c: PlanControl, ops: RegistryOperation[]) => string | undefined,
  notCoveredWhy: string,
): SubjectAssessment {
  const controls: ControlFinding[] = [];
  const conflicts: Disagreement[] = [];
  const redundancies: Disagreement[] = [];
  const byControl = operationsByControl(plan);
  for (const c of plan.controls) {
    const ops = byControl.get(c.id) ?? [];
    const list = ops.map((o) => findings.get(o.id)!).filter((f) => f !== undefined);
    const regOps = ops.filter((o): o is RegistryOperation => o.type === 'registry');
    const na = notApplicable(c, regOps);
    const counted = list.filter((f) => f.state !== 'notCovered');
    let status: ControlStatus;
    let why: string | undefined;
    if (na) [status, why] = ['notApplicable', na];
    else if (counted.length === 0) [status, why] = ['notApplicable', notCoveredWhy];
    else {
      const enforced = counted.filter((f) => f.state === 'enforced').length;
      status = enforced === counted.length ? 'enforced' : enforced === 0 ? 'notEnforced' : 'partly';
    }
    controls.push({ id: c.id, status, ...(why ? { why } : {}), operations: list });
    for (const f of list) {
      const d = { control: c.id, operation: f.id, where: f.where, profile: f.want, source: f.have ?? '', from: f.from ?? '' };
      if (f.state === 'conflict') conflicts.push(d);
      else if (f.state === 'enforced' && kind !== 'machine') redundancies.push({ ...d, source: f.want });
    }
  }
  return { name, kind, file, controls, conflicts: dedupe(conflicts), redundancies: dedupe(redundancies) };
}

const controlOps = new WeakMap<Plan, Map<string, Operation[]>>();

/** Each control's operations, computed once per plan (a fleet assesses thousands of subjects against it). */
function operationsByControl(plan: Plan): Map<string, Operation[]> {
  let map = controlOps.get(plan);
  if (!map) {
    map = new Map();
    for (const op of plan.operations) for (const c of op.controls) map.set(c, [...(map.get(c) ?? []), op]);
    controlOps.set(plan, map);
  }
  return map;
}

/** One line per operation even when several controls share it. */
function dedupe(list: Disagreement[]): Disagreement[] {
  const seen = new Map<string, Disagreement>();
  for (const d of list) {
    const had = seen.get(d.operation);
    seen.set(d.operation, had ? { ...had, control: `${had.control}, ${d.control}` } : d);
  }
  return [...seen.values()];
}

export function summarize(plan: Plan, subjects: SubjectAssessment[]): Assessment {
  const totals: ControlTotal[] = plan.controls.map((c) => {
    const counts: Record<ControlStatus, number> = { enforced: 0, partly: 0, notEnforced: 0, notApplicable: 0 };
    const gaps = new Map<string, number>();
    for (const s of subjects) {
      const f = s.controls.find((x) => x.id === c.id)!;
      counts[f.status]++;
      if (f.status === 'partly' || f.status === 'notEnforced')
        for (const o of f.operations)
          if (o.state !== 'enforced' && o.state !== 'notCovered') gaps.set(o.where, (gaps.get(o.where) ?? 0) + 1);
    }
    const applicable = counts.enforced + counts.partly + counts.notEnforced;
    const status: ControlStatus =
      applicable === 0
        ? 'notApplicable'
        : counts.enforced === applicable
          ? 'enforced'
          : counts.enforced === 0 && counts.partly === 0
            ? 'notEnforced'
            : 'partly';
    return {
      id: c.id,
      title: c.title,
      techniques: [...c.techniques],
      counts,
      status,
      gaps: [...gaps].map(([w, n]) => (subjects.length > 1 ? `${w} (${n} of ${subjects.length})` : w)),
    };
  });
  return {
    profile: { name: plan.profile.name },
    subjects,
    totals,
    exitCode: totals.every((t) => t.status === 'enforced' || t.status === 'notApplicable') ? 0 : 1,
  };
}
