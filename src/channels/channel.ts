/**
 * The contract of a delivery channel: its title, how it routes an operation, and what its format cannot
 * represent at all. One module per channel implements it (gpo.ts, admx.ts, dsc-v2.ts, dsc-v3.ts, intune.ts);
 * the resolver calls them once per operation, and renderers read the routes from the plan
 * (docs/architecture.md "Channels and vehicles").
 */
import type { SettingTemplate } from '../model/control.js';
import type { Operation } from '../model/plan.js';
import type { RegistryAction, RegistryValue, Scope } from '../model/registry.js';
import type { IntuneVehicleChoice } from '../model/profile.js';
import type { Channel, Route } from '../model/routes.js';

/** What routing needs to know of a registry operation. */
export interface RegistryRouteInput {
  kind: SettingTemplate['kind'];
  scope: Scope;
  key: string;
  valueName: string;
  action: RegistryAction;
  value?: RegistryValue;
  csp?: SettingTemplate['csp'];
  settingsCatalog?: SettingTemplate['settingsCatalog'];
  /** The profile's `intune.vehicle`: whether a Settings Catalog definition is used when one exists. */
  intuneVehicle?: IntuneVehicleChoice;
}

/** What routing needs to know of an audit operation. */
export interface AuditRouteInput {
  csp?: SettingTemplate['csp'];
  settingsCatalog?: SettingTemplate['settingsCatalog'];
  intuneVehicle?: IntuneVehicleChoice;
}

export interface ChannelRules<C extends Channel> {
  channel: C;
  /** What people call the channel, with the vehicles it uses (README and report column headers). */
  title: string;
  routeRegistry(op: RegistryRouteInput): Route<C>;
  routeAudit(input: AuditRouteInput): Route<C>;
  /**
   * Data the channel's format cannot hold at all (not a routing choice: no vehicle of any channel could
   * write it faithfully). Reported at resolve against the profile's JSON path, so every target refuses the
   * same profiles.
   */
  dataProblem?(op: RegistryRouteInput): string | undefined;
  /**
   * Rules across operations, applied once the plan's operations are merged and sorted: may only turn a
   * route into notCarried, with the reason.
   */
  settle?(operations: readonly Operation[]): Map<Operation, Route<C>>;
}
