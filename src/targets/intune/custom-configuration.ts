/**
 * Custom configuration profiles: Graph `POST /deviceManagement/deviceConfigurations` bodies of type
 * `#microsoft.graph.windows10CustomConfiguration` (docs/formats.md "Intune"), one for device settings
 * (`./Device/...`) and one for user settings (`./User/...`).
 *
 * Order inside the Device profile: native CSP settings, then the ADMX install, then the ingested Machine
 * policies (the install precedes the policies that need it). A profile holds at most 1000 settings; more are
 * split into `T1559 - Device (2)` and so on, in the same order (the install stays in the first part; a
 * policy applied before its ADMX is installed is retried by Intune at the next check-in).
 */
import { InternalError } from '../../lib/errors.js';
import { generatedBySentence, type Operation, type Plan } from '../../model/plan.js';
import type { Ingestion } from './admx-ingestion.js';
import {
  MAX_OMA_SETTINGS,
  windows10CustomConfigurationSchema,
  type OmaSetting,
  type Windows10CustomConfiguration,
} from './graph-schema.js';
import type { CspSetting } from './native-csp.js';
import { attackIds } from './provenance-text.js';

export type ProfileScope = 'Device' | 'User';

export interface CustomProfile {
  scope: ProfileScope;
  /** File name without `.json`, e.g. "T1559 - Device" or "T1559 - Device (2)". */
  name: string;
  body: Windows10CustomConfiguration;
  /** The plan operations the profile carries. */
  operations: Operation[];
}

interface Entry {
  setting: OmaSetting;
  operations: Operation[];
}

export function profileBaseName(scope: ProfileScope): string {
  return `T1559 - ${scope}`;
}

/** The name Intune shows: the file name and the profile it came from. */
export function intuneDisplayName(plan: Plan, name: string): string {
  return `${name} - ${plan.profile.name}`;
}

export function customProfiles(
  plan: Plan,
  csp: readonly CspSetting[],
  ingested: Ingestion | undefined,
  chunkSize = MAX_OMA_SETTINGS,
): CustomProfile[] {
  const entries: Record<ProfileScope, Entry[]> = { Device: [], User: [] };
  for (const c of csp) entries[c.scope].push({ setting: c.setting, operations: c.operations });
  if (ingested) {
    entries.Device.push({ setting: ingested.install, operations: [] });
    for (const p of ingested.policies) entries[p.scope].push({ setting: p.setting, operations: p.operations });
  }
  const out: CustomProfile[] = [];
  for (const scope of ['Device', 'User'] as const) {
    const list = entries[scope];
    const parts = Math.ceil(list.length / chunkSize);
    for (let i = 0; i < parts; i++) {
      const chunk = list.slice(i * chunkSize, (i + 1) * chunkSize);
      const name = `${profileBaseName(scope)}${i === 0 ? '' : ` (${i + 1})`}`;
      const operations = [...new Set(chunk.flatMap((e) => e.operations))];
      const body: Windows10CustomConfiguration = {
        '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
        displayName: intuneDisplayName(plan, name),
        description: profileDescription(
          plan,
          scope,
          operations,
          parts > 1 ? { part: i + 1, of: parts } : undefined,
          ingested !== undefined,
        ),
        omaSettings: chunk.map((e) => e.setting),
      };
      const checked = windows10CustomConfigurationSchema.safeParse(body);
      if (!checked.success)
        throw new InternalError(
          `the ${name} profile does not match the Graph model: ${checked.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
        );
      out.push({ scope, name, body, operations });
    }
  }
  return out;
}

function profileDescription(
  plan: Plan,
  scope: ProfileScope,
  operations: readonly Operation[],
  split: { part: number; of: number } | undefined,
  hasIngestion: boolean,
): string {
  const controls = [...new Set(operations.flatMap((op) => op.controls))];
  const lines = [
    `MITRE ATT&CK T1559 Inter-Process Communication (COM and DDE) hardening: ${scope === 'Device' ? 'device' : 'user'} settings of t1559 profile ${plan.profile.name}${split ? `, part ${split.part} of ${split.of}` : ''}.`,
  ];
  if (plan.profile.description) lines.push(`Profile: ${plan.profile.description}`);
  if (controls.length) lines.push(`Controls: ${controls.join(', ')}.`, `ATT&CK: ${attackIds(operations).join(', ')}.`);
  if (hasIngestion) {
    lines.push(
      scope === 'Device'
        ? `Installs the T1559 ADMX that the User profile's settings also need: assign ${intuneDisplayName(plan, profileBaseName('Device'))} to the devices of every user who gets ${intuneDisplayName(plan, profileBaseName('User'))}.`
        : `Needs the T1559 ADMX installed by ${intuneDisplayName(plan, profileBaseName('Device'))}: assign that profile to these users' devices too.`,
    );
  }
  lines.push(generatedBySentence(plan));
  return lines.join('\n');
}
