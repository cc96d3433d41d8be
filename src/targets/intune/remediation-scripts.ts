/**
 * The detection and remediation scripts of an Intune Remediations package (Graph beta `deviceHealthScript`;
 * docs/formats.md "Intune"), rendered from templates/intune/detect.ps1.ejs and remediate.ps1.ejs, which share
 * registry-settings.ps1.ejs.
 *
 * One pair per account, not per control: `T1559 - Machine` runs as SYSTEM for the HKLM values and `T1559 - User`
 * as the signed-in user for the HKCU values (the route says which). Admins deploy, schedule and watch two
 * packages instead of one per control, and every output line names the operation id (which starts with the
 * control id), so the per-device output still tells which control is off.
 *
 * The scripts are data-driven: every operation is one entry of a `$Settings` table (key, name, action, kind,
 * data), and fixed functions compare and write through Microsoft.Win32.RegistryKey in the 64-bit view:
 * reading with DoNotExpandEnvironmentNames compares REG_EXPAND_SZ exactly, CreateSubKey creates missing keys
 * without touching existing ones (New-Item -Force would recreate an existing registry key empty), and
 * SetValue/DeleteValue take the value name literally (the provider cmdlets treat `*?[]` in -Name as wildcards
 * and cannot address the default value by its empty name). Literals come from src/lib/powershell.ts only:
 * psString for text, psStringArray for REG_MULTI_SZ, psHexBytes for REG_BINARY (`[byte[]](0x01,...)`), and
 * checked decimal integers for REG_DWORD / REG_QWORD (as their signed .NET reading, the same bits).
 *
 * Bytes: UTF-8 with a BOM (Intune delivers the bytes unchanged, and Windows PowerShell 5.1 reads a BOM-less
 * script in the ANSI code page, where UTF-8 text can turn into quote characters), LF line ends never
 * converted (a value containing a line break keeps exactly its bytes). The deviceHealthScript body carries
 * the base64 of exactly these bytes.
 */
import { loadTemplate } from '../../lib/templates.js';
import { InternalError } from '../../lib/errors.js';
import { psComment, psHexBytes, psString, psStringArray } from '../../lib/powershell.js';
import { MITIGATIONS } from '../../model/control.js';
import { generatedBy, type Plan, type RegistryOperation } from '../../model/plan.js';
import { formatValue, hiveOf, type RegistryValue } from '../../model/registry.js';
import { encodeText } from '../../model/artifact.js';
import type { RemediationAccount } from './placement.js';
import { isComRegistrationKey } from '../../model/registry.js';

export type ScriptKind = 'detect' | 'remediate';

export interface RemediationScripts {
  account: RemediationAccount;
  /** Folder and package name, e.g. "T1559 - Machine". */
  name: string;
  detect: Uint8Array;
  remediate: Uint8Array;
  operations: RegistryOperation[];
}

/** The `$Settings` Action of a registry action. */
export const SCRIPT_ACTIONS = {
  set: 'Set',
  deleteValue: 'DeleteValue',
  deleteAllValues: 'DeleteAllValues',
  createKey: 'CreateKey',
} as const;
/** The RegistryValueKind name of a registry value type. */
export const SCRIPT_KINDS = {
  REG_SZ: 'String',
  REG_EXPAND_SZ: 'ExpandString',
  REG_DWORD: 'DWord',
  REG_QWORD: 'QWord',
  REG_MULTI_SZ: 'MultiString',
  REG_BINARY: 'Binary',
} as const;

export function remediationName(account: RemediationAccount): string {
  return account === 'system' ? 'T1559 - Machine' : 'T1559 - User';
}

interface SettingView {
  comments: string[];
  fields: string[];
}

interface ScriptView {
  header: string[];
  purpose: string[];
  notes: string[];
  runAsText: string;
  hiveName: string;
  hiveLabel: string;
  profileName: string;
  accessDeniedHint: string;
  settings: SettingView[];
}

/** The templates are part of the program: read once, on first use, from the installed package. */
function template(kind: ScriptKind) {
  return loadTemplate<ScriptView>(`intune/${kind}.ps1.ejs`, 'preQuoted');
}

export function renderRemediationScripts(
  plan: Plan,
  account: RemediationAccount,
  operations: readonly RegistryOperation[],
): RemediationScripts {
  const view = scriptView(plan, account, operations);
  const render = (kind: ScriptKind) => encodeText(template(kind)(view), { encoding: 'utf8bom' });
  return { account, name: remediationName(account), detect: render('detect'), remediate: render('remediate'), operations: [...operations] };
}

