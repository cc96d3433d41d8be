/**
 * audit/Test-T1559.ps1: the read-only posture audit (templates/audit/Test-T1559.ps1.ejs; docs/formats.md
 * "Audit result"). Data-driven like the Intune remediation scripts: one `$Settings` entry per registry operation
 * of the plan, both scopes, whatever channel carries it (a machine is audited for the values, not for the
 * vehicle), and one `$AuditSettings` entry per advanced audit subcategory. The expected data is written in the
 * result file's own shape (DWord the unsigned stored bits, QWord decimal text, Binary hex), so the script
 * compares like with like and the file needs no second conversion.
 *
 * Bytes: UTF-8 with a BOM (Windows PowerShell 5.1 reads a BOM-less script in the ANSI code page), LF line ends.
 */
import { InternalError } from '../../lib/errors.js';
import { psComment, psString, psStringArray } from '../../lib/powershell.js';
import { encodeText } from '../../model/artifact.js';
import { generatedBy, type Plan, type RegistryOperation } from '../../model/plan.js';
import { hiveOf, type RegistryValue } from '../../model/registry.js';
import { loadTemplate } from '../../lib/templates.js';
import { auditExpectations, expectationHash, isAsrRule, registryExpectations } from '../../plan-readers/expectations.js';
import { SCRIPT_ACTIONS, SCRIPT_KINDS } from '../intune/remediation-scripts.js';

export const AUDIT_SCRIPT_PATH = 'audit/Test-T1559.ps1';

interface Entry {
  comment?: string;
  fields: string[];
}

interface AuditScriptView {
  header: string[];
  toolVersion: string;
  profileName: string;
  profileHash: string;
  settings: Entry[];
  audits: Entry[];
}

function template() {
  return loadTemplate<AuditScriptView>('audit/Test-T1559.ps1.ejs', 'preQuoted');
}

/** The expected kind and data as the result file records them, as a PowerShell ordered hashtable. */
export function expectedLiteral(value: RegistryValue): string {
  const kind = psString(SCRIPT_KINDS[value.type]);
  switch (value.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return `[ordered]@{ kind = ${kind}; data = ${psString(value.data)} }`;
    case 'REG_DWORD':
      if (!Number.isInteger(value.data) || value.data < 0 || value.data > 0xffffffff)
        throw new InternalError(`DWORD ${value.data} out of range`);
      return `[ordered]@{ kind = ${kind}; data = [uint32]${value.data} }`;
    case 'REG_QWORD':
      return `[ordered]@{ kind = ${kind}; data = ${psString(value.data)} }`;
    case 'REG_MULTI_SZ':
      return `[ordered]@{ kind = ${kind}; data = [string[]]${psStringArray(value.data)} }`;
    case 'REG_BINARY':
      return `[ordered]@{ kind = ${kind}; data = ${psString(value.data)} }`;
  }
}

function aligned(fields: [string, string][]): string[] {
  const width = Math.max(...fields.map(([k]) => k.length));
  return fields.map(([k, v]) => `${k.padEnd(width)} = ${v}`);
}

function settingEntry(op: RegistryOperation): Entry {
  if (op.action === 'set' && !op.value) throw new InternalError(`${op.id} sets a value but has none`);
  return {
    comment: psComment(
      `${op.id} (${op.controls.join(', ')}): ${hiveOf(op.scope)}\\${op.key}${op.action === 'set' || op.action === 'deleteValue' ? `\\${op.valueName}` : ''}`,
    ),
    fields: aligned([
      ['Id', psString(op.id)],
      ['Scope', psString(op.scope)],
      ['Key', psString(op.key)],
      ['Name', psString(op.valueName)],
      ['Action', psString(SCRIPT_ACTIONS[op.action])],
      ['Expected', op.action === 'set' && op.value ? expectedLiteral(op.value) : '$null'],
      ['Asr', isAsrRule(op) ? '$true' : '$false'],
    ]),
  };
}

export function renderAuditScript(plan: Plan): Uint8Array {
  const view: AuditScriptView = {
    header: [
      psComment(`${generatedBy(plan)}. Do not edit: change the profile and rebuild.`),
      ...(plan.profile.description ? [psComment(`Profile: ${plan.profile.description}`)] : []),
    ],
    toolVersion: psString(plan.tool.version),
    profileName: psString(plan.profile.name),
    profileHash: psString(expectationHash(plan)),
    settings: registryExpectations(plan).map(settingEntry),
    audits: auditExpectations(plan).map((op) => ({
      fields: aligned([
        ['Id', psString(op.id)],
        ['Guid', psString(op.audit.guid)],
        ['Subcategory', psString(op.audit.subcategory)],
        ['Success', op.audit.success ? '$true' : '$false'],
        ['Failure', op.audit.failure ? '$true' : '$false'],
      ]),
    })),
  };
  return encodeText(template()(view), { encoding: 'utf8bom' });
}
