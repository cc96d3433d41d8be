/**
 * Target "lgpo": `lgpo/machine.txt` and `lgpo/user.txt`, LGPO.exe text (the format `LGPO.exe /parse` writes
 * and `LGPO.exe /t` applies; LGPO.exe documentation, "LGPO text files"), laid out like Microsoft's samples:
 * a `;` comment block, then one 4-line record per value, each under a `;` line naming its control, mitigation
 * and techniques.
 *
 * Same operations as the pol target (every registry operation of the scope). LGPO text has no form for
 * REG_BINARY, REG_MULTI_SZ or REG_QWORD values, default (unnamed) values and a few others
 * (lgpoExpressible says why); such operations are listed by key, value name and reason in the comment block
 * and travel in pol/<scope>/Registry.pol instead (apply it with LGPO.exe /m or /u). Nothing is dropped
 * silently. Advanced audit policy has no LGPO text form either: the machine file's header names each audit
 * subcategory and `lgpo/audit.csv`, written beside it, which `LGPO.exe /a` applies.
 *
 * Encoding: ASCII with CRLF when every character is ASCII; otherwise UTF-16LE with BOM, because LGPO.exe reads
 * a file without BOM in the ANSI code page.
 */
import { generatedBy, type Plan, type RegistryOperation } from '../../model/plan.js';
import type { Scope } from '../../model/registry.js';
import { canonicalOrder, type PolEntry } from '../../formats/registry-pol.js';
import { encodeLgpo, lgpoExpressible, type LgpoRecord } from '../../formats/lgpo-text.js';
import { concat, type Artifact } from '../../model/artifact.js';
import { selectRegistryOperations, toPolEntry } from '../../plan-readers/pol-entries.js';
import { operationNote } from './provenance.js';
import { auditOperations, auditSetting, auditSubcategoryName } from './audit-csv.js';
import { localAuditCsv } from './local-audit-csv.js';

const RULE = '-'.repeat(70);
const NON_ASCII = /[^\x00-\x7f]/;

interface Item {
  op: RegistryOperation;
  entry: PolEntry;
}

function describeEntry(op: RegistryOperation): string {
  const name = op.action === 'deleteAllValues' || op.action === 'createKey' ? `(${op.action})` : JSON.stringify(op.valueName);
  const type = op.value ? ` ${op.value.type}` : '';
  return `${op.key} ${name}${type}`;
}

/** The text fields LGPO text writes for an (expressible) entry. */
function entryTexts(e: PolEntry): string[] {
  const texts = [e.key];
  if (e.action === 'set' || e.action === 'deleteValue') texts.push(e.valueName);
  if (e.action === 'set' && typeof e.value.data === 'string') texts.push(e.value.data);
  return texts;
}

/** LGPO text for one scope: the comment block, then one commented record per expressible operation. */
export function lgpoTextFor(plan: Plan, scope: Scope): Uint8Array {
  const ops = selectRegistryOperations(plan, scope, { include: 'allRegistry' });
  const byEntry = new Map<PolEntry, RegistryOperation>();
  const entries = ops.map((op) => {
    const e = toPolEntry(op);
    byEntry.set(e, op);
    return e;
  });
  // Same order as the .pol file, so the two are easy to compare.
  const items: Item[] = canonicalOrder(entries).map((entry) => ({ entry, op: byEntry.get(entry)! }));
  const expressible: Item[] = [];
  const refused: string[] = [];
  for (const item of items) {
    const x = lgpoExpressible(item.entry);
    if (x.ok) expressible.push(item);
    else refused.push(`  ${describeEntry(item.op)}: ${x.reason}`);
  }

  const lgpoScope = scope === 'Machine' ? 'Computer' : 'User';
  const header = [
    RULE,
    `LGPO-text file for LGPO.exe /t: ${lgpoScope} settings (${scope === 'Machine' ? 'HKLM' : 'HKCU'}).`,
    generatedBy(plan),
    '',
    'Values outside Software\\Policies are preferences: they stay in the registry ("tattoo") after the',
    'policy is removed. Undo them explicitly (see the README, Rollback).',
  ];
  if (refused.length > 0) {
    header.push(
      '',
      `Not expressible in LGPO text (${refused.length}); they are in pol/${scope}/Registry.pol, apply it with LGPO.exe /${scope === 'Machine' ? 'm' : 'u'}:`,
      ...refused,
    );
  }
  const audits = scope === 'Machine' ? auditOperations(plan) : [];
  if (audits.length > 0) {
    header.push(
      '',
      `Advanced audit policy has no LGPO text form (${audits.length}); it is in lgpo/audit.csv, apply it with LGPO.exe /a:`,
      ...audits.map(
        (op) =>
          `  ${auditSubcategoryName(op.audit.subcategory)} ${op.audit.guid.toUpperCase()}: ${auditSetting(op.audit.success, op.audit.failure).inclusion}`,
      ),
    );
  }
  header.push(RULE);

  const records: { record: LgpoRecord; note: string }[] = expressible.map(({ entry, op }) => ({
    record: { scope: lgpoScope, entry },
    note: operationNote(op),
  }));
  const anyNonAscii = [...header, ...records.flatMap((r) => [r.note, ...entryTexts(r.record.entry)])].some((s) => NON_ASCII.test(s));
  const encoding = anyNonAscii ? 'utf16le' : 'utf8';

  // encodeLgpo writes one comment block before its records; one call per record keeps each record under its
  // own provenance line, like the "; from <baseline>" lines of Microsoft's samples. Only the first chunk keeps
  // the UTF-16 byte order mark.
  const chunks = [encodeLgpo([], { comment: header, encoding })];
  for (const r of records) {
    const chunk = encodeLgpo([r.record], { comment: [r.note], encoding });
    chunks.push(encoding === 'utf16le' ? chunk.subarray(2) : chunk);
  }
  return concat(chunks);
}

export function renderLgpo(plan: Plan): Artifact[] {
  return [
    { path: 'lgpo/machine.txt', bytes: lgpoTextFor(plan, 'Machine') },
    { path: 'lgpo/user.txt', bytes: lgpoTextFor(plan, 'User') },
    ...localAuditCsv(plan, 'lgpo'),
  ];
}
