/**
 * Intune ADMX ingestion ("Win32 and Desktop Bridge app ADMX policy Ingestion", Microsoft Learn; docs/formats.md
 * "Intune"; docs/domain.md "Intune ADMX ingestion limits"):
 * 1. the ingestion ADMX, built by the ADMX target's builder with `forIngestion` (only operations routed to
 *    ingestion, never a key ingestion refuses) and installed through
 *    `./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/{AppName}/Policy/{FileUid}` as a String whose value
 *    is the ADMX text. ADMXInstall is a device node, so the install always goes to the Device profile, even
 *    when every ingested policy is a User policy;
 * 2. one setting per policy of that ADMX, `./{Device|User}/Vendor/MSFT/Policy/Config/{AppName}~Policy~{category
 *    names root to leaf}/{PolicyName}` (Device for class Machine, User for class User), value `<enabled/>` plus a
 *    `<data>` per element (policy-payload.ts).
 * The ADML is not sent: the Policy CSP reads only the ADMX.
 */
import { InternalError } from '../../lib/errors.js';
import type { Plan, RegistryOperation } from '../../model/plan.js';
import {
  buildT1559Admx,
  serializeAdmx,
  T1559_ADMX_NAMESPACE,
  T1559_ADMX_PREFIX,
  type AdmxDocument,
  type AdmxPolicy,
} from '../admx/index.js';
import type { OmaSetting } from './graph-schema.js';
import { enabledPayload } from './policy-payload.js';
import { provenanceText } from './provenance-text.js';

/** {AppName} of the ADMXInstall node and of every ingested policy's area. */
export const INGESTION_APP_NAME = 'T1559';
/** {FileUid} of the ADMXInstall node. */
export const INGESTION_FILE_UID = 'T1559';
export const ADMX_INSTALL_URI = `./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/${INGESTION_APP_NAME}/Policy/${INGESTION_FILE_UID}`;

export interface IngestedPolicySetting {
  scope: 'Device' | 'User';
  policy: AdmxPolicy;
  setting: OmaSetting;
  operations: RegistryOperation[];
}

export interface Ingestion {
  admxText: string;
  document: AdmxDocument;
  install: OmaSetting;
  policies: IngestedPolicySetting[];
}

/** The ingestion ADMX and its settings, or undefined when no operation goes by ingestion. */
export function ingestion(plan: Plan, operations: readonly RegistryOperation[]): Ingestion | undefined {
  if (operations.length === 0) return undefined;
  const build = buildT1559Admx(plan, { namespace: T1559_ADMX_NAMESPACE, prefix: T1559_ADMX_PREFIX, forIngestion: true });
  const byId = new Map(operations.map((op) => [op.id, op]));
  const covered = new Set(Object.values(build.operationsByPolicy).flat());
  for (const op of operations) {
    if (covered.has(op.id)) continue;
    const why = build.leftOut.find((l) => l.id === op.id)?.reason ?? 'it is in no policy';
    throw new InternalError(
      `routes.intune of ${op.id} says "ingestion", but the ingestion ADMX cannot carry it (${why}); src/catalog/routes.ts must route it to a remediation script or mark it notCarried`,
    );
  }
  const admxText = serializeAdmx(build.document);
  const install: OmaSetting = {
    '@odata.type': '#microsoft.graph.omaSettingString',
    displayName: 'T1559 ADMX ingestion (install T1559.admx)',
    description: `Installs the T1559 administrative template (${build.document.policies.length} polic${build.document.policies.length === 1 ? 'y' : 'ies'}) that the ${INGESTION_APP_NAME}~Policy~... settings of the Device and User profiles enable. ${provenanceText(plan, operations)}.`,
    omaUri: ADMX_INSTALL_URI,
    value: admxText,
  };
  const policies = build.document.policies.map((policy): IngestedPolicySetting => {
    const ops = (build.operationsByPolicy[policy.name] ?? []).map((id) => {
      const op = byId.get(id);
      if (!op) throw new InternalError(`the ingestion ADMX policy ${policy.name} writes ${id}, which is not routed to ingestion`);
      return op;
    });
    if (policy.class === 'Both') throw new InternalError(`ADMX policy ${policy.name} has class Both; ingestion needs Machine or User`);
    const scope = policy.class === 'Machine' ? 'Device' : 'User';
    const setting: OmaSetting = {
      '@odata.type': '#microsoft.graph.omaSettingString',
      displayName: `T1559 ${policy.displayName}`,
      description: `${provenanceText(plan, ops)}. Enables the ingested ADMX policy ${policy.name} (${policy.class}), which writes ${ops.length} registry value${ops.length === 1 ? '' : 's'}.`,
      omaUri: ingestedPolicyUri(build.document, policy),
      value: enabledPayload(policy, ops),
    };
    return { scope, policy, setting, operations: ops };
  });
  return { admxText, document: build.document, install, policies };
}

/** `./{Device|User}/Vendor/MSFT/Policy/Config/T1559~Policy~{cat1~cat2}/{PolicyName}`. */
export function ingestedPolicyUri(document: AdmxDocument, policy: AdmxPolicy): string {
  const scope = policy.class === 'User' ? 'User' : 'Device';
  return `./${scope}/Vendor/MSFT/Policy/Config/${INGESTION_APP_NAME}~Policy~${categoryPath(document, policy.category).join('~')}/${policy.name}`;
}

/** Category names from the root to `leaf`, following parentCategory inside the file. */
export function categoryPath(document: AdmxDocument, leaf: string): string[] {
  const path: string[] = [];
  let name: string | undefined = leaf;
  while (name !== undefined) {
    if (path.includes(name)) throw new InternalError(`ADMX category ${name} is its own ancestor`);
    const category = document.categories.find((c) => c.name === name);
    if (!category) throw new InternalError(`ADMX category ${name} is not defined in the ingestion ADMX`);
    path.unshift(category.name);
    name = category.parent;
  }
  return path;
}
