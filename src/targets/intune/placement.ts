/**
 * The plan's operations by Intune vehicle, read from `routes.intune` (decided by src/channels/intune.ts;
 * docs/domain.md "Delivery channels"). Nothing here decides a route.
 *
 * Vehicles: `settingsCatalog` (a Settings Catalog definition, `op.settingsCatalog` says which), `csp` (a native Policy CSP setting, `op.csp` says which URI and how values join), `ingestion`
 * (a policy of the ingested T1559 ADMX), `remediation (system)` / `remediation (user)` (a detection and
 * remediation script pair run as SYSTEM for HKLM or as the signed-in user for HKCU), and not carried.
 */
import { operationsByVehicle, registryOnly } from '../../channels/index.js';
import { REMEDIATION_VEHICLES } from '../../channels/intune.js';
import { InternalError } from '../../lib/errors.js';
import type { CspMapping } from '../../model/control.js';
import type { Operation, RegistryOperation } from '../../model/plan.js';

export type RemediationAccount = (typeof REMEDIATION_VEHICLES)[keyof typeof REMEDIATION_VEHICLES]['account'];

export interface CspPlacement {
  op: Operation;
  csp: CspMapping;
}

export interface IntunePlacement {
  settingsCatalog: Operation[];
  csp: CspPlacement[];
  ingestion: RegistryOperation[];
  remediation: Record<RemediationAccount, RegistryOperation[]>;
  notCarried: Operation[];
}

/** Split the plan's operations by their Intune route, in plan order. */
export function placeOperations(operations: readonly Operation[]): IntunePlacement {
  const by = operationsByVehicle(operations, 'intune');
  return {
    settingsCatalog: by.settingsCatalog,
    csp: by.csp.map((op) => {
      if (!op.csp) throw new InternalError(`routes.intune of ${op.id} says "csp" but the operation has no CSP mapping`);
      return { op, csp: op.csp };
    }),
    ingestion: registryOnly(by.ingestion, 'ADMX ingestion'),
    remediation: {
      system: registryOnly(by['remediation (system)'], 'a SYSTEM remediation script'),
      user: registryOnly(by['remediation (user)'], "a user's remediation script"),
    },
    notCarried: by.notCarried,
  };
}
