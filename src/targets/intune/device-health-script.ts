/**
 * Remediations package body: Graph beta `POST /deviceManagement/deviceHealthScripts`,
 * `#microsoft.graph.deviceHealthScript` (docs/formats.md "Intune"). The script contents are the base64 of exactly
 * the script artifacts' bytes (UTF-8 with BOM), so the package and the .ps1 files beside it cannot drift.
 * runAsAccount follows the route (system for HKLM, user for HKCU); 64-bit PowerShell; no signature check (the
 * generated scripts are not signed; sign them and switch it on if your tenant requires signed scripts).
 */
import { InternalError } from '../../lib/errors.js';
import { generatedBySentence, type Plan } from '../../model/plan.js';
import { intuneDisplayName } from './custom-configuration.js';
import { deviceHealthScriptSchema, type DeviceHealthScript } from './graph-schema.js';
import { provenanceText } from './provenance-text.js';
import type { RemediationScripts } from './remediation-scripts.js';

export const PUBLISHER = 't1559';

export function deviceHealthScript(plan: Plan, scripts: RemediationScripts): DeviceHealthScript {
  const hive = scripts.account === 'system' ? 'HKLM, run as SYSTEM' : 'HKCU, run as the signed-in user';
  const body: DeviceHealthScript = {
    '@odata.type': '#microsoft.graph.deviceHealthScript',
    displayName: intuneDisplayName(plan, scripts.name),
    description: [
      `MITRE ATT&CK T1559 Inter-Process Communication (COM and DDE) hardening: ${scripts.operations.length} registry value${scripts.operations.length === 1 ? '' : 's'} (${hive}) that no Intune policy can carry.`,
      `${provenanceText(plan, scripts.operations)}.`,
      'Detection exits 1 when a value differs; remediation sets it and reports ACCESS DENIED for keys it may not write.',
      generatedBySentence(plan),
    ].join('\n'),
    publisher: PUBLISHER,
    detectionScriptContent: Buffer.from(scripts.detect).toString('base64'),
    remediationScriptContent: Buffer.from(scripts.remediate).toString('base64'),
    runAsAccount: scripts.account,
    enforceSignatureCheck: false,
    runAs32Bit: false,
  };
  const checked = deviceHealthScriptSchema.safeParse(body);
  if (!checked.success)
    throw new InternalError(
      `the ${scripts.name} remediation does not match the Graph model: ${checked.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
    );
  return body;
}
