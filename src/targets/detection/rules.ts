/**
 * The plan's detection rules: one tamper rule per registry value the detection channel carries (its route
 * says whether the rule can compare the data), and the process and module patterns of
 * process-patterns.ts. Rule ids are UUIDv5 of the profile name and the rule's key, so they stay the same
 * from build to build and differ between profiles (docs/architecture.md "Determinism").
 */
import { InternalError } from '../../lib/errors.js';
import { uuidv5 } from '../../lib/uuid.js';
import type { Plan, RegistryOperation } from '../../model/plan.js';
import { formatValue, hiveOf } from '../../model/registry.js';
import { PROCESS_PATTERNS } from './process-patterns.js';
import type { DetectionRule, FieldMatch } from './rule-model.js';

const SYSMON_DOC = 'https://learn.microsoft.com/en-us/sysinternals/downloads/sysmon';

/** The rule id: the same profile and rule key always give the same UUID. */
export function ruleId(profileName: string, key: string): string {
  return uuidv5(`t1559 detection rule|${profileName}|${key}`);
}

/** Sysmon's `Details` text for DWORD data, as event 13 writes it and public rules match it. */
export function sysmonDword(data: number): string {
  return `DWORD (0x${data.toString(16).padStart(8, '0')})`;
}

function slugOf(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'value';
}

/** Title of at most 256 characters (the Sigma schema's limit). */
function clip(text: string, max = 256): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function tamperRule(plan: Plan, op: RegistryOperation, slug: string): DetectionRule {
  const route = op.routes.detection;
  if (route.status === 'notCarried') throw new InternalError(`${op.id} has no detection route but got a tamper rule`);
  const path = `${hiveOf(op.scope)}\\${op.key}\\${op.valueName}`;
  const compares = route.status === 'carried' && op.action === 'set' && op.value?.type === 'REG_DWORD';
  const filter: FieldMatch[] | undefined =
    compares && op.value?.type === 'REG_DWORD' ? [{ field: 'Details', match: 'equals', values: [sysmonDword(op.value.data)] }] : undefined;
  const wants = op.action === 'deleteValue' ? 'the value absent' : `${formatValue(op.value!)} (${op.value!.type})`;
  const fires =
    op.action === 'deleteValue'
      ? 'any process writes it'
      : compares
        ? 'a process writes any other data'
        : 'any process writes it (the data is not compared; see the coverage matrix)';
  const controls = plan.controls.filter((c) => op.controls.includes(c.id));
  const references = [...new Set([...controls.flatMap((c) => c.references.map((r) => r.url)), SYSMON_DOC])];
  const falsepositives =
    op.kind === 'policy'
      ? ['A Group Policy or Intune assignment that deliberately sets another value (change the profile and regenerate the rules instead)']
      : [
          'Users or Office changing the option in its own settings dialog (for a preference value this is the gap the rule exists for)',
          'A Group Policy, Intune or DSC assignment that deliberately sets another value',
        ];
  if (!compares && op.action === 'set') falsepositives.push("Every time Group Policy, Intune or DSC writes the profile's own value again");
  return {
    slug,
    id: ruleId(plan.profile.name, `tamper|${op.id}`),
    title: clip(`T1559 tamper: ${op.title} changed (${op.controls.join(', ')})`),
    description: `The profile "${plan.profile.name}" wants ${path} = ${wants}, set by ${op.controls.join(', ')}. The rule fires when ${fires}; it matches the path under any hive.`,
    category: 'registry_set',
    techniques: [...op.techniques],
    controls: [...op.controls],
    selection: [{ field: 'TargetObject', match: 'endswith', values: [`\\${op.key}\\${op.valueName}`] }],
    ...(filter ? { filter } : {}),
    level: compares || op.action === 'deleteValue' ? 'medium' : 'low',
    falsepositives,
    references,
    related: [],
  };
}

/** Tamper rules, in plan order, with unique slugs (a repeated slug gets -2, -3, ...). */
export function tamperRules(plan: Plan): DetectionRule[] {
  const seen = new Set<string>();
  const out: DetectionRule[] = [];
  for (const op of plan.operations) {
    if (op.type !== 'registry' || op.routes.detection.status === 'notCarried') continue;
    const base = `tamper-${slugOf(op.id)}`;
    let slug = base;
    for (let n = 2; seen.has(slug); n++) slug = `${base}-${n}`;
    seen.add(slug);
    out.push(tamperRule(plan, op, slug));
  }
  return out;
}

/** The process and module rules, each naming the selected controls it backs up. */
export function processRules(plan: Plan): DetectionRule[] {
  const selected = new Set(plan.controls.map((c) => c.id));
  return PROCESS_PATTERNS.map((p) => ({
    slug: p.slug,
    id: ruleId(plan.profile.name, `process|${p.slug}`),
    title: `T1559: ${p.title}`,
    description: p.description,
    category: p.category,
    techniques: [...p.techniques],
    controls: p.backs.filter((c) => selected.has(c)),
    selection: p.selection,
    level: p.level,
    falsepositives: p.falsepositives,
    references: p.references,
    related: p.related,
  }));
}

/** Every rule of the pack: process and module rules first, then the tamper rules. */
export function detectionRules(plan: Plan): DetectionRule[] {
  return [...processRules(plan), ...tamperRules(plan)];
}
