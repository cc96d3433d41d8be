/**
 * The advanced audit settings for the local policy targets (pol, lgpo): `pol/audit.csv` / `lgpo/audit.csv`,
 * the same file as the GPO backup's audit.csv (audit-csv.ts). Neither Registry.pol nor LGPO text can hold
 * advanced audit policy; LGPO.exe applies this file with `/a` (`/ac` clears the local advanced audit policy
 * first), as its usage text says: "/a[c] path\Audit.csv apply advanced auditing settings; /ac to clear
 * policy first" (docs/formats.md "audit.csv"). Written only when the profile sets an audit subcategory.
 */
import type { Plan } from '../../model/plan.js';
import { textArtifact, type Artifact } from '../../model/artifact.js';
import { auditCsv } from './audit-csv.js';

export function localAuditCsv(plan: Plan, folder: 'pol' | 'lgpo'): Artifact[] {
  const csv = auditCsv(plan);
  return csv === undefined ? [] : [textArtifact(`${folder}/audit.csv`, csv, { crlf: true })];
}
