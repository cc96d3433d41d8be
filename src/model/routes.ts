/**
 * Delivery channels and the vehicles each one uses, as types. A route says how one channel carries one
 * operation; the rules that decide it live in src/channels (one module per channel). Every renderer reads
 * the route from the plan and never decides again.
 */

export const CHANNELS = ['gpo', 'admx', 'dscV2', 'dscV3', 'intune', 'detection'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Every vehicle of every channel, as a runtime table, so grouping by vehicle is exhaustive. */
export const VEHICLES = {
  gpo: ['registry.pol', 'preferences', 'securityTemplate', 'audit.csv'],
  admx: ['policy'],
  dscV2: ['RegistryPolicyFile', 'Registry', 'AuditPolicySubcategory'],
  dscV3: ['Microsoft.Windows/Registry'],
  intune: ['settingsCatalog', 'csp', 'ingestion', 'remediation (system)', 'remediation (user)'],
  // Not a delivery channel but a watch: a value is "carried" when a tamper rule reports changes to it.
  detection: ['tamper rule'],
} as const satisfies Record<Channel, readonly string[]>;

export type Vehicle<C extends Channel> = (typeof VEHICLES)[C][number];

/** The operation travels in this channel by `via`; a fallback is a second-best vehicle and says why. */
export type CarriedRoute<C extends Channel> =
  | { status: 'carried'; via: Vehicle<C>; reason?: string }
  | { status: 'fallback'; via: Vehicle<C>; reason: string };

/** The channel cannot carry the operation; `via` is always "none" (kept in plan.json for readers that group by it). */
export interface NotCarriedRoute {
  status: 'notCarried';
  via: 'none';
  reason: string;
}

export type Route<C extends Channel = Channel> = CarriedRoute<C> | NotCarriedRoute;
export type Routes = { [C in Channel]: Route<C> };

export function carried<C extends Channel>(via: Vehicle<C>, reason?: string): Route<C> {
  return reason ? { status: 'carried', via, reason } : { status: 'carried', via };
}

export function fallback<C extends Channel>(via: Vehicle<C>, reason: string): Route<C> {
  return { status: 'fallback', via, reason };
}

export function notCarried(reason: string): NotCarriedRoute {
  return { status: 'notCarried', via: 'none', reason };
}
