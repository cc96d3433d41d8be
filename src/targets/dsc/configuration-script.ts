/**
 * DSC v2: the PowerShell DSC configuration script `dsc/T1559Hardening.ps1` (Windows PowerShell 5.1), rendered
 * from templates/dsc/T1559Hardening.ps1.ejs.
 *
 * Resources (docs/formats.md "PowerShell DSC"; the resources' MOF schemas):
 * - GPRegistryPolicyDsc `RegistryPolicyFile` (MSFT_RegistryPolicyFile: Key and ValueName are the key properties,
 *   TargetType ComputerConfiguration|UserConfiguration picks the local Machine/User registry.pol, ValueData is
 *   string[], ValueType Binary|Dword|ExpandString|MultiString|Qword|String|None, Ensure Present|Absent), then one
 *   `RefreshRegistryPolicy` (IsSingleInstance = 'Yes') depending on all of them so Group Policy applies the files;
 * - PSDesiredStateConfiguration `Registry` (MSFT_RegistryResource: Key with the hive, ValueName, ValueType
 *   String|Binary|Dword|Qword|MultiString|ExpandString, ValueData string[], Hex, Force, Ensure) for machine
 *   preference values;
 * - AuditPolicyDsc `AuditPolicySubcategory` (Name, AuditFlag Success|Failure, Ensure) for advanced audit policy.
 * The vehicle per operation is the plan's routes.dscV2 (src/catalog/routes.ts); nothing here re-decides it.
 *
 * Every piece of PowerShell text is built by src/lib/powershell.ts (psString, psStringArray, psHexString,
 * psComment, dscResourceName) before it reaches the template; the template only lays the pieces out.
 * The file is UTF-8 with a BOM: Windows PowerShell 5.1 reads a BOM-less script in the ANSI code page, where the
 * UTF-8 bytes of some characters decode to ‘ or ’, which PowerShell treats as quotes (a string could end early).
 * Line endings are LF, never converted: a value that contains a line break keeps exactly its own bytes.
 */
import { loadTemplate } from '../../lib/templates.js';
import { generatedBySentence, type AuditOperation, type Operation, type Plan, type RegistryOperation } from '../../model/plan.js';
import { InternalError, UserError } from '../../lib/errors.js';
import { dscResourceName, psComment } from '../../lib/powershell.js';
import { textArtifact, type Artifact } from '../artifact.js';
import { uniqueNames } from './instance-names.js';
import { notCarriedGroups } from './not-carried.js';
import { bindCompileParameters, exampleOverride, parameterViews, type ParameterView } from './script-parameters.js';
import {
  auditFlags,
  auditResource,
  policyFileResource,
  REFRESH_NAME,
  refreshResource,
  registryResource,
  type ResourceView,
} from './script-resources.js';

export const DSC_SCRIPT_PATH = 'dsc/T1559Hardening.ps1';
export const CONFIGURATION_NAME = 'T1559Hardening';

/**
 * Pinned resource modules. GPRegistryPolicyDsc 1.3.1 is the latest release on the PowerShell Gallery (1.4.0 exists
 * only as preview0001, Nov 2023); AuditPolicyDsc 1.4.0.0 is its latest release.
 */
export const GP_REGISTRY_POLICY_DSC = { name: 'GPRegistryPolicyDsc', version: '1.3.1' } as const;
export const AUDIT_POLICY_DSC = { name: 'AuditPolicyDsc', version: '1.4.0.0' } as const;

interface ScriptView {
  configurationName: string;
  header: string[];
  backupKeys: string[];
  notCarried: string[];
  parameters: ParameterView[];
  /** `-Name value` for the header's compile-time override example. */
  exampleOverride: string | undefined;
  resources: ResourceView[];
  usesPolicyFiles: boolean;
  usesAudit: boolean;
  gpModule: typeof GP_REGISTRY_POLICY_DSC;
  auditModule: typeof AUDIT_POLICY_DSC;
}

