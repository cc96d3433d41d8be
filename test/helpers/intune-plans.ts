/**
 * Plans for the Intune renderer tests: the shipped and fixture profiles resolved for real, and synthetic
 * operations routed exactly like resolved ones (routes from src/catalog/routes.ts), with their controls cloned
 * from a real plan so the ADMX builder groups them into policies.
 */
import { planFromProfile } from '../../src/build.js';
import { auditRoutes, registryRoutes } from '../../src/catalog/routes.js';
import type { CspMapping, MitigationId, SettingKind } from '../../src/model/control.js';
import type { AuditOperation, Operation, Plan, PlanControl, RegistryOperation } from '../../src/model/plan.js';
import type { RegistryAction, RegistryValue, Scope } from '../../src/model/registry.js';

export const PROFILES: [string, string][] = [
  ['recommended', 'policies/profiles/recommended.json'],
  ['strict', 'policies/profiles/strict.json'],
  ['every-type', 'test/fixtures/profiles/every-type.json'],
  ['appids', 'test/fixtures/profiles/appids.json'],
];

const plans = new Map<string, Plan>();

export function profilePlan(path: string): Plan {
  let plan = plans.get(path);
  if (!plan) {
    plan = planFromProfile({ profilePath: path, env: {} });
    plans.set(path, plan);
  }
  return plan;
}

function basePlan(): Plan {
  return profilePlan('test/fixtures/profiles/every-type.json');
}

/** A control of a real plan under another id, without catalog settings or parameters (so values stay fixed). */
export function syntheticControl(id: string, mitigation: MitigationId = 'M1042', title = `Title of ${id}`): PlanControl {
  const real = basePlan().controls[0]!;
  return { ...real, id, title, mitigation, parameters: {}, parameterSpecs: {}, settings: [] };
}

export interface RegistryOpInput {
  /** "control/setting"; the control id is the part before the slash. */
  id: string;
  scope: Scope;
  key: string;
  valueName?: string;
  action?: RegistryAction;
  value?: RegistryValue;
  kind?: SettingKind;
  csp?: CspMapping;
  title?: string;
  sddl?: string;
  mitigation?: MitigationId;
}

export function registryOp(input: RegistryOpInput): RegistryOperation {
  const kind = input.kind ?? 'policy';
  const action = input.action ?? 'set';
  const control = input.id.split('/')[0]!;
  return {
    id: input.id,
    title: input.title ?? `title of ${input.id}`,
    kind,
    scope: input.scope,
    confirmed: true,
    controls: [control],
    mitigations: [input.mitigation ?? 'M1042'],
    techniques: ['T1559.002'],
    settings: [input.id],
    type: 'registry',
    action,
    key: input.key,
    valueName: input.valueName ?? '',
    ...(input.value ? { value: input.value } : {}),
    ...(input.csp ? { csp: input.csp } : {}),
    ...(input.sddl !== undefined ? { sddl: input.sddl } : {}),
    routes: registryRoutes({ kind, scope: input.scope, key: input.key, valueName: input.valueName ?? '', action, ...(input.value ? { value: input.value } : {}), ...(input.csp ? { csp: input.csp } : {}) }),
  };
}

export function auditOp(id: string, success: boolean, failure: boolean, csp?: CspMapping): AuditOperation {
  return {
    id,
    title: `title of ${id}`,
    kind: 'auditSubcategory',
    scope: 'Machine',
    confirmed: true,
    controls: [id.split('/')[0]!],
    mitigations: ['DS0009'],
    techniques: ['T1559'],
    settings: [id],
    type: 'audit',
    audit: { subcategory: 'Process Creation', guid: '{0CCE922B-69AE-11D9-BED3-505054503030}', success, failure },
    routes: auditRoutes(csp),
    ...(csp ? { csp } : {}),
  };
}

/** A plan holding `operations`, with one synthetic control per control id they name (unless `controls` gives them). */
export function syntheticPlan(operations: Operation[], profile: Partial<Plan['profile']> = {}, controls?: PlanControl[]): Plan {
  const base = basePlan();
  const ids = [...new Set(operations.flatMap((op) => op.controls))];
  return {
    tool: { name: 't1559', version: '0.0.0-test' },
    profile: { ...base.profile, name: 'synthetic', description: 'synthetic plan for tests', ...profile },
    controls: controls ?? ids.map((id) => syntheticControl(id, operations.find((op) => op.controls.includes(id))!.mitigations[0] ?? 'M1042')),
    operations,
  };
}

export const ASR_RULES_URI = './Device/Vendor/MSFT/Policy/Config/Defender/AttackSurfaceReductionRules';
export const ASR_EXCLUSIONS_URI = './Device/Vendor/MSFT/Policy/Config/Defender/AttackSurfaceReductionOnlyExclusions';
export const AUDIT_URI = './Device/Vendor/MSFT/Policy/Config/Audit/DetailedTracking_AuditProcessCreation';
export const CMDLINE_URI = './Device/Vendor/MSFT/Policy/Config/ADMX_AuditSettings/IncludeCmdLine';
export const ASR_KEY = 'Software\\Policies\\Microsoft\\Windows Defender\\Windows Defender Exploit Guard\\ASR';
