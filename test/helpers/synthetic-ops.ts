/**
 * Synthetic plan operations for renderer tests, routed exactly like resolved ones (routes from
 * src/channels), so tests can reach shapes and strings the shipped catalog never produces.
 */
import { auditRoutes, registryRoutes } from '../../src/channels/index.js';
import type { CspMapping, MitigationId, SettingKind } from '../../src/model/control.js';
import type { AuditOperation, ParameterBinding, RegistryOperation } from '../../src/model/plan.js';
import type { RegistryAction, RegistryValue, Scope } from '../../src/model/registry.js';

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
  binding?: ParameterBinding;
}

export function registryOp(input: RegistryOpInput): RegistryOperation {
  const kind = input.kind ?? 'policy';
  const action = input.action ?? 'set';
  const valueName = input.valueName ?? '';
  return {
    id: input.id,
    title: input.title ?? `title of ${input.id}`,
    kind,
    scope: input.scope,
    confirmed: true,
    controls: [input.id.split('/')[0]!],
    mitigations: [input.mitigation ?? 'M1042'],
    techniques: ['T1559.002'],
    settings: [input.id.replace(/[@[].*$/, '')],
    type: 'registry',
    action,
    key: input.key,
    valueName,
    ...(input.value ? { value: input.value } : {}),
    ...(input.csp ? { csp: input.csp } : {}),
    ...(input.sddl !== undefined ? { sddl: input.sddl } : {}),
    ...(input.binding ? { binding: input.binding } : {}),
    routes: registryRoutes({ kind, scope: input.scope, key: input.key, valueName, action, ...(input.value ? { value: input.value } : {}), ...(input.csp ? { csp: input.csp } : {}) }),
  };
}

export function auditOp(id: string, success: boolean, failure: boolean, options: { csp?: CspMapping; subcategory?: string } = {}): AuditOperation {
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
    audit: { subcategory: options.subcategory ?? 'Process Creation', guid: '{0CCE922B-69AE-11D9-BED3-505054503030}', success, failure },
    routes: auditRoutes(options.csp ? { csp: options.csp } : {}),
    ...(options.csp ? { csp: options.csp } : {}),
  };
}
