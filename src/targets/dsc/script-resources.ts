/**
 * Resource blocks of the DSC v2 configuration script, as PowerShell text for the template:
 * RegistryPolicyFile and RefreshRegistryPolicy (GPRegistryPolicyDsc), Registry (PSDesiredStateConfiguration),
 * AuditPolicySubcategory (AuditPolicyDsc). Property names, ValueType spellings and data forms follow the resource
 * schemas (the MOF schemas of GPRegistryPolicyDsc; docs/formats.md "PowerShell DSC") and how each resource parses ValueData.
 * Every literal comes from src/lib/powershell.ts.
 */
import { MITIGATIONS } from '../../model/control.js';
import type { AuditOperation, Operation, RegistryOperation } from '../../model/plan.js';
import { hiveLongName, type RegistryValue } from '../../model/registry.js';
import { InternalError } from '../../lib/errors.js';
import { psComment, psHexString, psString, psStringArray } from '../../lib/powershell.js';
import type { Binding } from './script-parameters.js';

export const REFRESH_NAME = 'Refresh';

/** One resource block, all text already PowerShell source. */
export interface ResourceView {
  comments: string[];
  type: string;
  name: string;
  /** `Name = value` lines, aligned. */
  properties: string[];
}

/** The comment lines above a resource: operation and title, provenance, route notes. */
function provenanceComments(op: Operation): string[] {
  const mitigations = op.mitigations.map((m) => `${m} ${MITIGATIONS[m] ?? ''}`.trim()).join(', ');
  const lines = [
    psComment(`${op.id}: ${op.title}`),
    psComment(`control ${op.controls.join(', ')} | mitigation ${mitigations} | techniques ${op.techniques.join(', ')}`),
  ];
  const route = op.routes.dscV2;
  if (route.status === 'fallback' && route.reason) lines.push(psComment(`Fallback: ${route.reason}.`));
  else if (route.reason) lines.push(psComment(`Note: ${route.reason}.`));
  if (op.type === 'registry' && op.sddl !== undefined) lines.push(psComment(`Security descriptor from SDDL ${op.sddl}`));
  return lines;
}

/** `Name = value` lines with the `=` aligned, as in Microsoft's DSC examples. */
function propertyLines(props: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...props.map(([k]) => k.length));
  return props.map(([k, v]) => `${k.padEnd(width)} = ${v}`);
}

/** Two's-complement reading of an unsigned integer, as the .NET signed type that stores it sees it. */
function signed(value: bigint, bits: 32 | 64): bigint {
  return BigInt.asIntN(bits, value);
}

export function policyFileResource(op: RegistryOperation, name: string, binding: Binding | undefined): ResourceView {
  const props: [string, string][] = [
    ['Key', psString(op.key)],
    ['TargetType', psString(op.scope === 'Machine' ? 'ComputerConfiguration' : 'UserConfiguration')],
    ['ValueName', psString(op.valueName)],
  ];
  if (op.action === 'set' && op.value) {
    props.push(['ValueType', psString(policyFileType(op.value))]);
    props.push(['ValueData', binding ? boundData(binding) : policyFileData(op.value)]);
  }
  props.push(['Ensure', psString(op.action === 'deleteValue' ? 'Absent' : 'Present')]);
  const comments = provenanceComments(op);
  if (op.action === 'deleteValue')
    comments.push(
      psComment(
        'Absent removes the entry from the local registry.pol (policy "Not configured"): Group Policy then deletes the value it had set; a value written outside Group Policy stays.',
      ),
    );
  if (binding) comments.push(psComment(`ValueData comes from the parameter $${binding.name}.`));
  return { comments, type: 'RegistryPolicyFile', name: psString(name), properties: propertyLines(props) };
}

function policyFileType(value: RegistryValue): string {
  switch (value.type) {
    case 'REG_SZ':
      return 'String';
    case 'REG_EXPAND_SZ':
      return 'ExpandString';
    case 'REG_DWORD':
      return 'Dword';
    case 'REG_QWORD':
      return 'Qword';
    case 'REG_MULTI_SZ':
      return 'MultiString';
    case 'REG_BINARY':
      return 'Binary';
  }
}

/**
 * ValueData for RegistryPolicyFile. Numbers are decimal strings read back through [Int32]/[Int64] casts, so
 * values above the signed maximum are written as their two's-complement negative (same bits; the resource reads
 * the file back into the same signed number, so Test-DscConfiguration agrees).
 */
function policyFileData(value: RegistryValue): string {
  switch (value.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return psString(value.data);
    case 'REG_DWORD':
      return psString(signed(BigInt(value.data), 32).toString());
    case 'REG_QWORD':
      return psString(signed(BigInt(value.data), 64).toString());
    case 'REG_MULTI_SZ':
      return psStringArray(value.data);
    case 'REG_BINARY':
      throw new InternalError('REG_BINARY has no RegistryPolicyFile form');
  }
}

