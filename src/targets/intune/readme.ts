/**
 * intune/README.md (templates/intune/README.md.ejs): what the folder holds and, step by step, how an admin
 * imports it (Microsoft Graph PowerShell `Invoke-MgGraphRequest`, or IntuneManagement), assigns it and rolls it
 * back. Markdown per CommonMark 0.31 + GitHub Flavored Markdown tables, escaped by the report's
 * markdown-escape.ts; every PowerShell literal in the command blocks is built by src/lib/powershell.ts.
 */
import { loadTemplate } from '../../lib/templates.js';
import { InternalError } from '../../lib/errors.js';
import { psString } from '../../lib/powershell.js';
import { generatedBy, generatedBySentence, type Operation, type Plan } from '../../model/plan.js';
import { hiveOf } from '../../model/registry.js';
import { htmlCommentText } from '../../lib/html-escape.js';
import { escapeMarkdown, Markdown, mdCode, mdFence } from '../../lib/markdown-escape.js';
import type { CustomProfile } from './custom-configuration.js';
import type { SettingsCatalogPolicy } from './settings-catalog.js';
import { INTUNE_MANAGEMENT_FOLDERS } from './intune-management.js';
import { placeOperations } from './placement.js';
import type { RemediationScripts } from './remediation-scripts.js';

/** deviceConfigurations need the configuration scope; deviceHealthScripts (Remediations) their own scripts scope. */
export const GRAPH_SCOPES = {
  configuration: 'DeviceManagementConfiguration.ReadWrite.All',
  scripts: 'DeviceManagementScripts.ReadWrite.All',
} as const;
export const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';
export const GRAPH_BETA = 'https://graph.microsoft.com/beta';

export interface ReadmeInput {
  plan: Plan;
  profiles: readonly CustomProfile[];
  /** Settings Catalog policies, written under `settingsCatalogFolder/<name>.json`. */
  catalogPolicies: readonly SettingsCatalogPolicy[];
  settingsCatalogFolder: string;
  /** Each package with the path of its JSON body, relative to the intune folder. */
  remediations: readonly { scripts: RemediationScripts; bodyPath: string; folder: string; displayName: string }[];
  /** Path of a profile's JSON body, relative to the intune folder. */
  profilePath: (profile: CustomProfile) => string;
  ingestedPolicies: number;
  intuneManagementFolder: string;
  notCarried: readonly Operation[];
}

interface ReadmeView {
  header: Markdown;
  profileName: string;
  generatedBy: string;
  ingestedPolicies: number;
  hasUserProfile: boolean;
  profiles: { file: Markdown; displayName: Markdown; settings: number }[];
  catalogPolicies: { file: Markdown; displayName: Markdown; settings: number }[];
  remediations: { file: Markdown; folder: Markdown; displayName: Markdown; runAs: string; values: number }[];
  intuneManagementFolder: Markdown;
  /** The IntuneManagement object folders this bundle actually has. */
  intuneManagementTypes: string;
  /** "object types *Settings Catalog* and *Device Configuration*": what to tick in IntuneManagement's import. */
  intuneManagementObjectTypes: Markdown;
  /** "one vehicle" / "two vehicles" / "three vehicles": how many of the three the bundle uses. */
  vehicleCount: string;
  /** Native CSP settings and the controls they come from (0 when none). */
  csp: { settings: number; controls: Markdown };
  /** Which custom profiles turn the ingested policies on: "Device", "User" or "Device and User". */
  ingestionProfiles: string;
  notCarried: { id: Markdown; reason: string }[];
  blocks: Record<'connect' | 'importProfiles' | 'importScripts' | 'assign' | 'backup' | 'remove', Markdown>;
}

const template = () => loadTemplate<ReadmeView>('intune/README.md.ejs', escapeMarkdown);

export function renderReadmeText(input: ReadmeInput): string {
  const text = template()(readmeView(input));
  if (text.includes('\u0000')) throw new InternalError('the Intune README contains NUL');
  return text;
}