/** The template is part of the program: read once, on first use, from the installed package. */
const template = () => loadTemplate<ScriptView>('dsc/T1559Hardening.ps1.ejs', 'preQuoted');

export function renderConfigurationScript(plan: Plan): Artifact {
  const view = buildView(plan);
  return textArtifact(DSC_SCRIPT_PATH, template()(view), { encoding: 'utf8bom' });
}

/* ------------------------------------------------------------------------------------------------ */
/* which operation goes where                                                                        */
/* ------------------------------------------------------------------------------------------------ */

type Placed =
  | { via: 'RegistryPolicyFile'; op: RegistryOperation }
  | { via: 'Registry'; op: RegistryOperation }
  | { via: 'AuditPolicySubcategory'; op: AuditOperation };

/** Route each operation by routes.dscV2; list the ones the plan says this channel does not carry. */
function place(plan: Plan): { placed: Placed[]; notCarried: Operation[] } {
  const placed: Placed[] = [];
  const notCarried: Operation[] = [];
  for (const op of plan.operations) {
    const route = op.routes.dscV2;
    if (route.status === 'notCarried') {
      notCarried.push(op);
      continue;
    }
    if (op.type === 'audit' && route.via === 'AuditPolicySubcategory') placed.push({ via: 'AuditPolicySubcategory', op });
    else if (op.type === 'registry' && (route.via === 'RegistryPolicyFile' || route.via === 'Registry')) {
      const problem = route.via === 'RegistryPolicyFile' ? policyFileProblem(op) : registryProblem(op);
      if (problem) {
        throw new InternalError(
          `routes.dscV2 of ${op.id} says "${route.via}" (${route.status}), but ${problem}; src/catalog/routes.ts must mark it notCarried`,
        );
      }
      placed.push({ via: route.via, op });
    } else throw new InternalError(`routes.dscV2 of ${op.id} names vehicle "${route.via}", which the DSC v2 renderer does not know`);
  }
  return { placed, notCarried };
}

/** Why RegistryPolicyFile (GPRegistryPolicyDsc 1.3.1) cannot carry this operation faithfully, if it cannot. */
export function policyFileProblem(op: RegistryOperation): string | undefined {
  if (op.action === 'createKey' || op.action === 'deleteAllValues')
    return `RegistryPolicyFile cannot express "${op.action}" (ValueName is a mandatory, non-empty key property)`;
  if (op.valueName === '') return 'RegistryPolicyFile cannot address the default value (ValueName is mandatory and must not be empty)';
  if (op.value?.type === 'REG_BINARY')
    return 'RegistryPolicyFile writes Binary ValueData as the UTF-16 text of the string, not as bytes (GPRegistryPolicyFileParser New-GPRegistrySettingsEntry), so REG_BINARY data would be corrupted';
  return undefined;
}

/** Why the Registry resource cannot carry this operation safely, if it cannot. */
export function registryProblem(op: RegistryOperation): string | undefined {
  if (op.scope !== 'Machine') return 'DSC runs as SYSTEM: the Registry resource would write SYSTEM\'s own HKCU, not the users\'';
  if (op.action === 'deleteAllValues') return 'the Registry resource cannot delete all values of a key (Absent with an empty ValueName deletes the whole key)';
  if (op.action === 'deleteValue' && /[*?[\]]/.test(op.valueName))
    return 'the Registry resource removes a value with Remove-ItemProperty -Name, which expands the wildcard characters * ? [ ] in this value name';
  return undefined;
}

/* ------------------------------------------------------------------------------------------------ */
/* view model                                                                                        */
/* ------------------------------------------------------------------------------------------------ */

