/**
 * `{BackupId}/bkupInfo.xml` and `gpo/manifest.xml`: the index GPMC reads to list backups in a folder
 * ("Manage Backups", `Get-GPO`-style lookups by `-BackupId`). docs/formats.md "bkupInfo.xml and manifest.xml"; layout copied from the
 * reference samples:
 * - bkupInfo.xml: `<BackupInst xmlns="http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest">` with
 *   CDATA children GPOGuid, GPODomain, GPODomainGuid, GPODomainController, BackupTime, ID, Comment,
 *   GPODisplayName; one line, UTF-8 without declaration or BOM, ending in CRLF.
 * - manifest.xml: `<Backups xmlns=... xmlns:mfst=... mfst:version="1.0">` around the same BackupInst; one line,
 *   no newline at the end.
 * ID is the backup folder name; GPOGuid is Backup.xml's GroupPolicyCoreSettings/ID. Comment (free text shown in
 * "Manage Backups") names the tool and profile, then the profile description. CDATA cannot contain `]]>`, so
 * such text is split into several sections (xml-values.ts). Neither file carries an XML comment: GPMC's are
 * bare and these are the files it scans first.
 */
import { create } from 'xmlbuilder2';
import { generatedBy, type Plan } from '../../model/plan.js';
import type { GpoIdentity } from './gpo-identity.js';
import { appendCdata, type XMLBuilder } from './xml-values.js';

export const MANIFEST_NS = 'http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** The Comment field: tool and profile, then the profile description when there is one. */
export function backupComment(plan: Plan): string {
  const description = plan.profile.description.trim();
  return description ? `${generatedBy(plan)}: ${description}` : generatedBy(plan);
}

function appendBackupInst(parent: XMLBuilder, plan: Plan, id: GpoIdentity, backupId: string): void {
  const fields: [string, string][] = [
    ['GPOGuid', id.gpoGuid],
    ['GPODomain', id.domain],
    ['GPODomainGuid', id.domainGuid],
    ['GPODomainController', id.domainController],
    ['BackupTime', id.backupTime],
    ['ID', backupId],
    ['Comment', backupComment(plan)],
    ['GPODisplayName', id.displayName],
  ];
  for (const [name, value] of fields) {
    const e = parent.ele(MANIFEST_NS, name);
    if (value === '') e.dat('');
    else appendCdata(e, value, name === 'Comment' ? 'profile description' : name === 'GPODisplayName' ? 'GPO display name' : name);
  }
}

/** bkupInfo.xml text (LF; the caller writes CRLF). */
export function bkupInfoXml(plan: Plan, id: GpoIdentity, backupId: string): string {
  const inst = create().ele(MANIFEST_NS, 'BackupInst').att(XMLNS, 'xmlns', MANIFEST_NS);
  appendBackupInst(inst, plan, id, backupId);
  return `${inst.end({ headless: true, prettyPrint: false, wellFormed: true })}\n`;
}

/** manifest.xml text: the index of the backups in the folder (here exactly one). */
export function manifestXml(plan: Plan, id: GpoIdentity, backupId: string): string {
  const backups = create()
    .ele(MANIFEST_NS, 'Backups')
    .att(XMLNS, 'xmlns', MANIFEST_NS)
    .att(XMLNS, 'xmlns:mfst', MANIFEST_NS)
    .att(MANIFEST_NS, 'mfst:version', '1.0');
  appendBackupInst(backups.ele(MANIFEST_NS, 'BackupInst'), plan, id, backupId);
  return backups.end({ headless: true, prettyPrint: false, wellFormed: true });
}