/** The IntuneManagement object types to import, as its Bulk Import dialog names them. */
function objectTypes(input: ReadmeInput): Markdown {
  const names = [
    ...(input.catalogPolicies.length > 0 ? ['Settings Catalog'] : []),
    ...(input.profiles.length > 0 ? ['Device Configuration'] : []),
    ...(input.remediations.length > 0 ? ['Health Scripts'] : []),
  ].map((n) => `*${n}*`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  return new Markdown(`object type${names.length === 1 ? '' : 's'} ${list}`);
}

function readmeView(input: ReadmeInput): ReadmeView {
  const { plan } = input;
  const ps = (lines: string[]) => mdFence('powershell', lines);
  const createLines = (base: string, collection: string, path: string, variable: string) => [
    `$${variable} = Invoke-MgGraphRequest -Method POST -Uri ${psString(`${base}/deviceManagement/${collection}`)} -ContentType 'application/json' -Body (Get-Content -Raw -LiteralPath ${psString(`.\\${path.replace(/\//g, '\\')}`)})`,
    `$${variable}.id`,
  ];
  const catalogPath = (p: SettingsCatalogPolicy) => `${input.settingsCatalogFolder}/${p.name}.json`;
  // Settings Catalog first: a custom profile of the same devices then only adds what no definition carries.
  const importPolicies = input.catalogPolicies.flatMap((p, i) =>
    createLines(GRAPH_BETA, 'configurationPolicies', catalogPath(p), `policy${i + 1}`),
  );
  const importProfiles = input.profiles.flatMap((p, i) =>
    createLines(GRAPH_V1, 'deviceConfigurations', input.profilePath(p), `profile${i + 1}`),
  );
  const importScripts = input.remediations.flatMap((r, i) =>
    createLines(GRAPH_BETA, 'deviceHealthScripts', r.bodyPath, `remediation${i + 1}`),
  );
  const backupKeys = distinctKeys(input.remediations.flatMap((r) => r.scripts.operations));
  // Every sentence about what the bundle holds is derived from what it holds (placement is the same split
  // the renderer used, read again here rather than passed in).
  const placed = placeOperations(plan.operations);
  const cspControls = [...new Set(placed.csp.flatMap((c) => c.op.controls))].sort();
  const ingestionScopes = (['Machine', 'User'] as const).filter((scope) => placed.ingestion.some((op) => op.scope === scope));
  const vehicles = [
    input.catalogPolicies.length > 0,
    placed.csp.length > 0,
    input.ingestedPolicies > 0,
    input.remediations.length > 0,
  ].filter(Boolean).length;
  const imTypes = [
    ...(input.catalogPolicies.length > 0 ? [INTUNE_MANAGEMENT_FOLDERS.settingsCatalog] : []),
    ...(input.profiles.length > 0 ? [INTUNE_MANAGEMENT_FOLDERS.deviceConfiguration] : []),
    ...(input.remediations.length > 0 ? [INTUNE_MANAGEMENT_FOLDERS.deviceHealthScripts] : []),
  ];
  return {
    header: new Markdown(`<!-- ${htmlCommentText(generatedBy(plan)).replace(/[\r\n\u2028\u2029]/g, ' ')} -->`),
    profileName: plan.profile.name,
    generatedBy: generatedBySentence(plan),
    ingestedPolicies: input.ingestedPolicies,
    hasUserProfile: input.profiles.some((p) => p.scope === 'User'),
    profiles: input.profiles.map((p) => ({
      file: mdCode(input.profilePath(p), { inTable: true }),
      displayName: mdCode(p.body.displayName, { inTable: true }),
      settings: p.body.omaSettings.length,
    })),
    catalogPolicies: input.catalogPolicies.map((p) => ({
      file: mdCode(catalogPath(p), { inTable: true }),
      displayName: mdCode(p.body.name, { inTable: true }),
      settings: p.operations.length,
    })),
    remediations: input.remediations.map((r) => ({
      file: mdCode(r.bodyPath, { inTable: true }),
      folder: mdCode(`${r.folder}/`, { inTable: true }),
      displayName: mdCode(r.displayName, { inTable: true }),
      runAs: r.scripts.account === 'system' ? 'SYSTEM (HKLM)' : 'the signed-in user (HKCU)',
      values: r.scripts.operations.length,
    })),
    intuneManagementFolder: mdCode(`${input.intuneManagementFolder}/`, { inTable: true }),
    intuneManagementTypes: imTypes.join(', '),
    intuneManagementObjectTypes: objectTypes(input),
    vehicleCount: `${['no', 'one', 'two', 'three', 'four'][vehicles]} vehicle${vehicles === 1 ? '' : 's'}`,
    csp: { settings: placed.csp.length, controls: new Markdown(cspControls.map((c) => mdCode(c).text).join(', ')) },
    ingestionProfiles: ingestionScopes.map((scope) => (scope === 'Machine' ? 'Device' : 'User')).join(' and '),
    notCarried: input.notCarried.map((op) => ({ id: mdCode(op.id), reason: op.routes.intune.reason ?? 'no Intune route' })),
    blocks: {
      connect: ps([
        'Install-Module Microsoft.Graph.Authentication -Scope CurrentUser',
        `Connect-MgGraph -Scopes ${[GRAPH_SCOPES.configuration, ...(input.remediations.length > 0 ? [GRAPH_SCOPES.scripts] : [])].map(psString).join(', ')}`,
      ]),
      importProfiles: ps(
        importPolicies.length + importProfiles.length
          ? [...importPolicies, ...importProfiles]
          : ['# (no configuration profile in this bundle)'],
      ),
      importScripts: ps(importScripts.length ? importScripts : ['# (no remediation package in this bundle)']),
      // Only a bundle with policies or profiles gets the Graph assignment body: Remediations are assigned in the admin center.
      assign: ps(
        input.catalogPolicies.length + input.profiles.length === 0
          ? ['# (no configuration profile in this bundle: assign the Remediations packages in the admin center)']
          : [
              "$groupId = '00000000-0000-0000-0000-000000000000'   # object id of the Entra ID group to target",
              "$assignment = @{ assignments = @(@{ target = @{ '@odata.type' = '#microsoft.graph.groupAssignmentTarget'; groupId = $groupId } }) } | ConvertTo-Json -Depth 5",
              ...input.catalogPolicies.map(
                (_, i) =>
                  `Invoke-MgGraphRequest -Method POST -Uri (${psString(`${GRAPH_BETA}/deviceManagement/configurationPolicies/`)} + $policy${i + 1}.id + '/assign') -ContentType 'application/json' -Body $assignment`,
              ),
              ...input.profiles.map(
                (_, i) =>
                  `Invoke-MgGraphRequest -Method POST -Uri (${psString(`${GRAPH_V1}/deviceManagement/deviceConfigurations/`)} + $profile${i + 1}.id + '/assign') -ContentType 'application/json' -Body $assignment`,
              ),
            ],
      ),
      backup: ps([
        "New-Item -ItemType Directory -Force -Path '.\\t1559-backup' | Out-Null",
        ...backupKeys.map(
          (k, i) =>
            `reg.exe export ${psString(`${k.hive}\\${k.key}`)} ${psString(`.\\t1559-backup\\${String(i + 1).padStart(2, '0')}-${k.hive}.reg`)} /y`,
        ),
      ]),
      remove: ps([
        ...input.catalogPolicies.map(
          (_, i) =>
            `Invoke-MgGraphRequest -Method DELETE -Uri (${psString(`${GRAPH_BETA}/deviceManagement/configurationPolicies/`)} + $policy${i + 1}.id)`,
        ),
        ...input.profiles.map(
          (_, i) =>
            `Invoke-MgGraphRequest -Method DELETE -Uri (${psString(`${GRAPH_V1}/deviceManagement/deviceConfigurations/`)} + $profile${i + 1}.id)`,
        ),
        ...input.remediations.map(
          (_, i) =>
            `Invoke-MgGraphRequest -Method DELETE -Uri (${psString(`${GRAPH_BETA}/deviceManagement/deviceHealthScripts/`)} + $remediation${i + 1}.id)`,
        ),
        ...(input.catalogPolicies.length + input.profiles.length + input.remediations.length === 0 ? ['# (nothing was created)'] : []),
      ]),
    },
  };
}

/** Keys the remediation scripts touch, each once (case-insensitive), in plan order. */
function distinctKeys(ops: readonly Operation[]): { hive: string; key: string }[] {
  const seen = new Set<string>();
  const out: { hive: string; key: string }[] = [];
  for (const op of ops) {
    if (op.type !== 'registry') continue;
    const hive = hiveOf(op.scope);
    const id = `${hive}\\${op.key}`.toLowerCase();
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ hive, key: op.key });
  }
  return out;
}