function buildView(plan: Plan): ScriptView {
  const { placed, notCarried } = place(plan);
  assertDistinctPolicyFileKeys(placed);
  const bindings = bindCompileParameters(plan, placed.flatMap((p) => (p.via === 'AuditPolicySubcategory' ? [] : [p.op])));

  const names = uniqueNames(
    placed.flatMap((p) =>
      p.via === 'AuditPolicySubcategory'
        ? auditFlags(p.op).map((f) => ({ base: dscResourceName([p.op.id, f.flag]), identity: `${p.op.id}|${f.flag}` }))
        : [{ base: dscResourceName([p.op.id]), identity: p.op.id }],
    ),
    (base, hash) => `${base}_${hash}`,
    [REFRESH_NAME],
  );

  const resources: ResourceView[] = [];
  const policyFileIds: string[] = [];
  let n = 0;
  for (const p of placed) {
    if (p.via === 'AuditPolicySubcategory') {
      for (const flag of auditFlags(p.op)) resources.push(auditResource(p.op, flag, names[n++]!));
      continue;
    }
    const name = names[n++]!;
    const binding = bindings.get(p.op);
    if (p.via === 'RegistryPolicyFile') {
      resources.push(policyFileResource(p.op, name, binding));
      policyFileIds.push(`[RegistryPolicyFile]${name}`);
    } else resources.push(registryResource(p.op, name, binding));
  }
  if (policyFileIds.length > 0) resources.push(refreshResource(policyFileIds));

  const registryKeys = distinctKeys(placed.filter((p) => p.via === 'Registry').map((p) => p.op as RegistryOperation));
  const usesAudit = placed.some((p) => p.via === 'AuditPolicySubcategory');
  return {
    configurationName: CONFIGURATION_NAME,
    header: [
      psComment(`${generatedBySentence(plan)} Do not edit: change the profile and rebuild.`),
      ...(plan.profile.description ? [psComment(plan.profile.description)] : []),
    ],
    backupKeys: registryKeys.map((key, i) => psComment(`     reg export "HKLM\\${key}" C:\\T1559Backup\\registry-${String(i + 1).padStart(2, '0')}.reg`)),
    notCarried: notCarriedLines(notCarried),
    parameters: parameterViews([...bindings.values()]),
    exampleOverride: exampleOverride([...bindings.values()]),
    resources,
    usesPolicyFiles: policyFileIds.length > 0,
    usesAudit,
    gpModule: GP_REGISTRY_POLICY_DSC,
    auditModule: AUDIT_POLICY_DSC,
  };
}

/**
 * RegistryPolicyFile's key properties are Key and ValueName only (TargetType is merely Required), so a machine and
 * a user entry with the same key and value name would be "conflicting resources" and the configuration would not
 * compile. DSC compares them case-insensitively.
 */
function assertDistinctPolicyFileKeys(placed: readonly Placed[]): void {
  const seen = new Map<string, RegistryOperation>();
  for (const p of placed) {
    if (p.via !== 'RegistryPolicyFile') continue;
    const k = `${p.op.key}\u0000${p.op.valueName}`.toLowerCase();
    const other = seen.get(k);
    if (other) {
      throw new UserError('E_OUTPUT', 'the DSC v2 configuration cannot hold both operations', [
        {
          where: `${other.id} and ${p.op.id}`,
          message: `both write ${p.op.key}\\${p.op.valueName} (${other.scope} and ${p.op.scope}); RegistryPolicyFile identifies an entry by Key and ValueName only, so DSC rejects them as conflicting resources. Deselect one of the controls or remove "dsc" from the profile's targets`,
        },
      ]);
    }
    seen.set(k, p.op);
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* header helpers                                                                                    */
/* ------------------------------------------------------------------------------------------------ */

function distinctKeys(ops: readonly RegistryOperation[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const op of ops) {
    const k = op.key.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(op.key);
  }
  return out;
}

function notCarriedLines(ops: readonly Operation[]): string[] {
  if (ops.length === 0) return [];
  return [
    psComment(`Not carried by this script (${ops.length}):`),
    ...notCarriedGroups(ops, 'dscV2').flatMap((g) => [psComment(`  ${g.reason}:`), ...g.items.map((i) => psComment(`    - ${i}`))]),
  ];
}
