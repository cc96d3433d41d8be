/**
 * Plans for the Intune renderer tests: the shipped and fixture profiles resolved for real, and synthetic
 * operations routed exactly like resolved ones (routes from src/catalog/routes.ts), with their controls cloned
 * from a real plan so the ADMX builder groups them into policies.
 */
import { PROFILES, profilePlan } from './profile-plans.js';
import type { MitigationId } from '../../src/model/control.js';
import type { Operation, Plan, PlanControl } from '../../src/model/plan.js';
import { auditOp, registryOp } from './synthetic-ops.js';

export { auditOp, registryOp };

export { PROFILES, profilePlan };

function basePlan(): Plan {
  return profilePlan('test/fixtures/profiles/every-type.json');
}

/** A control of a real plan under another id, without catalog settings or parameters (so values stay fixed). */
export function syntheticControl(id: string, mitigation: MitigationId = 'M1042', title = `Title of ${id}`): PlanControl {
  const real = basePlan().controls[0]!;
  return { ...real, id, title, mitigation, parameters: {}, parameterSpecs: {}, settings: [] };
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