function scriptView(plan: Plan, account: RemediationAccount, operations: readonly RegistryOperation[]): ScriptView {
  const machine = account === 'system';
  const hive = machine ? 'HKEY_LOCAL_MACHINE' : 'HKEY_CURRENT_USER';
  const appIds = operations.some((op) => isComRegistrationKey(op.key));
  const notes: string[] = [];
  if (appIds) {
    notes.push(
      psComment(
        'COM AppID keys (SOFTWARE\\Classes\\AppID\\{...}) are often owned by TrustedInstaller, which lets SYSTEM read but not write them.',
      ),
      psComment('The remediation then reports ACCESS DENIED for that value and goes on with the others; take ownership of the key for'),
      psComment('Administrators and give SYSTEM Full Control (or leave that AppID out of the profile), and the next run sets it.'),
    );
  }
  return {
    header: [
      psComment(`${generatedBy(plan)}. Do not edit: change the profile and rebuild.`),
      ...(plan.profile.description ? [psComment(`Profile: ${plan.profile.description}`)] : []),
    ],
    purpose: [
      psComment(
        `MITRE ATT&CK T1559 (Inter-Process Communication: COM and DDE) hardening: ${operations.length} ${hive} registry value${operations.length === 1 ? '' : 's'}`,
      ),
      psComment('that no Intune policy can carry (see each entry for why), checked by detect.ps1 and set by remediate.ps1.'),
      psComment('detect.ps1 exit codes: 0 = every value is as the profile wants; 1 = at least one differs or cannot be read, so'),
      psComment('  Intune runs remediate.ps1. remediate.ps1 exit codes: 0 = every value is as wanted now (set, or already right);'),
      psComment('  1 = at least one value could not be set (ACCESS DENIED or FAILED lines say which and why).'),
      psComment('Output: one line per value that differs or was changed (with its operation id and the data found),'),
      psComment('then one summary line, the line Intune shows in the portal.'),
    ],
    notes,
    runAsText: machine
      ? 'SYSTEM (run this script using the logged-on credentials: No)'
      : 'the signed-in user (run this script using the logged-on credentials: Yes)',
    hiveName: psString(machine ? 'LocalMachine' : 'CurrentUser'),
    hiveLabel: psString(hiveOf(machine ? 'Machine' : 'User')),
    profileName: psString(plan.profile.name),
    accessDeniedHint: psString(
      machine
        ? 'The key denies SYSTEM write access; keys owned by TrustedInstaller (many COM AppID keys) do. Take ownership of the key for Administrators and grant SYSTEM Full Control, or leave this value out of the profile.'
        : 'The key denies the signed-in user write access; standard users cannot write their own Software\\Policies branch. Deliver this value another way (Group Policy), or leave it out of the profile.',
    ),
    settings: operations.map((op) => settingView(op)),
  };
}

function settingView(op: RegistryOperation): SettingView {
  const mitigations = op.mitigations.map((m) => `${m} ${MITIGATIONS[m] ?? ''}`.trim()).join(', ');
  const where = `${hiveOf(op.scope)}\\${op.key}${op.action === 'set' || op.action === 'deleteValue' ? `\\${op.valueName}` : ''}`;
  const comments = [
    psComment(`${op.id}: ${op.title}`),
    psComment(`control ${op.controls.join(', ')} | mitigation ${mitigations} | techniques ${op.techniques.join(', ')}`),
    psComment(`${where}: ${describe(op)}`),
  ];
  if (op.sddl !== undefined) comments.push(psComment(`Security descriptor from SDDL ${op.sddl}`));
  const route = op.routes.intune;
  if (route.reason) comments.push(psComment(`Why a script: ${route.reason}.`));
  const kind = op.action === 'set' ? valueOf(op).type : undefined;
  const fields: [string, string][] = [
    ['Id', psString(op.id)],
    ['Key', psString(op.key)],
    ['Name', psString(op.valueName)],
    ['Action', psString(SCRIPT_ACTIONS[op.action])],
    ['Kind', kind ? psString(SCRIPT_KINDS[kind]) : '$null'],
    ['Data', op.action === 'set' ? dataLiteral(valueOf(op)) : '$null'],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return { comments, fields: fields.map(([k, v]) => `${k.padEnd(width)} = ${v}`) };
}

function valueOf(op: RegistryOperation): RegistryValue {
  if (!op.value) throw new InternalError(`${op.id} sets a value but has none`);
  return op.value;
}

function describe(op: RegistryOperation): string {
  switch (op.action) {
    case 'set':
      return `${valueOf(op).type} ${formatValue(valueOf(op))}`;
    case 'deleteValue':
      return 'must be absent';
    case 'deleteAllValues':
      return 'must hold no values';
    case 'createKey':
      return 'must exist';
  }
}

/** Two's-complement reading of an unsigned registry number, as the .NET Int32/Int64 that holds it. */
function signedDecimal(value: bigint, bits: 32 | 64): string {
  const n = BigInt.asIntN(bits, value);
  if (BigInt.asUintN(bits, n) !== value) throw new InternalError(`${value} does not fit in ${bits} bits`);
  return n.toString();
}

/** The PowerShell literal of the data, typed as RegistryKey.SetValue wants it for the kind. */
export function dataLiteral(value: RegistryValue): string {
  switch (value.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return psString(value.data);
    case 'REG_DWORD':
      return `[int]${signedDecimal(BigInt(value.data), 32)}`;
    case 'REG_QWORD':
      return `[long]${signedDecimal(BigInt(value.data), 64)}`;
    case 'REG_MULTI_SZ':
      return `[string[]]${psStringArray(value.data)}`;
    case 'REG_BINARY':
      return psHexBytes(Buffer.from(value.data, 'hex'));
  }
}
