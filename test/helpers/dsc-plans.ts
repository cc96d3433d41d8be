/**
 * Synthetic plans for the DSC renderer tests: operations routed exactly like resolved ones (routes from
 * src/catalog/routes.ts), with hostile text wherever a profile or catalog string can reach the output.
 */
import type { Operation, Plan } from '../../src/model/plan.js';
import { auditOp, registryOp } from './synthetic-ops.js';

export { auditOp, registryOp };

/** Strings that try to leave a PowerShell literal, a comment or a YAML scalar. */
export const HOSTILE_TEXT: readonly string[] = [
  "it's",
  "'; Stop-Computer; '",
  '\u2018left\u2019 \u201Alow\u201B',
  '\u2019; Stop-Computer; \u2019',
  '"double" \u201Cdq\u201D \u201Elow',
  '$(Stop-Computer)',
  '${env:SystemRoot}',
  '`n`$x backtick`',
  'line1\nline2',
  'crlf\r\nline',
  '#> $evil = 1',
  '<# block',
  'smile \u{1F600} \u{10FFFF}',
  'nel\u0085ls\u2028ps\u2029',
  'yaml: #not a comment',
  '- item',
  '{ "json": [1] }',
  'true',
  '0x1F',
  ' leading and trailing ',
  'tab\there',
  '\u00e9\u0451\u0419 \u4e2d\u6587',
  'del\u007f c1\u0080\u009f bom\ufeff',
];

export function syntheticPlan(operations: Operation[], profile: Partial<Plan['profile']> = {}): Plan {
  return {
    tool: { name: 't1559', version: '0.0.0-test' },
    profile: {
      name: 'synthetic',
      description: 'synthetic plan for tests',
      officeVersions: ['16.0'],
      gpo: { displayName: 'x', domain: 'contoso.com', backupTime: '2000-01-01T00:00:00Z' },
      targets: ['dsc'],
      acknowledgeLockoutRisk: false,
      ...profile,
    },
    controls: [],
    operations,
  };
}

/**
 * One operation per (hostile string x place it can appear) and per value type and action, on every DSC route:
 * machine policy (RegistryPolicyFile ComputerConfiguration), user policy and user preference (UserConfiguration),
 * machine preference (Registry), plus audit. Keys, value names, data and titles all carry hostile text.
 */
