/**
 * DSC v3: the configuration document `dsc/T1559Hardening.dsc.config.yaml`, one Microsoft.Windows/Registry instance
 * per operation whose routes.dscV3 carries it (the machine-wide HKLM values). Operations DSC v3 does not carry
 * (per-user HKCU values, advanced audit policy) are listed with the reason in the comment at the top.
 *
 * Shape: docs/formats.md "PowerShell DSC" and the DSC v3 configuration document JSON schema, modelled in
 * ./v3-schema.ts and checked before writing. `valueData` is the resource's tagged union ({DWord: n} ...),
 * `Binary` a list of byte numbers, `_exist: false` a delete.
 *
 * YAML: DSC parses documents with serde_yaml (libyaml, YAML 1.1 rules), our tests with `yaml` (YAML 1.2). To
 * mean the same under both, every string value is quoted: single quotes when it has only printable characters,
 * double quotes with escapes otherwise (\u escapes for NEL, LINE/PARAGRAPH SEPARATOR, DEL, C1 controls and BOM,
 * which YAML 1.1 would read as line breaks or reject). Comments get the same characters replaced by spaces.
 */
import { Document, isPair, isScalar, isSeq, visit } from 'yaml';
import { generatedBySentence, type Operation, type Plan, type RegistryOperation } from '../../model/plan.js';
import { hiveOf } from '../../model/registry.js';
import { operationsByVehicle, registryOnly } from '../../channels/index.js';
import { InternalError } from '../../lib/errors.js';
import { textArtifact, type Artifact } from '../../model/artifact.js';
import { notCarriedGroups } from './not-carried.js';
import { uniqueNames } from './instance-names.js';
import {
  configDocumentSchema,
  V3_REGISTRY_TYPE,
  V3_SCHEMA_URI,
  type ConfigDocument,
  type RegistryInstance,
  type RegistryValueData,
} from './v3-schema.js';

export const DSC_DOCUMENT_PATH = 'dsc/T1559Hardening.dsc.config.yaml';

