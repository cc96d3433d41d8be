/** Operations a DSC channel does not carry, grouped by the plan's reason, for the comments at the top of each file. */
import type { Operation } from '../../model/plan.js';
import { hiveOf } from '../../model/registry.js';

/** Groups in order of first appearance; items in plan order, each "id (where)". Plain text: callers make it a comment. */
export function notCarriedGroups(ops: readonly Operation[], channel: 'dscV2' | 'dscV3'): { reason: string; items: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const op of ops) {
    const reason = op.routes[channel].reason ?? 'not carried';
    const what =
      op.type === 'audit'
        ? `audit ${op.audit.subcategory}`
        : `${hiveOf(op.scope)}\\${op.key}${op.valueName ? `\\${op.valueName}` : ''}${op.action === 'set' ? '' : `, ${op.action}`}`;
    const list = groups.get(reason) ?? [];
    list.push(`${op.id} (${what})`);
    groups.set(reason, list);
  }
  return [...groups].map(([reason, items]) => ({ reason, items }));
}
