/**
 * The plan: the single truth every renderer reads. Concrete operations, each with provenance
 * (controls, mitigations, techniques) and the routes each channel uses to carry it.
 */
import type { AdmxMapping, AuditSetting, Control, CspMapping, MitigationId, OfficeVersion, SettingKind, SettingTemplate, TechniqueId } from './control.js';
import type { ParameterSpec } from './parameter.js';
import type { RegistryAction, RegistryValue, Scope } from './registry.js';
import type { Profile, TargetName } from './profile.js';

export const CHANNELS = ['gpo', 'admx', 'dscV2', 'dscV3', 'intune'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How one channel carries (or cannot carry) one operation. */
export interface Route {
  status: 'carried' | 'fallback' | 'notCarried';
  /** The vehicle, e.g. "registry.pol", "preferences", "RegistryPolicyFile", "csp", "remediation". */
  via: string;
  /** Why, for fallbacks and for what is not carried. */
  reason?: string;
}
export type Routes = Record<Channel, Route>;

export interface Provenance {
  controls: string[];
  mitigations: MitigationId[];
  techniques: TechniqueId[];
  /** Setting template ids, "control/setting". */
  settings: string[];
}

interface OperationBase extends Provenance {
  /** Stable id: unique within the plan, readable. */
  id: string;
  title: string;
  kind: SettingKind;
  scope: Scope;
  officeVersion?: OfficeVersion;
  admx?: AdmxMapping;
  csp?: CspMapping;
  confirmed: boolean;
  routes: Routes;
}

/**
 * The control parameter whose value became this operation's data, and the data it may take: a fixed
 * set (enum parameters, through their map) or an integer range. Renderers that let an admin override a
 * value (DSC compile-time parameters, ADMX elements) read this instead of re-deriving it from the catalog.
 */
export interface ParameterBinding {
  parameter: string;
  allowed: { kind: 'set'; values: (string | number)[] } | { kind: 'range'; min: number; max: number };
}

export interface RegistryOperation extends OperationBase {
  type: 'registry';
  action: RegistryAction;
  key: string;
  /** Empty for deleteAllValues/createKey. */
  valueName: string;
  value?: RegistryValue;
  /** For values produced from SDDL: the SDDL text, so reports can show it. */
  sddl?: string;
  binding?: ParameterBinding;
}

export interface AuditOperation extends OperationBase {
  type: 'audit';
  audit: AuditSetting;
}

export type Operation = RegistryOperation | AuditOperation;

export interface PlanControl {
  id: string;
  title: string;
  mitigation: MitigationId;
  techniques: TechniqueId[];
  tier: 'recommended' | 'strict' | 'optIn';
  impact: 'low' | 'medium' | 'high';
  lockoutRisk: boolean;
  confirmed: boolean;
  /** Effective parameter values (defaults merged with the profile's). */
  parameters: Record<string, unknown>;
  officeVersions: OfficeVersion[];
  /** The control's prose and definition, so every renderer works from the plan alone. */
  summary: string;
  rationale: string;
  impactNote: string;
  optInReason?: string;
  references: { title: string; url: string }[];
  parameterSpecs: Record<string, ParameterSpec>;
  settings: SettingTemplate[];
}

/** The catalog definition of a plan control (parameter specs under their catalog name). */
export function controlDefinition(c: PlanControl): Control {
  return {
    id: c.id,
    title: c.title,
    summary: c.summary,
    rationale: c.rationale,
    mitigation: c.mitigation,
    techniques: c.techniques,
    tier: c.tier,
    impact: c.impact,
    impactNote: c.impactNote,
    confirmed: c.confirmed,
    ...(c.optInReason !== undefined ? { optInReason: c.optInReason } : {}),
    lockoutRisk: c.lockoutRisk,
    references: c.references,
    parameters: c.parameterSpecs,
    settings: c.settings,
  };
}

export interface Plan {
  tool: { name: 't1559'; version: string };
  profile: {
    name: string;
    description: string;
    officeVersions: OfficeVersion[];
    gpo: { displayName: string; domain: string; backupTime: string };
    targets: TargetName[];
    acknowledgeLockoutRisk: boolean;
  };
  controls: PlanControl[];
  operations: Operation[];
}

export type { Profile };
