/**
 * Drift: compare an existing Registry.pol (a live GPO's, or a machine's local policy) with what the
 * plan would put there. Pure: plan and decoded entries in, findings out.
 *  - missing: the plan's entry is not in the file;
 *  - differs: the value is there with another type or data (or the file deletes what the plan sets);
 *  - extra:   the file has an entry under a key the plan manages that the plan does not write
 *             (informational: other policies may share a key).
 */
import type { Plan } from '../model/plan.js';
import type { Scope } from '../model/registry.js';
import type { PolEntry, RegData } from '../formats/registry-pol.js';
import { planToPolEntries, type PolSelection } from './pol-entries.js';

export interface DriftFinding {
  kind: 'missing' | 'differs' | 'extra';
  scope: Scope;
  key: string;
  valueName: string;
  want?: string;
  have?: string;
}

export interface DriftReport {
  scope: Scope;
  expected: number;
  matching: number;
  findings: DriftFinding[];
}

/**
 * Where an entry lands: one slot per value (sets and deletes of the same value compete, the later
 * one wins, as when Windows applies the file), one per key-level action.
 */
function slot(e: PolEntry): string {
  const k = e.key.toLowerCase();
  switch (e.action) {
    case 'set':
    case 'softSet':
    case 'deleteValue':
      return `${k}|${e.valueName.toLowerCase()}`;
    default:
      return `${k}|<${e.action}>`;
  }
}

function nameOf(e: PolEntry): string {
  return 'valueName' in e ? e.valueName : `<${e.action}>`;
}

export function describeData(d: RegData): string {
  switch (d.type) {
    case 'REG_BINARY':
    case 'REG_NONE':
      return `${d.type} ${Buffer.from(d.data).toString('hex')}`;
    case 'REG_QWORD':
      return `${d.type} ${d.data.toString()}`;
    case 'REG_MULTI_SZ':
      return `${d.type} ${JSON.stringify(d.data)}`;
    case 'REG_DWORD':
    case 'REG_DWORD_BIG_ENDIAN':
      return `${d.type} ${d.data}`;
    default:
      return `${d.type} ${JSON.stringify(d.data)}`;
  }
}

function describe(e: PolEntry): string {
  return e.action === 'set' || e.action === 'softSet' ? describeData(e.value) : e.action;
}

export function detectDrift(plan: Plan, scope: Scope, actual: readonly PolEntry[], selection: PolSelection = {}): DriftReport {
  const expected = planToPolEntries(plan, scope, selection);
  const effective = new Map<string, PolEntry>();
  for (const e of actual) effective.set(slot(e), e);
  const findings: DriftFinding[] = [];
  let matching = 0;
  for (const want of expected) {
    const got = effective.get(slot(want));
    const base = { scope, key: want.key, valueName: nameOf(want), want: describe(want) };
    if (!got) findings.push({ kind: 'missing', ...base });
    else if (describe(got) === describe(want)) matching++;
    else findings.push({ kind: 'differs', ...base, have: describe(got) });
  }
  const wanted = new Set(expected.map(slot));
  const managedKeys = new Set(expected.map((e) => e.key.toLowerCase()));
  for (const [where, e] of effective) {
    if (!wanted.has(where) && managedKeys.has(e.key.toLowerCase()))
      findings.push({ kind: 'extra', scope, key: e.key, valueName: nameOf(e), have: describe(e) });
  }
  return { scope, expected: expected.length, matching, findings };
}
