/**
 * The bundle README's parts for the gpo, pol and lgpo targets: their rows of "What is in this folder" and
 * their deployment and rollback steps (templates/gpo/*.md.ejs). pol and lgpo share one section.
 */
import { psString } from '../../lib/powershell.js';
import { Markdown } from '../../lib/markdown-escape.js';
import type { Plan, RegistryOperation } from '../../model/plan.js';
import { auditOperations, auditSubcategoryName } from './audit-csv.js';
import { securityTemplateOperations } from './gpt-tmpl-inf.js';
import { provenanceText } from './provenance.js';
import type { TargetName } from '../../model/profile.js';
import { readmeSteps } from '../readme-part.js';
import type { ReadmePart } from '../target.js';

/** The advanced audit rows, with the auditpol line that undoes each (audit policy stays when a GPO goes). */
function auditFacts(plan: Plan) {
  return auditOperations(plan).map((op) => ({
    name: auditSubcategoryName(op.audit.subcategory),
    undo: `auditpol /set /subcategory:${op.audit.guid.toUpperCase()} /success:disable /failure:disable`,
  }));
}

/** Preference values the GPO channel carries in registry.pol (no documented GPP form): they tattoo. */
function preferencesInRegistryPol(plan: Plan): string[] {
  return plan.operations
    .filter(
      (op): op is RegistryOperation =>
        op.type === 'registry' && op.kind === 'preference' && op.routes.gpo.status === 'fallback' && op.routes.gpo.via === 'registry.pol',
    )
    .map(
      (op) =>
        `${op.scope === 'Machine' ? 'HKLM' : 'HKCU'}\\${op.key}${op.action === 'set' || op.action === 'deleteValue' ? `\\${op.valueName}` : ''}${op.value ? ` (${op.value.type})` : ''}`,
    );
}

export function gpoReadme(plan: Plan, targets: readonly TargetName[]): ReadmePart {
  const gpoName = psString(plan.profile.gpo.displayName);
  const domain = psString(plan.profile.gpo.domain);
  const ou = psString(
    `OU=Workstations,${plan.profile.gpo.domain
      .split('.')
      .map((label) => `DC=${label}`)
      .join(',')}`,
  );
  const commands = {
    importGpo: [
      'Import-Module GroupPolicy',
      '# -BackupGpoName picks the backup by the GPO name it holds, so you do not need the {BackupId} folder name.',
      `Import-GPO -BackupGpoName ${gpoName} -Path (Resolve-Path -LiteralPath '.\\gpo').Path -TargetName ${gpoName} -CreateIfNeeded -Domain ${domain}`,
      '# Equivalent, by folder: the only folder under gpo\\ is named {BackupId}:',
      "# $backupId = (Get-ChildItem -LiteralPath '.\\gpo' -Directory | Select-Object -First 1).Name",
      `# Import-GPO -BackupId $backupId -Path (Resolve-Path -LiteralPath '.\\gpo').Path -TargetName ${gpoName} -CreateIfNeeded -Domain ${domain}`,
    ],
    linkGpo: [
      '# Link it where both the computers and the users live (the Office settings are user settings).',
      `New-GPLink -Name ${gpoName} -Target ${ou} -LinkEnabled Yes -Domain ${domain}`,
    ],
    removeGpo: [
      `Get-GPInheritance -Target ${ou} -Domain ${domain}   # where is it linked?`,
      `Remove-GPLink -Name ${gpoName} -Target ${ou} -Domain ${domain}`,
      `Remove-GPO -Name ${gpoName} -Domain ${domain}   # or keep it unlinked for later`,
    ],
    audit: auditFacts(plan),
    binaryPreferences: preferencesInRegistryPol(plan),
    // GptTmpl.inf has no comment syntax ([MS-GPSB] 2.2), so each value's provenance is given here.
    securityValues: securityTemplateOperations(plan).map((op) => ({
      value: `MACHINE\\${op.key}\\${op.valueName}`,
      note: provenanceText(op),
    })),
  };
  return {
    contents: [
      new Markdown(
        '| `gpo/manifest.xml`, `gpo/{BackupId}/` | A complete Group Policy backup (registry.pol, preferences, security template, audit, comments) | GPMC *Import Settings* or `Import-GPO` |',
      ),
    ],
    steps: { id: 'gpo', markdown: readmeSteps('gpo/deploy.md.ejs', plan, targets, commands) },
    writesValues: true,
  };
}

function localPolicySteps(plan: Plan, targets: readonly TargetName[]): ReadmePart['steps'] {
  return { id: 'local-policy', markdown: readmeSteps('gpo/local-policy.md.ejs', plan, targets, { audit: auditFacts(plan) }) };
}

function auditRow(plan: Plan, folder: 'pol' | 'lgpo'): Markdown[] {
  if (auditOperations(plan).length === 0) return [];
  return [
    new Markdown(
      `| \`${folder}/audit.csv\` | The advanced audit settings (Registry.pol and LGPO text cannot hold audit policy) | \`LGPO.exe /a\` |`,
    ),
  ];
}

export function polReadme(plan: Plan, targets: readonly TargetName[]): ReadmePart {
  return {
    contents: [
      new Markdown(
        '| `pol/Machine/Registry.pol`, `pol/User/Registry.pol` | Every registry setting as Registry.pol files (policy and preference keys alike) | `LGPO.exe /m` and `/u` on a stand-alone machine |',
      ),
      ...auditRow(plan, 'pol'),
    ],
    steps: localPolicySteps(plan, targets),
    writesValues: true,
  };
}

export function lgpoReadme(plan: Plan, targets: readonly TargetName[]): ReadmePart {
  return {
    contents: [
      new Markdown(
        '| `lgpo/machine.txt`, `lgpo/user.txt` | The same settings as readable LGPO text (values LGPO text cannot express are listed in the file header) | `LGPO.exe /t` |',
      ),
      ...auditRow(plan, 'lgpo'),
    ],
    steps: localPolicySteps(plan, targets),
    writesValues: true,
  };
}
