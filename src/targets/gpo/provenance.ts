/**
 * One wording for "where does this setting come from" in every GPO/LGPO artifact (comments, GPP item
 * descriptions, report explain text): control ids, ATT&CK mitigation ids and technique ids, as docs/domain.md
 * "ATT&CK context" requires them in every artifact.
 */
import type { Operation, Provenance } from '../../model/plan.js';

/** `control office-protected-view; mitigation M1048; techniques T1559` */
export function provenanceText(p: Provenance): string {
  const controls = `control${p.controls.length > 1 ? 's' : ''} ${p.controls.join(', ')}`;
  const mitigations = `mitigation${p.mitigations.length > 1 ? 's' : ''} ${p.mitigations.join(', ')}`;
  const techniques = `technique${p.techniques.length > 1 ? 's' : ''} ${p.techniques.join(', ')}`;
  return `${controls}; ${mitigations}; ${techniques}`;
}

/** `T1559 <title> [control ...; mitigation ...; technique ...]`, one line. */
export function operationNote(op: Operation): string {
  return `T1559 ${op.title} [${provenanceText(op)}]`;
}

/** The union of several operations' provenance, each list sorted and without duplicates. */
export function mergeProvenance(ops: readonly Provenance[]): Provenance {
  const union = <T extends string>(pick: (p: Provenance) => readonly T[]): T[] => [...new Set(ops.flatMap(pick))].sort();
  return {
    controls: union((p) => p.controls),
    mitigations: union((p) => p.mitigations),
    techniques: union((p) => p.techniques),
    settings: union((p) => p.settings),
  };
}
