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
import { operationsByVehicle, registryOnly } from '../../channels/index.js';
import { InternalError } from '../../lib/errors.js';
import { dscResourceName, psComment } from '../../lib/powershell.js';
import { textArtifact, type Artifact } from '../../model/artifact.js';
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

/** Group the operations by routes.dscV2 (decided by src/channels/dsc-v2.ts), in plan order. */
function place(plan: Plan): { placed: Placed[]; notCarried: Operation[] } {
  const by = operationsByVehicle(plan.operations, 'dscV2');
  const vias = new Map<Operation, Placed>();
  for (const op of registryOnly(by.RegistryPolicyFile, 'RegistryPolicyFile')) vias.set(op, { via: 'RegistryPolicyFile', op });
  for (const op of registryOnly(by.Registry, 'Registry')) vias.set(op, { via: 'Registry', op });
  for (const op of by.AuditPolicySubcategory) {
    if (op.type !== 'audit') throw new InternalError(`${op.id} is routed to AuditPolicySubcategory but is not an audit setting`);
    vias.set(op, { via: 'AuditPolicySubcategory', op });
  }
  return { placed: plan.operations.flatMap((op) => vias.get(op) ?? []), notCarried: by.notCarried };
}

/* ------------------------------------------------------------------------------------------------ */
/* view model                                                                                        */
/* ------------------------------------------------------------------------------------------------ */

function buildView(plan: Plan): ScriptView {
  const { placed, notCarried } = place(plan);
  const bindings = bindCompileParameters(
    plan,
    placed.flatMap((p) => (p.via === 'AuditPolicySubcategory' ? [] : [p.op])),
  );

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
    backupKeys: registryKeys.map((key, i) =>
      psComment(`     reg export "HKLM\\${key}" C:\\T1559Backup\\registry-${String(i + 1).padStart(2, '0')}.reg`),
    ),
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