function boundData(binding: Binding): string {
  return binding.op.value?.type === 'REG_SZ' ? `$${binding.name}` : `[string]$${binding.name}`;
}

export function registryResource(op: RegistryOperation, name: string, binding: Binding | undefined): ResourceView {
  const props: [string, string][] = [
    ['Key', psString(`${hiveLongName(op.scope)}\\${op.key}`)],
    ['ValueName', psString(op.valueName)],
  ];
  const comments = provenanceComments(op);
  if (op.action === 'set' && op.value) {
    const { type, data, hex } = registryData(op.value);
    props.push(['ValueType', psString(type)]);
    props.push(['ValueData', binding ? boundData(binding) : data]);
    if (hex) props.push(['Hex', '$true']);
    props.push(['Force', '$true']);
    props.push(['Ensure', psString('Present')]);
    if (binding) comments.push(psComment(`ValueData comes from the parameter $${binding.name}.`));
  } else if (op.action === 'deleteValue') {
    // With an empty ValueName and no ValueType the resource would delete the whole key; ValueType makes it the default value.
    if (op.valueName === '') props.push(['ValueType', psString('String')]);
    props.push(['Ensure', psString('Absent')]);
  } else {
    // createKey: an empty ValueName without ValueType/ValueData means "the key itself".
    props.push(['Ensure', psString('Present')]);
  }
  return { comments, type: 'Registry', name: psString(name), properties: propertyLines(props) };
}

/**
 * ValueType/ValueData for the Registry resource. DWord/QWord decimal data is parsed with [Int32]::Parse /
 * [Int64]::Parse, so values above the signed maximum go as hex with Hex = $true (parsed as HexNumber: same bits).
 * Binary is the hex string form the resource parses ('0x' + two digits per byte); Hex = $true documents it.
 */
function registryData(value: RegistryValue): { type: string; data: string; hex: boolean } {
  switch (value.type) {
    case 'REG_SZ':
      return { type: 'String', data: psString(value.data), hex: false };
    case 'REG_EXPAND_SZ':
      return { type: 'ExpandString', data: psString(value.data), hex: false };
    case 'REG_MULTI_SZ':
      return { type: 'MultiString', data: psStringArray(value.data), hex: false };
    case 'REG_BINARY':
      return { type: 'Binary', data: psHexString(Buffer.from(value.data, 'hex')), hex: true };
    case 'REG_DWORD':
      return value.data <= 0x7fffffff
        ? { type: 'Dword', data: psString(String(value.data)), hex: false }
        : { type: 'Dword', data: psString(`0x${value.data.toString(16).padStart(8, '0')}`), hex: true };
    case 'REG_QWORD': {
      const n = BigInt(value.data);
      return n <= 0x7fffffffffffffffn
        ? { type: 'Qword', data: psString(n.toString()), hex: false }
        : { type: 'Qword', data: psString(`0x${n.toString(16).padStart(16, '0')}`), hex: true };
    }
  }
}

export interface AuditFlag {
  flag: 'Success' | 'Failure';
  ensure: 'Present' | 'Absent';
}

/** Both flags, as audit.csv does: the plan's success/failure booleans are the complete desired state. */
export function auditFlags(op: AuditOperation): AuditFlag[] {
  return [
    { flag: 'Success', ensure: op.audit.success ? 'Present' : 'Absent' },
    { flag: 'Failure', ensure: op.audit.failure ? 'Present' : 'Absent' },
  ];
}

export function auditResource(op: AuditOperation, flag: AuditFlag, name: string): ResourceView {
  const comments = provenanceComments(op);
  comments.push(
    psComment(
      `Subcategory ${op.audit.guid}; AuditPolicySubcategory passes the English name to auditpol, which needs the localized name on non-English Windows.`,
    ),
  );
  return {
    comments,
    type: 'AuditPolicySubcategory',
    name: psString(name),
    properties: propertyLines([
      ['Name', psString(op.audit.subcategory)],
      ['AuditFlag', psString(flag.flag)],
      ['Ensure', psString(flag.ensure)],
    ]),
  };
}

/** Indentation of a resource property line in the template, and of the items of a multi-line array under it. */
const PROPERTY_INDENT = ' '.repeat(12);
const ITEM_INDENT = ' '.repeat(16);

export function refreshResource(dependsOn: readonly string[]): ResourceView {
  const list = ['@(', ...dependsOn.map((id) => `${ITEM_INDENT}${psString(id)}`), `${PROPERTY_INDENT})`].join('\n');
  return {
    comments: [psComment('Apply the local Group Policy files written above (RegistryPolicyFile only edits registry.pol).')],
    type: 'RefreshRegistryPolicy',
    name: psString(REFRESH_NAME),
    properties: propertyLines([
      ['IsSingleInstance', psString('Yes')],
      ['DependsOn', list],
    ]),
  };
}
