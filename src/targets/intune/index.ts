/**
 * Target "intune": Microsoft Intune artifacts for the plan (docs/formats.md "Intune"; docs/domain.md "Delivery channels"),
 * everything under `intune/`:
 * - `settings-catalog/T1559 - Device - ASR.json`, `... - Device - Audit.json`, `... - User - Office.json`: Graph
 *   beta `configurationPolicies` bodies for what a Settings Catalog definition carries (settings-catalog.ts);
 * - `T1559 - Device.json`, `T1559 - User.json` (`T1559 - Device (2).json`... past 1000 settings): Graph request
 *   bodies for custom OMA-URI profiles (`windows10CustomConfiguration`) with the native CSP settings, the ADMX
 *   ingestion install and the ingested policies (custom-configuration.ts, native-csp.ts, admx-ingestion.ts);
 * - `remediations/T1559 - Machine/{detect,remediate}.ps1` and `remediations/T1559 - User/...`, each with its
 *   Graph `deviceHealthScript` body `remediations/T1559 - Machine.json` (remediation-scripts.ts,
 *   device-health-script.ts);
 * - `IntuneManagement/SettingsCatalog/*.json`, `IntuneManagement/DeviceConfiguration/*.json`, `IntuneManagement/DeviceHealthScripts/*.json`: the same objects
 *   for IntuneManagement's import (intune-management.ts);
 * - `README.md`: how to import, assign and roll back (readme.ts).
 * Which vehicle carries an operation is the plan's `routes.intune` (placement.ts); operations the route marks
 * notCarried are listed in the README. Pure: same plan, same bytes.
 */
import type { Plan } from '../../model/plan.js';
import { textArtifact, type Artifact } from '../../model/artifact.js';
import { ingestion } from './admx-ingestion.js';
import { customProfiles, intuneDisplayName, type CustomProfile } from './custom-configuration.js';
import { deviceHealthScript } from './device-health-script.js';
import { graphJsonArtifact } from './graph-json.js';
import { INTUNE_MANAGEMENT_FOLDERS, intuneManagementHealthScript, intuneManagementProfile } from './intune-management.js';
import { cspSettings } from './native-csp.js';
import { placeOperations } from './placement.js';
import { renderReadmeText } from './readme.js';
import { renderRemediationScripts } from './remediation-scripts.js';
import { settingsCatalogPolicies } from './settings-catalog.js';
import type { Target } from '../target.js';
import { intuneBundleReadme } from './bundle-readme.js';

export const INTUNE_DIR = 'intune';
export const INTUNE_MANAGEMENT_DIR = 'IntuneManagement';
export const REMEDIATIONS_DIR = 'remediations';
export const SETTINGS_CATALOG_DIR = 'settings-catalog';

export function renderIntune(plan: Plan): Artifact[] {
  const placed = placeOperations(plan.operations);
  const ingested = ingestion(plan, placed.ingestion);
  const profiles = customProfiles(plan, cspSettings(plan, placed.csp), ingested);
  const profilePath = (p: CustomProfile) => `${p.name}.json`;

  const artifacts: Artifact[] = [];
  const catalogPolicies = settingsCatalogPolicies(plan, placed.settingsCatalog, (topic) => `T1559 - ${topic}`);
  for (const p of catalogPolicies) {
    artifacts.push(graphJsonArtifact(`${INTUNE_DIR}/${SETTINGS_CATALOG_DIR}/${p.name}.json`, p.body));
    artifacts.push(
      graphJsonArtifact(`${INTUNE_DIR}/${INTUNE_MANAGEMENT_DIR}/${INTUNE_MANAGEMENT_FOLDERS.settingsCatalog}/${p.name}.json`, p.body),
    );
  }
  for (const p of profiles) {
    artifacts.push(graphJsonArtifact(`${INTUNE_DIR}/${profilePath(p)}`, p.body));
    artifacts.push(
      graphJsonArtifact(
        `${INTUNE_DIR}/${INTUNE_MANAGEMENT_DIR}/${INTUNE_MANAGEMENT_FOLDERS.deviceConfiguration}/${p.name}.json`,
        intuneManagementProfile(p),
      ),
    );
  }

  const remediations = [];
  for (const account of ['system', 'user'] as const) {
    const ops = placed.remediation[account];
    if (ops.length === 0) continue;
    const scripts = renderRemediationScripts(plan, account, ops);
    const folder = `${REMEDIATIONS_DIR}/${scripts.name}`;
    const bodyPath = `${REMEDIATIONS_DIR}/${scripts.name}.json`;
    const body = deviceHealthScript(plan, scripts);
    artifacts.push(
      { path: `${INTUNE_DIR}/${folder}/detect.ps1`, bytes: scripts.detect },
      { path: `${INTUNE_DIR}/${folder}/remediate.ps1`, bytes: scripts.remediate },
      graphJsonArtifact(`${INTUNE_DIR}/${bodyPath}`, body),
      graphJsonArtifact(
        `${INTUNE_DIR}/${INTUNE_MANAGEMENT_DIR}/${INTUNE_MANAGEMENT_FOLDERS.deviceHealthScripts}/${scripts.name}.json`,
        intuneManagementHealthScript(body),
      ),
    );
    remediations.push({ scripts, bodyPath, folder, displayName: intuneDisplayName(plan, scripts.name) });
  }

  const readme = renderReadmeText({
    plan,
    profiles,
    catalogPolicies,
    settingsCatalogFolder: SETTINGS_CATALOG_DIR,
    remediations,
    profilePath,
    ingestedPolicies: ingested?.policies.length ?? 0,
    intuneManagementFolder: INTUNE_MANAGEMENT_DIR,
    notCarried: placed.notCarried,
  });
  artifacts.push(textArtifact(`${INTUNE_DIR}/README.md`, readme));
  return artifacts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export const intuneTarget: Target = { name: 'intune', channels: ['intune'], render: renderIntune, readme: intuneBundleReadme };
