/**
 * Plan registry operations -> Registry.pol entries ([MS-GPREG] 2.2.1), the shared step of the pol, LGPO and
 * GPO targets. The plan keeps values JSON-friendly; the codec wants wire types: REG_BINARY hex text becomes
 * bytes, REG_QWORD decimal text becomes a bigint. Actions map one to one (deleteValue -> `**del.`,
 * deleteAllValues -> `**delvals.`, createKey -> key-only entry); the codec spells the markers.
 */
import type { Plan, RegistryOperation } from '../model/plan.js';
import type { RegistryValue, Scope } from '../model/registry.js';
import { canonicalOrder, type PolEntry, type RegData } from '../formats/registry-pol.js';
import { InternalError } from '../lib/errors.js';

export interface PolSelection {
  /**
   * `gpoRoute` (default): only operations the GPO channel routes to registry.pol (routes.gpo.via), i.e. what
   * belongs in a GPO's registry.pol. `allRegistry`: every registry operation of the scope, policy and
   * preference keys alike (the LGPO.exe files, where there is no Preferences or security template).
   */
  include?: 'gpoRoute' | 'allRegistry';
}

/** The registry operations of one scope that a selection takes, in plan order. */
export function selectRegistryOperations(plan: Plan, scope: Scope, selection: PolSelection = {}): RegistryOperation[] {
  const include = selection.include ?? 'gpoRoute';
  return plan.operations.filter(
    (op): op is RegistryOperation =>
      op.type === 'registry' && op.scope === scope && (include === 'allRegistry' || op.routes.gpo.via === 'registry.pol'),
  );
}

/** Plan value -> codec value. */
export function toRegData(value: RegistryValue): RegData {
  switch (value.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { type: value.type, data: value.data };
    case 'REG_DWORD':
      return { type: 'REG_DWORD', data: value.data };
    case 'REG_QWORD':
      return { type: 'REG_QWORD', data: BigInt(value.data) };
    case 'REG_MULTI_SZ':
      return { type: 'REG_MULTI_SZ', data: [...value.data] };
    case 'REG_BINARY':
      return { type: 'REG_BINARY', data: new Uint8Array(Buffer.from(value.data, 'hex')) };
  }
}

/** One plan operation -> one Registry.pol entry. */
export function toPolEntry(op: RegistryOperation): PolEntry {
  switch (op.action) {
    case 'set':
      if (!op.value) throw new InternalError(`operation ${op.id} sets a value but carries none`);
      return { action: 'set', key: op.key, valueName: op.valueName, value: toRegData(op.value) };
    case 'deleteValue':
      return { action: 'deleteValue', key: op.key, valueName: op.valueName };
    case 'deleteAllValues':
      return { action: 'deleteAllValues', key: op.key };
    case 'createKey':
      return { action: 'createKey', key: op.key };
  }
}

/**
 * The Registry.pol entries of one scope, in the codec's canonical order (the order encodePol writes and
 * decodePol reads back). By default only operations with `routes.gpo.via === 'registry.pol'`.
 */
export function planToPolEntries(plan: Plan, scope: Scope, selection: PolSelection = {}): PolEntry[] {
  return canonicalOrder(selectRegistryOperations(plan, scope, selection).map(toPolEntry));
}
