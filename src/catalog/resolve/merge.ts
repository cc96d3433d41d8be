/**
 * Merge the operations several controls produce: identical writes become one operation listing every
 * control; different writes to the same value are a profile problem naming both controls.
 */
import type { Problem } from '../../lib/errors.js';
import type { Operation } from '../../model/plan.js';
import { formatValue, sameValue } from '../../model/registry.js';

function identity(op: Operation): string {
  if (op.type === 'audit') return `audit|${op.audit.guid}`;
  const name = op.action === 'set' || op.action === 'deleteValue' ? op.valueName : `<${op.action}>`;
  return `${op.scope}|${op.key.toLowerCase()}|${name.toLowerCase()}`;
}

function describe(op: Operation): string {
  if (op.type === 'audit') return `audit ${op.audit.subcategory}`;
  if (op.action === 'set' && op.value) return `${op.value.type} ${formatValue(op.value)}`;
  return op.action;
}

/** Merge identical writes from several controls; report different writes to the same value. */
export function mergeOperations(ops: Operation[], problems: Problem[], file: string): Operation[] {
  const byIdentity = new Map<string, Operation>();
  const out: Operation[] = [];
  for (const op of ops) {
    const id = identity(op);
    const prev = byIdentity.get(id);
    if (!prev) {
      byIdentity.set(id, op);
      out.push(op);
      continue;
    }
    if (sameWrite(prev, op)) {
      prev.controls = union(prev.controls, op.controls);
      prev.mitigations = union(prev.mitigations, op.mitigations);
      prev.techniques = union(prev.techniques, op.techniques);
      prev.settings = union(prev.settings, op.settings);
      continue;
    }
    const where = op.type === 'registry' ? `${op.scope === 'Machine' ? 'HKLM' : 'HKCU'}\\${op.key}\\${op.valueName}` : describe(op);
    problems.push({
      where: `${file}: $.controls`,
      message: `conflicting writes to ${where}: ${prev.controls.join(', ')} writes ${describe(prev)} but ${op.controls.join(', ')} writes ${describe(op)}; deselect one control or align their parameters`,
    });
  }
  return out;
}

function sameWrite(a: Operation, b: Operation): boolean {
  if (a.type === 'audit' || b.type === 'audit') {
    return a.type === 'audit' && b.type === 'audit' && a.audit.success === b.audit.success && a.audit.failure === b.audit.failure;
  }
  if (a.action !== b.action || a.kind !== b.kind) return false;
  if (!a.value || !b.value) return !a.value && !b.value;
  return sameValue(a.value, b.value);
}

function union<T extends string>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])].sort();
}
