/**
 * The plan's one order of operations, so every artifact lists them the same way whatever the profile's order.
 */
import type { Operation } from '../../model/plan.js';

const ACTION_ORDER = { deleteAllValues: 0, createKey: 1, deleteValue: 2, set: 2 } as const;

/** Machine before User, then key and value name case-insensitively; audit last. Stable everywhere. */
export function sortOperations(ops: Operation[]): Operation[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...ops].sort((a, b) => {
    if (a.type !== b.type) return a.type === 'registry' ? -1 : 1;
    if (a.type === 'audit' || b.type === 'audit') return cmp(a.id, b.id);
    return (
      cmp(a.scope, b.scope) ||
      cmp(a.key.toUpperCase(), b.key.toUpperCase()) ||
      ACTION_ORDER[a.action] - ACTION_ORDER[b.action] ||
      cmp(a.valueName.toUpperCase(), b.valueName.toUpperCase()) ||
      cmp(a.id, b.id)
    );
  });
}