export function hostilePlan(): Plan {
  const ops: Operation[] = [];
  HOSTILE_TEXT.forEach((text, i) => {
    const n = String(i).padStart(2, '0');
    // Keys cannot hold control characters (the model rejects them), so those strings go to names and data only.
    const keyText = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '_');
    ops.push(
      registryOp({ id: `hostile-${n}/machine-policy-sz`, scope: 'Machine', key: `Software\\Policies\\T1559 ${keyText}\\${n}`, valueName: text, value: { type: 'REG_SZ', data: text }, title: text }),
      registryOp({ id: `hostile-${n}/user-policy-expand`, scope: 'User', key: `Software\\Policies\\T1559\\${n}`, valueName: `${text} expand`, value: { type: 'REG_EXPAND_SZ', data: `%SystemRoot%\\${text}` }, title: text }),
      registryOp({ id: `hostile-${n}/user-preference-multi`, kind: 'preference', scope: 'User', key: `Software\\T1559\\${n}`, valueName: text, value: { type: 'REG_MULTI_SZ', data: [text, `${text} 2`] }, title: text }),
      registryOp({ id: `hostile-${n}/machine-preference-sz`, kind: 'preference', scope: 'Machine', key: `SOFTWARE\\T1559 ${keyText}\\${n}`, valueName: text, value: { type: 'REG_SZ', data: text }, title: text }),
      registryOp({ id: `hostile-${n}/machine-preference-multi`, kind: 'preference', scope: 'Machine', key: `SOFTWARE\\T1559\\${n}`, valueName: `multi ${text}`, value: { type: 'REG_MULTI_SZ', data: [text, text] }, title: text }),
      registryOp({ id: `hostile-${n}/user-policy-delete`, scope: 'User', key: `Software\\Policies\\T1559\\${n}`, valueName: `${text} gone`, action: 'deleteValue', title: text }),
    );
  });
  ops.push(
    registryOp({ id: 'types/machine-policy-dword-max', scope: 'Machine', key: 'Software\\Policies\\T1559', valueName: 'dword-max', value: { type: 'REG_DWORD', data: 0xffffffff } }),
    registryOp({ id: 'types/machine-policy-dword-signed-max', scope: 'Machine', key: 'Software\\Policies\\T1559', valueName: 'dword-signed-max', value: { type: 'REG_DWORD', data: 0x7fffffff } }),
    registryOp({ id: 'types/machine-policy-qword-max', scope: 'Machine', key: 'Software\\Policies\\T1559', valueName: 'qword-max', value: { type: 'REG_QWORD', data: '18446744073709551615' } }),
    registryOp({ id: 'types/machine-policy-qword-small', scope: 'Machine', key: 'Software\\Policies\\T1559', valueName: 'qword-small', value: { type: 'REG_QWORD', data: '42' } }),
    registryOp({ id: 'types/machine-policy-multi-empty', scope: 'Machine', key: 'Software\\Policies\\T1559', valueName: 'multi-empty', value: { type: 'REG_MULTI_SZ', data: [] } }),
    registryOp({ id: 'types/machine-policy-sz-empty', scope: 'Machine', key: 'Software\\Policies\\T1559', valueName: 'sz-empty', value: { type: 'REG_SZ', data: '' } }),
    registryOp({ id: 'types/machine-policy-delete', scope: 'Machine', key: 'Software\\Policies\\T1559', valueName: 'machine-gone', action: 'deleteValue' }),
    registryOp({ id: 'types/machine-preference-dword-max', kind: 'preference', scope: 'Machine', key: 'SOFTWARE\\T1559', valueName: 'dword-max', value: { type: 'REG_DWORD', data: 0xffffffff } }),
    registryOp({ id: 'types/machine-preference-dword', kind: 'preference', scope: 'Machine', key: 'SOFTWARE\\T1559', valueName: 'dword', value: { type: 'REG_DWORD', data: 5 } }),
    registryOp({ id: 'types/machine-preference-qword-max', kind: 'preference', scope: 'Machine', key: 'SOFTWARE\\T1559', valueName: 'qword-max', value: { type: 'REG_QWORD', data: '18446744073709551615' } }),
    registryOp({ id: 'types/machine-preference-qword', kind: 'preference', scope: 'Machine', key: 'SOFTWARE\\T1559', valueName: 'qword', value: { type: 'REG_QWORD', data: '9007199254740993' } }),
    registryOp({ id: 'types/machine-preference-binary', kind: 'preference', scope: 'Machine', key: 'SOFTWARE\\T1559', valueName: 'binary', value: { type: 'REG_BINARY', data: '00ff5b5d27223b0a' }, sddl: 'O:BAG:BAD:(A;;CCDC;;;BA)' }),
    registryOp({ id: 'types/machine-preference-binary-empty', kind: 'preference', scope: 'Machine', key: 'SOFTWARE\\T1559', valueName: 'binary-empty', value: { type: 'REG_BINARY', data: '' } }),
    registryOp({ id: 'types/machine-preference-expand', kind: 'preference', scope: 'Machine', key: 'SOFTWARE\\T1559', valueName: 'expand', value: { type: 'REG_EXPAND_SZ', data: '%ProgramFiles%\\x' } }),
    registryOp({ id: 'types/machine-preference-delete', kind: 'preference', scope: 'Machine', key: 'SOFTWARE\\T1559', valueName: 'gone', action: 'deleteValue' }),
    registryOp({ id: 'types/machine-preference-create-key', kind: 'preference', scope: 'Machine', key: 'SOFTWARE\\T1559\\New', valueName: '', action: 'createKey' }),
    auditOp('audit/process-creation', true, false),
    auditOp('audit/logon-both', true, true, { subcategory: 'Logon' }),
  );
  return syntheticPlan(ops, { name: "it's \u2019hostile\u2019 $(x) #> \u{1F600}", description: "line1\n$evil = 1 #>\r\n<# \u2028 '" });
}
