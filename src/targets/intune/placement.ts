/**
 * Which Intune vehicle carries each operation, read from the plan's `routes.intune` (decided once in
 * src/catalog/routes.ts; docs/domain.md "Delivery channels"). Nothing here re-decides a route: an operation whose
 * route this renderer cannot honour is an InternalError naming the operation, because rendering it some
 * other way would silently change what the profile asked for.
 *
 * Vehicles: `csp` (a native Policy CSP setting, `op.csp` says which URI and how values join), `ingestion`
 * (a policy of the ingested T1559 ADMX), `remediation (system)` / `remediation (user)` (a detection and
 * remediation script pair run as SYSTEM for HKLM or as the signed-in user for HKCU), and `notCarried`.
 */
import { InternalError } from '../../lib/errors.js';
import type { CspMapping } from '../../model/control.js';
import type { Operation, RegistryOperation } from '../../model/plan.js';

export type RemediationAccount = 'system' | 'user';

export interface CspPlacement {
  op: Operation;
  csp: CspMapping;
}

export interface IntunePlacement {
  csp: CspPlacement[];
  ingestion: RegistryOperation[];
  remediation: Record<RemediationAccount, RegistryOperation[]>;
  notCarried: Operation[];
}

const REMEDIATION_VIA: Record<string, RemediationAccount> = {
  'remediation (system)': 'system',
  'remediation (user)': 'user',
};

/** Split the plan's operations by their Intune route, in plan order. */
export function placeOperations(operations: readonly Operation[]): IntunePlacement {
  const out: IntunePlacement = { csp: [], ingestion: [], remediation: { system: [], user: [] }, notCarried: [] };
  for (const op of operations) {
    const route = op.routes.intune;
    if (route.status === 'notCarried') {
      out.notCarried.push(op);
      continue;
    }
    if (route.via === 'csp') {
      if (!op.csp) throw new InternalError(`routes.intune of ${op.id} says "csp" but the operation has no CSP mapping`);
      out.csp.push({ op, csp: op.csp });
      continue;
    }
    if (route.via === 'ingestion') {
      if (op.type !== 'registry') throw new InternalError(`routes.intune of ${op.id} says "ingestion" but it is not a registry operation`);
      out.ingestion.push(op);
      continue;
    }
    const account = REMEDIATION_VIA[route.via];
    if (account) {
      if (op.type !== 'registry') throw new InternalError(`routes.intune of ${op.id} says "${route.via}" but it is not a registry operation`);
      const wanted = account === 'system' ? 'Machine' : 'User';
      if (op.scope !== wanted) {
        throw new InternalError(
          `routes.intune of ${op.id} says "${route.via}" for a ${op.scope} value; a script run as ${account === 'system' ? 'SYSTEM writes HKLM' : 'the user writes HKCU'} only, so src/catalog/routes.ts must route it differently`,
        );
      }
      out.remediation[account].push(op);
      continue;
    }
    throw new InternalError(`routes.intune of ${op.id} names vehicle "${route.via}", which the Intune renderer does not know`);
  }
  return out;
}
