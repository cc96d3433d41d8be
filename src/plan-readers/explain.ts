/**
 * Everything about one control: rationale, parameters, every operation it resolves to (with the
 * profile's parameters or the defaults) and the route each channel takes.
 */
import { MITIGATIONS, officialPolicyText, TECHNIQUES, type Control } from '../model/control.js';
import { CHANNELS, type Operation, type Plan } from '../model/plan.js';
import { profileSchema, type Profile } from '../model/profile.js';
import { formatValue, hiveOf } from '../model/registry.js';
import { UserError } from '../lib/errors.js';
import type { Catalog } from '../catalog/load.js';
import { resolvePlan } from '../catalog/resolve.js';
import { channelTitle } from '../channels/index.js';
import { controlCoverage, type ControlCoverage } from './coverage.js';

export interface Explanation {
  control: Control;
  plan: Plan;
  operations: Operation[];
  /** The same per-channel cells the bundle README and report show. */
  coverage: ControlCoverage;
}

export function explainControl(catalog: Catalog, id: string, profile?: Profile, file = '(defaults)'): Explanation {
  const control = catalog.byId.get(id);
  if (!control) throw new UserError('E_ARG', `unknown control "${id}"`, [{ where: 'CONTROL', message: 'run `t1559 list` for the ids' }]);
  const selection = profile?.controls[id] ?? {};
  const single = profileSchema.parse({
    name: profile?.name ?? 'explain',
    officeVersions: profile?.officeVersions ?? ['16.0'],
    acknowledgeLockoutRisk: true,
    controls: { [id]: selection },
  });
  const plan = resolvePlan(catalog, single, { file });
  return { control, plan, operations: plan.operations, coverage: controlCoverage(plan, id)! };
}

export function operationLine(op: Operation): string {
  if (op.type === 'audit')
    return `audit  ${op.audit.subcategory} ${op.audit.guid}: ${[op.audit.success && 'Success', op.audit.failure && 'Failure'].filter(Boolean).join(' and ') || 'No Auditing'}`;
  const where = `${hiveOf(op.scope)}\\${op.key}`;
  switch (op.action) {
    case 'set':
      return `set    ${where} ! ${op.valueName} = ${op.value!.type} ${formatValue(op.value!)}${op.sddl ? ` (from SDDL ${op.sddl})` : ''}`;
    case 'deleteValue':
      return `delete ${where} ! ${op.valueName}`;
    case 'deleteAllValues':
      return `delete all values of ${where}`;
    case 'createKey':
      return `create ${where}`;
  }
}

export function renderExplanation(e: Explanation): string {
  const c = e.control;
  const lines = [
    `${c.id}: ${c.title}`,
    `  mitigation: ${c.mitigation} ${MITIGATIONS[c.mitigation]}`,
    `  techniques: ${c.techniques.map((t) => `${t} ${TECHNIQUES[t]}`).join('; ')}`,
    `  tier: ${c.tier}   impact: ${c.impact}   confirmed by Microsoft: ${c.confirmed ? 'yes' : 'no'}${c.lockoutRisk ? '   LOCKOUT RISK' : ''}`,
    '',
    `  ${c.summary}`,
    '',
    `  Why: ${c.rationale}`,
    `  Impact: ${c.impactNote}`,
  ];
  if (c.optInReason) lines.push(`  Opt-in because: ${c.optInReason}`);
  const params = Object.entries(c.parameters);
  if (params.length) {
    lines.push('', '  Parameters:');
    const effective = e.plan.controls[0]?.parameters ?? {};
    for (const [name, spec] of params) lines.push(`    ${name} (${spec.type}) = ${JSON.stringify(effective[name])}: ${spec.description}`);
  }
  lines.push('', '  Channels (as in the bundle README):');
  const width = Math.max(...e.coverage.cells.map((cell) => channelTitle(cell.channel).length));
  for (const cell of e.coverage.cells) lines.push(`    ${channelTitle(cell.channel).padEnd(width)}  ${cell.label}`);
  if (e.operations.length === 0) lines.push('    (no operations with these parameters; pass --profile to explain your own)');
  lines.push('', '  Operations and their routes:');
  for (const op of e.operations) {
    lines.push(`    ${operationLine(op)}`);
    if (op.admx) lines.push(`      official policy: ${officialPolicyText(op.admx)}`);
    for (const ch of CHANNELS) {
      const r = op.routes[ch];
      lines.push(`      ${ch.padEnd(6)} ${r.status.padEnd(10)} ${r.via}${r.reason ? ` - ${r.reason}` : ''}`);
    }
  }
  lines.push('', '  References:');
  for (const r of c.references) lines.push(`    ${r.title}: ${r.url}`);
  return `${lines.join('\n')}\n`;
}
