/**
 * Advanced audit policy of a GPO: `DomainSysvol/GPO/Machine/Microsoft/Windows NT/Audit/audit.csv`, the file the
 * Advanced Audit Policy Configuration extension applies ([MS-GPAC] "Group Policy: Audit Configuration
 * Extension", the audit.csv file; the same columns `auditpol /backup` writes).
 *
 * Header `Machine Name,Policy Target,Subcategory,Subcategory GUID,Inclusion Setting,Exclusion Setting,Setting
 * Value`; one row per subcategory as GPMC writes it:
 * `,System,Audit Process Creation,{0cce922b-69ae-11d9-bed3-505054503030},Success,,1`
 * - Machine Name empty (the GPO applies to any machine), Policy Target `System`;
 * - the subcategory's display name with GPMC's "Audit " prefix (the catalog says "Process Creation");
 * - the GUID in lower case, as GPMC and auditpol write it;
 * - Inclusion Setting `Success`, `Failure`, `Success and Failure` or `No Auditing`, and the matching Setting
 *   Value 1, 2, 3 or 0; Exclusion Setting empty (per-user exclusions are not used).
 * CSV has no comments, so this file carries no header or provenance; gpreport.xml does. CRLF line ends.
 */
import type { AuditOperation, Plan } from '../../model/plan.js';

export const AUDIT_CSV_HEADER = 'Machine Name,Policy Target,Subcategory,Subcategory GUID,Inclusion Setting,Exclusion Setting,Setting Value';

export function auditOperations(plan: Plan): AuditOperation[] {
  return plan.operations.filter((op): op is AuditOperation => op.type === 'audit' && op.routes.gpo.via === 'audit.csv');
}

/** Inclusion Setting text and Setting Value number for success/failure flags. */
export function auditSetting(success: boolean, failure: boolean): { inclusion: string; value: number } {
  if (success && failure) return { inclusion: 'Success and Failure', value: 3 };
  if (success) return { inclusion: 'Success', value: 1 };
  if (failure) return { inclusion: 'Failure', value: 2 };
  return { inclusion: 'No Auditing', value: 0 };
}

/** "Process Creation" -> "Audit Process Creation" (GPMC's subcategory names in audit.csv). */
export function auditSubcategoryName(subcategory: string): string {
  return /^Audit /.test(subcategory) ? subcategory : `Audit ${subcategory}`;
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The audit.csv text (LF line ends; the caller writes CRLF), or undefined when there is no audit operation. */
export function auditCsv(plan: Plan): string | undefined {
  const ops = auditOperations(plan);
  if (ops.length === 0) return undefined;
  const rows = ops.map((op) => {
    const { inclusion, value } = auditSetting(op.audit.success, op.audit.failure);
    return ['', 'System', auditSubcategoryName(op.audit.subcategory), op.audit.guid.toLowerCase(), inclusion, '', String(value)]
      .map(csvField)
      .join(',');
  });
  return `${[AUDIT_CSV_HEADER, ...rows].join('\n')}\n`;
}
