/**
 * The provenance sentence every Intune object carries in its description: which T1559 controls the value
 * comes from and their ATT&CK mitigation and technique ids (docs/domain.md "ATT&CK context": ids travel into every
 * artifact). Plain text; JSON escaping happens when the body is written.
 */
import { MITIGATIONS, type MitigationId, type TechniqueId } from '../../model/control.js';
import type { Plan, Provenance } from '../../model/plan.js';

const MITIGATION_ORDER = Object.keys(MITIGATIONS) as MitigationId[];

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** ATT&CK ids of the sources, mitigations in catalog order then techniques sorted. */
export function attackIds(sources: readonly Provenance[]): string[] {
  const mitigations = new Set(sources.flatMap((s) => s.mitigations));
  const techniques = unique(sources.flatMap((s) => s.techniques)).sort() as TechniqueId[];
  return [...MITIGATION_ORDER.filter((m) => mitigations.has(m)), ...techniques];
}

/** "control a (Title A), control b (Title B); ATT&CK M1040, T1559.001" */
export function provenanceText(plan: Plan, sources: readonly Provenance[]): string {
  const controls = unique(sources.flatMap((s) => s.controls));
  const named = controls.map((id) => {
    const title = plan.controls.find((c) => c.id === id)?.title;
    return title ? `${id} (${title})` : id;
  });
  return `T1559 control${controls.length === 1 ? '' : 's'} ${named.join(', ')}; ATT&CK ${attackIds(sources).join(', ')}`;
}