export function renderConfigurationDocument(plan: Plan): Artifact {
  const { carried, notCarried } = place(plan);
  const names = uniqueNames(
    carried.map((op) => ({ base: instanceName(op.id), identity: op.id })),
    (base, hash) => `${base} ${hash}`,
  );
  const document: ConfigDocument = {
    $schema: V3_SCHEMA_URI,
    // Writing HKLM needs an elevated session; DSC refuses up front instead of failing per instance.
    metadata: { 'Microsoft.DSC': { securityContext: 'elevated' } },
    resources: carried.map((op, i): RegistryInstance => ({ name: names[i]!, type: V3_REGISTRY_TYPE, properties: properties(op) })),
  };
  const checked = configDocumentSchema.safeParse(document);
  if (!checked.success)
    throw new InternalError(
      `the DSC v3 document does not match its schema: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return textArtifact(DSC_DOCUMENT_PATH, toYaml(document, headerLines(plan, carried, notCarried)));
}

/** The operations routes.dscV3 carries (src/channels/dsc-v3.ts decided it, and checked their text at resolve). */
function place(plan: Plan): { carried: RegistryOperation[]; notCarried: Operation[] } {
  const by = operationsByVehicle(plan.operations, 'dscV3');
  return { carried: registryOnly(by[V3_REGISTRY_TYPE], V3_REGISTRY_TYPE), notCarried: by.notCarried };
}

/** Instance names may use only ASCII letters, digits and spaces: every other run becomes one space. */
function instanceName(id: string): string {
  return id.replace(/[^A-Za-z0-9]+/g, ' ').trim() || 'operation';
}

function properties(op: RegistryOperation): RegistryInstance['properties'] {
  const keyPath = `${hiveOf(op.scope)}\\${op.key}`;
  switch (op.action) {
    case 'createKey':
      return { keyPath };
    case 'deleteValue':
      return { keyPath, valueName: op.valueName, _exist: false };
    case 'set':
      if (!op.value) throw new InternalError(`${op.id}: set without a value`);
      return { keyPath, valueName: op.valueName, valueData: valueData(op) };
    case 'deleteAllValues':
      throw new InternalError(`${op.id}: deleteAllValues has no DSC v3 form`);
  }
}

function valueData(op: RegistryOperation): RegistryValueData {
  const value = op.value!;
  switch (value.type) {
    case 'REG_SZ':
      return { String: value.data };
    case 'REG_EXPAND_SZ':
      return { ExpandString: value.data };
    case 'REG_MULTI_SZ':
      return { MultiString: [...value.data] };
    case 'REG_DWORD':
      return { DWord: value.data };
    case 'REG_QWORD':
      // A bigint keeps all 64 bits; the yaml package writes it as a plain integer.
      return { QWord: BigInt(value.data) };
    case 'REG_BINARY':
      return { Binary: [...Buffer.from(value.data, 'hex')] };
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* YAML text                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

/** Printable in YAML 1.1 and 1.2 alike (tab excluded: it goes double-quoted as \t). */
const PRINTABLE = /^(?:[\x20-\x7E\xA0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
/** Characters the yaml package leaves raw inside double quotes but YAML 1.1 treats as breaks or forbids. */
const RAW_RISKY = /[\x7F-\x9F\u2028\u2029\uFEFF]/g;

function toYaml(document: ConfigDocument, header: string[]): string {
  const doc = new Document(document);
  visit(doc, {
    Pair(_, pair) {
      // Bytes on one line: a security descriptor is ~100 of them.
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'Binary' && isSeq(pair.value)) pair.value.flow = true;
    },
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string') return;
      node.type = PRINTABLE.test(node.value) ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
    },
  });
  doc.commentBefore = header.map((line) => (line ? ` ${line}` : '')).join('\n');
  const text = doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
  // Only double-quoted scalars can still hold these (comments are cleaned, other scalars are printable).
  return text.replace(RAW_RISKY, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Comment text: anything YAML could read as a line break or reject becomes a space. */
function commentText(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\x00-\x08\x0A-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g, ' ');
}

function headerLines(plan: Plan, carried: readonly RegistryOperation[], notCarried: readonly Operation[]): string[] {
  const keys = [...new Map(carried.map((op) => [op.key.toLowerCase(), op.key])).values()];
  const lines = [
    `${generatedBySentence(plan)} Do not edit: change the profile and rebuild.`,
    ...(plan.profile.description ? [plan.profile.description] : []),
    '',
    'DSC v3 configuration document: the machine-wide (HKLM) registry values of the profile, one',
    'Microsoft.Windows/Registry instance each. Needs DSC 3 (https://github.com/PowerShell/DSC/releases) and an',
    'elevated shell:',
    '  dsc config test --file T1559Hardening.dsc.config.yaml',
    '  dsc config set --file T1559Hardening.dsc.config.yaml',
    'Before the first set, export the keys it writes; to roll back, import them again (delete keys that did not',
    'exist before) and restart, since COM/DCOM settings are read at boot:',
    ...keys.map((key, i) => `  reg export "HKLM\\${key}" C:\\T1559Backup\\v3-${String(i + 1).padStart(2, '0')}.reg`),
  ];
  // Notes on carried values (e.g. AppID keys owned by TrustedInstaller), once per note.
  const notes = [...new Map(carried.filter((op) => op.routes.dscV3.reason).map((op) => [op.routes.dscV3.reason!, [] as string[]])).keys()];
  for (const note of notes) {
    const ids = carried.filter((op) => op.routes.dscV3.reason === note).map((op) => op.id);
    lines.push('', `Note: ${note}:`, ...ids.map((id) => `  - ${id}`));
  }
  if (notCarried.length > 0) {
    lines.push('', `Not carried by DSC v3 (${notCarried.length}); T1559Hardening.ps1, the GPO or Intune carry them:`);
    for (const g of notCarriedGroups(notCarried, 'dscV3')) lines.push(`  ${g.reason}:`, ...g.items.map((i) => `    - ${i}`));
  }
  return lines.map(commentText);
}
