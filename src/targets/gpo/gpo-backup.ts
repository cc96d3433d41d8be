/**
 * Target "gpo": a complete GPO backup folder, the input of GPMC "Import Settings..." and of
 * `Import-GPO -BackupId <id> -Path <out>/gpo -TargetName <name> -CreateIfNeeded` (docs/formats.md "GPO backup"):
 *
 *   gpo/manifest.xml
 *   gpo/{BackupId}/Backup.xml, bkupInfo.xml, gpreport.xml
 *   gpo/{BackupId}/DomainSysvol/GPO/{Machine,User}/registry.pol            routes.gpo.via "registry.pol"
 *   gpo/{BackupId}/DomainSysvol/GPO/{Machine,User}/comment.cmtx            ADMX comments for those values
 *   gpo/{BackupId}/DomainSysvol/GPO/{Machine,User}/Preferences/Registry/Registry.xml   via "preferences"
 *   gpo/{BackupId}/DomainSysvol/GPO/Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf   via "securityTemplate"
 *   gpo/{BackupId}/DomainSysvol/GPO/Machine/Microsoft/Windows NT/Audit/audit.csv       via "audit.csv"
 *
 * Files exist only when they have content (as in GPMC's backups). Each operation goes where its GPO route
 * says; an operation whose route the GPO channel does not carry (status notCarried) is already reported as such
 * in the plan. The vehicles are typed (src/model/routes.ts), so a route this renderer does not know cannot exist.
 */
import type { Plan } from '../../model/plan.js';
import type { Scope } from '../../model/registry.js';
import { encodePol } from '../../formats/registry-pol.js';
import { textArtifact, type Artifact } from '../../model/artifact.js';
import { auditCsv, auditOperations } from './audit-csv.js';
import { backupXml, GPT_TMPL_PATH } from './backup-xml.js';
import { bkupInfoXml, manifestXml } from './bkup-info-xml.js';
import { commentCmtx } from './comment-cmtx.js';
import {
  AUDIT_CSE,
  AUDIT_TOOL,
  NULL_CSE,
  PREFERENCES_REGISTRY_CSE,
  PREFERENCES_REGISTRY_TOOL,
  REGISTRY_CSE,
  REGISTRY_TOOL,
  SECURITY_CSE,
  SECURITY_TOOL,
  type ExtensionPair,
} from './extensions.js';
import { backupIdFor, gpoIdentity } from './gpo-identity.js';
import { gpreportXml, type SideReport } from './gpreport-xml.js';
import { gptTmplInf, securityTemplateOperations } from './gpt-tmpl-inf.js';
import { planToPolEntries, selectRegistryOperations } from '../../plan-readers/pol-entries.js';
import { gppRegistryItem, preferenceOperations, preferencesRegistryXml } from './preferences-registry-xml.js';

const SCOPES: readonly Scope[] = ['Machine', 'User'];

interface SysvolFile {
  /** Relative to DomainSysvol/GPO, with `/`. */
  path: string;
  bytes: Uint8Array;
}

export function renderGpo(plan: Plan): Artifact[] {
  const identity = gpoIdentity(plan);
  const sysvol: SysvolFile[] = [];
  const extensions: Record<Scope, ExtensionPair[]> = { Machine: [], User: [] };
  const sides = {} as Record<Scope, SideReport>;

  for (const scope of SCOPES) {
    const policy = selectRegistryOperations(plan, scope);
    const entries = planToPolEntries(plan, scope);
    if (entries.length > 0) {
      sysvol.push({ path: `${scope}/registry.pol`, bytes: encodePol(entries) });
      extensions[scope].push({ cse: REGISTRY_CSE, tool: REGISTRY_TOOL[scope] });
    }
    const cmtx = commentCmtx(plan, policy);
    if (cmtx !== undefined) sysvol.push(textArtifact(`${scope}/comment.cmtx`, cmtx, { encoding: 'utf8bom', crlf: true }));
    const prefs = preferencesRegistryXml(plan, scope);
    if (prefs !== undefined) {
      sysvol.push(textArtifact(`${scope}/Preferences/Registry/Registry.xml`, prefs, { crlf: true }));
      extensions[scope].push(
        { cse: NULL_CSE, tool: PREFERENCES_REGISTRY_TOOL },
        { cse: PREFERENCES_REGISTRY_CSE, tool: PREFERENCES_REGISTRY_TOOL },
      );
    }
    sides[scope] = {
      version: 0,
      policy,
      preferences: preferenceOperations(plan, scope).map((op) => gppRegistryItem(plan, op)),
      security: scope === 'Machine' ? securityTemplateOperations(plan) : [],
      audit: scope === 'Machine' ? auditOperations(plan) : [],
    };
  }
  const inf = gptTmplInf(plan);
  if (inf !== undefined) {
    sysvol.push(textArtifact(GPT_TMPL_PATH, inf, { encoding: 'utf16le', crlf: true }));
    extensions.Machine.push({ cse: SECURITY_CSE, tool: SECURITY_TOOL });
  }
  const csv = auditCsv(plan);
  if (csv !== undefined) {
    sysvol.push(textArtifact('Machine/Microsoft/Windows NT/Audit/audit.csv', csv, { crlf: true }));
    extensions.Machine.push({ cse: AUDIT_CSE, tool: AUDIT_TOOL });
  }
  sysvol.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // A side's version: the number of extensions it uses (non-zero exactly when it carries settings); the
  // null-CSE entry is a listing of GPMC's, not an extension.
  const extensionCount = (scope: Scope) => extensions[scope].filter((p) => p.cse !== NULL_CSE).length;
  const versions: Record<Scope, number> = { Machine: extensionCount('Machine'), User: extensionCount('User') };
  for (const scope of SCOPES) sides[scope].version = versions[scope];

  const meta = JSON.stringify([identity.displayName, identity.domain, identity.backupTime, plan.profile.description, plan.tool.version]);
  const backupId = backupIdFor(plan, [...sysvol, { path: 'meta', bytes: Buffer.from(meta, 'utf8') }]);
  const dir = `gpo/${backupId}`;

  return [
    textArtifact('gpo/manifest.xml', manifestXml(plan, identity, backupId), { crlf: true }),
    textArtifact(`${dir}/Backup.xml`, backupXml(plan, { identity, files: sysvol.map((f) => f.path), extensions, versions }), {
      crlf: true,
    }),
    textArtifact(`${dir}/bkupInfo.xml`, bkupInfoXml(plan, identity, backupId), { crlf: true }),
    textArtifact(`${dir}/gpreport.xml`, gpreportXml(plan, { identity, sides }), { encoding: 'utf16le', crlf: true }),
    ...sysvol.map((f) => ({ path: `${dir}/DomainSysvol/GPO/${f.path}`, bytes: f.bytes })),
  ];
}
