/**
 * The bundle README's parts for the gpo, pol and lgpo targets: their rows of "What is in this folder" and
 * their deployment and rollback steps (templates/gpo/*.md.ejs). pol and lgpo share one section.
 */
import { psString } from '../../lib/powershell.js';
import { Markdown } from '../../lib/markdown-escape.js';
import type { Plan } from '../../model/plan.js';
import type { TargetName } from '../../model/profile.js';
import { readmeSteps } from '../readme-part.js';
import type { ReadmePart } from '../target.js';

export function gpoReadme(plan: Plan, targets: readonly TargetName[]): ReadmePart {
  const gpoName = psString(plan.profile.gpo.displayName);
  const domain = psString(plan.profile.gpo.domain);
  const ou = psString(`OU=Workstations,${plan.profile.gpo.domain.split('.').map((label) => `DC=${label}`).join(',')}`);
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
  return { id: 'local-policy', markdown: readmeSteps('gpo/local-policy.md.ejs', plan, targets, {}) };
}

export function polReadme(plan: Plan, targets: readonly TargetName[]): ReadmePart {
  return {
    contents: [
      new Markdown(
        '| `pol/Machine/Registry.pol`, `pol/User/Registry.pol` | Every registry setting as Registry.pol files (policy and preference keys alike) | `LGPO.exe /m` and `/u` on a stand-alone machine |',
      ),
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
    ],
    steps: localPolicySteps(plan, targets),
    writesValues: true,
  };
}
