/**
 * What a machine audit checks, read from the plan: every registry operation (both scopes, whatever channel
 * carries it) and every advanced audit subcategory, plus the hash that ties an audit result to the profile it was
 * generated from. The hash covers only what the audit compares (scope, key, value name, action, value, audit
 * subcategory settings, and the operation ids), so rewording a control's text does not invalidate old results.
 */
import { createHash } from 'node:crypto';
import { stableJson } from '../lib/json.js';
import type { AuditOperation, Plan, RegistryOperation } from '../model/plan.js';

/** The ASR rules key: its values are rule GUIDs, and Get-MpPreference reports the effective action of each. */
export const ASR_RULES_KEY = 'Software\\Policies\\Microsoft\\Windows Defender\\Windows Defender Exploit Guard\\ASR\\Rules';
/** The switch that turns the Group Policy ASR rule list on. */
export const ASR_SWITCH_KEY = 'Software\\Policies\\Microsoft\\Windows Defender\\Windows Defender Exploit Guard\\ASR';

export function isAsrRule(op: Pick<RegistryOperation, 'scope' | 'key'>): boolean {
  return op.scope === 'Machine' && op.key.toLowerCase() === ASR_RULES_KEY.toLowerCase();
}

export function registryExpectations(plan: Plan): RegistryOperation[] {
  return plan.operations.filter((op): op is RegistryOperation => op.type === 'registry');
}

export function auditExpectations(plan: Plan): AuditOperation[] {
  return plan.operations.filter((op): op is AuditOperation => op.type === 'audit');
}

const hashes = new WeakMap<Plan, string>();

/** `sha256:<hex>` of what the audit compares (computed once per plan: assess checks it for every result of a fleet). */
export function expectationHash(plan: Plan): string {
  const cached = hashes.get(plan);
  if (cached) return cached;
  const hash = computeHash(plan);
  hashes.set(plan, hash);
  return hash;
}

function computeHash(plan: Plan): string {
  const registry = registryExpectations(plan).map((op) => ({
    id: op.id,
    scope: op.scope,
    key: op.key,
    valueName: op.valueName,
    action: op.action,
    value: op.value ?? null,
  }));
  const audit = auditExpectations(plan).map((op) => ({
    id: op.id,
    guid: op.audit.guid.toUpperCase(),
    success: op.audit.success,
    failure: op.audit.failure,
  }));
  return `sha256:${createHash('sha256').update(stableJson({ registry, audit }), 'utf8').digest('hex')}`;
}
