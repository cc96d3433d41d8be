/**
 * Intune target, the Graph side: the request bodies match the zod model of the Graph types
 * (src/targets/intune/graph-schema.ts) and carry no ids, timestamps or tenant data; the ingested ADMX never
 * writes a key ingestion refuses and is what the Device profile installs; every ingested policy's URI follows
 * the ADMX's category names and its payload carries the plan's data; bodies split past 1000 settings; the
 * IntuneManagement copies have the export's shape; the README's commands parse.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ingestionAllows } from '../../src/formats/intune-ingestion.js';
import { lintAdmx } from '../../src/formats/admx-lint.js';
import { parseXml, type XmlElement } from '../../src/formats/xml-reader.js';
import type { Operation, Plan, RegistryOperation } from '../../src/model/plan.js';
import type { Artifact } from '../../src/model/artifact.js';
import { ADMX_INSTALL_URI } from '../../src/targets/intune/admx-ingestion.js';
import {
  deviceHealthScriptSchema,
  intuneManagementCustomConfigurationSchema,
  intuneManagementDeviceHealthScriptSchema,
  windows10CustomConfigurationSchema,
} from '../../src/targets/intune/graph-schema.js';
import { graphJsonText } from '../../src/targets/intune/graph-json.js';
import { renderIntune } from '../../src/targets/intune/index.js';
import { HOSTILE_TEXT, registryOp, syntheticPlan } from '../helpers/plan-builder.js';
import { admxKeys, admxLocations, allSettings, byPath, ingestedAdmx, profileBodies, readPayload, text } from '../helpers/intune-output.js';
import { PROFILES, profilePlan } from '../helpers/profile-plans.js';
import { assertParsesCleanly, loadPowerShellGrammar } from '../helpers/powershell-grammar.js';

test.before(loadPowerShellGrammar);

const FORBIDDEN_KEYS = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'version',
  'assignments',
  'roleScopeTagIds',
  'supportsScopeTags',
  '@odata.context',
  '@odata.id',
  '@odata.editLink',
  'secretReferenceValueId@odata.type',
];

function keysDeep(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      keysDeep(v, out);
    }
  }
  return out;
}

function jsonArtifacts(artifacts: readonly Artifact[]): Artifact[] {
  return artifacts.filter((a) => a.path.endsWith('.json'));
}

/* ------------------------------------------------------------------------------------------------ */
/* the ingested ADMX, read independently                                                             */
/* ------------------------------------------------------------------------------------------------ */

function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}
const attr = (el: XmlElement, name: string) => el.attributes.find((a) => a.name === name)?.value;
const child = (el: XmlElement, local: string) => el.children.find((c) => c.local === local);

interface AdmxPolicyInfo {
  name: string;
  uri: string;
  element: XmlElement;
}

/** Policies of the ADMX with the URI the Policy CSP gives them (documented rule: AppName~Policy~categories/name). */
function admxPolicies(admxText: string): AdmxPolicyInfo[] {
  const root = parseXml(admxText, 'ingestion.admx').root;
  const parents = new Map<string, string | undefined>();
  for (const c of [...walk(root)].filter((e) => e.local === 'category'))
    parents.set(attr(c, 'name')!, child(c, 'parentCategory') && attr(child(c, 'parentCategory')!, 'ref'));
  return [...walk(root)]
    .filter((e) => e.local === 'policy')
    .map((p) => {
      const path: string[] = [];
      for (let c: string | undefined = attr(child(p, 'parentCategory')!, 'ref'); c !== undefined; c = parents.get(c)) path.unshift(c);
      const scope = attr(p, 'class') === 'User' ? 'User' : 'Device';
      return {
        name: attr(p, 'name')!,
        uri: `./${scope}/Vendor/MSFT/Policy/Config/T1559~Policy~${path.join('~')}/${attr(p, 'name')}`,
        element: p,
      };
    });
}

function valueText(valueEl: XmlElement): string | undefined {
  const v = valueEl.children[0];
  if (!v) return undefined;
  if (v.local === 'decimal') return attr(v, 'value');
  if (v.local === 'string') return v.text;
  return undefined;
}

function dataText(op: RegistryOperation): string | undefined {
  if (op.action !== 'set' || !op.value) return undefined;
  const v = op.value;
  if (v.type === 'REG_DWORD' || v.type === 'REG_SZ' || v.type === 'REG_EXPAND_SZ') return String(v.data);
  if (v.type === 'REG_MULTI_SZ') return v.data.join('\uF000');
  return undefined;
}

/** What the payload must send for an element: the plan's data in the element's terms. */
function expectedElementValue(element: XmlElement, policyKey: string, ops: readonly RegistryOperation[]): string {
  const key = (attr(element, 'key') ?? policyKey).toLowerCase();
  const name = attr(element, 'valueName')!.toLowerCase();
  const op = ops.find((o) => o.key.toLowerCase() === key && o.valueName.toLowerCase() === name);
  if (!op) throw new Error(`no operation writes ${key}\\${name}`);
  const data = dataText(op);
  switch (element.local) {
    case 'text':
    case 'multiText':
    case 'decimal':
      return data!;
    case 'enum': {
      const item = element.children.filter((i) => i.local === 'item').find((i) => valueText(child(i, 'value')!) === data);
      if (!item) throw new Error(`no enum item writes ${data}`);
      return data!;
    }
    case 'boolean':
      return valueText(child(element, 'trueValue')!) === data ? 'true' : 'false';
    default:
      throw new Error(`unexpected element ${element.local}`);
  }
}

function ingestionOps(plan: Plan): RegistryOperation[] {
  return plan.operations.filter((op): op is RegistryOperation => op.type === 'registry' && op.routes.intune.via === 'ingestion');
}

function checkGraph(plan: Plan): Artifact[] {
  const artifacts = renderIntune(plan);
  for (const a of jsonArtifacts(artifacts)) {
    assert.ok(/^[\x0a\x20-\x7e]*$/.test(text(a)), `${a.path}: ASCII only`);
    const body = JSON.parse(text(a));
    const forbidden = keysDeep(body).filter((k) => FORBIDDEN_KEYS.includes(k));
    assert.equal(forbidden, [], `${a.path}: no ids, timestamps, versions, scope tags or assignments`);
    assert.is(Object.keys(body)[0], '@odata.type', `${a.path}: @odata.type first`);
  }
  const bodies = profileBodies(artifacts);
  for (const [name, body] of bodies) {
    const parsed = windows10CustomConfigurationSchema.safeParse(body);
    assert.ok(parsed.success, `${name}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`);
    assert.ok(body.displayName.startsWith(name) && body.displayName.includes(plan.profile.name), `${name}: display name`);
    assert.ok(
      body.description.includes(plan.profile.name) && body.description.includes('T1559'),
      `${name}: description names profile and technique`,
    );
    for (const s of body.omaSettings) {
      assert.ok(s.omaUri.startsWith(name.includes('User') ? './User/' : './Device/'), `${s.omaUri} in ${name}`);
      if (s.omaUri !== ADMX_INSTALL_URI)
        assert.ok(
          /T1559 controls? [a-z0-9-]+.*; ATT&CK (M|DS)\d{4}/.test(s.description),
          `${s.omaUri}: description names controls and ATT&CK ids`,
        );
    }
    const im = JSON.parse(text(byPath(artifacts, `intune/IntuneManagement/DeviceConfiguration/${name}.json`)));
    assert.ok(intuneManagementCustomConfigurationSchema.safeParse(im).success, `${name}: IntuneManagement copy`);
    assert.equal(Object.keys(im), ['@odata.type', 'description', 'displayName', 'omaSettings'], 'export key order');
    for (const s of im.omaSettings)
      assert.equal(
        Object.keys(s),
        ['@odata.type', 'displayName', 'description', 'omaUri', 'secretReferenceValueId', 'isEncrypted', 'value'],
        'export key order of a setting',
      );
    assert.equal(
      im.omaSettings.map((s: { value: unknown }) => s.value),
      body.omaSettings.map((s) => s.value),
      `${name}: same values`,
    );
  }
  for (const a of artifacts.filter((x) => /^intune\/IntuneManagement\/DeviceHealthScripts\/.*\.json$/.test(x.path))) {
    const im = JSON.parse(text(a));
    assert.ok(intuneManagementDeviceHealthScriptSchema.safeParse(im).success, a.path);
    assert.equal(
      im,
      JSON.parse(text(byPath(artifacts, a.path.replace('IntuneManagement/DeviceHealthScripts', 'remediations')))),
      `${a.path}: same as the Graph body`,
    );
  }

  // Ingestion.
  const ops = ingestionOps(plan);
  const admx = ingestedAdmx(artifacts);
  if (ops.length === 0) {
    assert.is(admx, undefined, 'no ingestion, no install');
    return artifacts;
  }
  assert.ok(admx, 'the Device profile installs the ADMX');
  assert.ok(allSettings(artifacts).some((s) => s.profile === 'T1559 - Device' && s.setting.omaUri === ADMX_INSTALL_URI));
  for (const key of admxKeys(admx!)) assert.ok(ingestionAllows(key), `the ingested ADMX writes ${key}, which ingestion refuses`);
  assert.not.ok(/combobox/i.test(admx!), 'no comboBox');
  assert.equal(
    lintAdmx(admx!, undefined, { admx: 'T1559.admx' }, { ingestion: true }),
    [],
    'the ADMX linter (with the ingestion rules) finds nothing',
  );
  const locations = admxLocations(admx!);
  for (const op of ops) assert.ok(locations.has(`${op.key}\\${op.valueName}`.toLowerCase()), `${op.id} is written by the ingested ADMX`);

  const policies = admxPolicies(admx!);
  const policySettings = allSettings(artifacts).filter((s) => s.setting.omaUri.includes('/T1559~Policy~'));
  assert.equal(
    policySettings.map((s) => s.setting.omaUri).sort(),
    policies.map((p) => p.uri).sort(),
    'one setting per ingested policy, at its URI',
  );
  for (const p of policies) {
    const s = policySettings.find((x) => x.setting.omaUri === p.uri)!;
    assert.is(s.profile, p.uri.startsWith('./User/') ? 'T1559 - User' : 'T1559 - Device');
    const payload = readPayload(String(s.setting.value));
    assert.ok(payload.enabled, `${p.name}: enabled`);
    const elements = child(p.element, 'elements')?.children ?? [];
    assert.equal(
      [...payload.data.keys()],
      elements.map((e) => attr(e, 'id')),
      `${p.name}: one <data> per element`,
    );
    for (const e of elements)
      assert.is(
        payload.data.get(attr(e, 'id')!),
        expectedElementValue(e, attr(p.element, 'key')!, ops),
        `${p.name}/${attr(e, 'id')}: the plan's data`,
      );
  }
  return artifacts;
}

for (const [name, path] of PROFILES) {
  test(`graph: ${name} profile`, () => {
    checkGraph(profilePlan(path));
  });
}

test('graph: the strict profile with "intune": { "vehicle": "customOmaUri" } has every vehicle where docs/domain.md "Delivery channels" puts it', () => {
  const settings = allSettings(renderIntune(profilePlan('test/fixtures/profiles/strict-custom-oma-uri.json')));
  const uris = settings.map((s) => s.setting.omaUri);
  for (const uri of [
    './Device/Vendor/MSFT/Policy/Config/Defender/AttackSurfaceReductionRules',
    './Device/Vendor/MSFT/Policy/Config/Audit/DetailedTracking_AuditProcessCreation',
    './Device/Vendor/MSFT/Policy/Config/ADMX_AuditSettings/IncludeCmdLine',
    ADMX_INSTALL_URI,
  ])
    assert.ok(uris.includes(uri), uri);
  const asr = settings.find((s) => s.setting.omaUri.endsWith('/AttackSurfaceReductionRules'))!.setting.value as string;
  assert.ok(/^([0-9a-f-]{36}=\d)(\|[0-9a-f-]{36}=\d)*$/.test(asr), `ASR rules string without spaces: ${asr}`);
  assert.is(settings.find((s) => s.setting.omaUri.endsWith('/DetailedTracking_AuditProcessCreation'))!.setting.value, 1);
});

/* ------------------------------------------------------------------------------------------------ */
/* hostile text on the ingestion route                                                               */
/* ------------------------------------------------------------------------------------------------ */

function hostileIngestionPlan(): Plan {
  const ops: Operation[] = [];
  HOSTILE_TEXT.forEach((text, i) => {
    const n = String(i).padStart(2, '0');
    const nameText = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '_');
    const key = `Software\\Policies\\Microsoft\\Office\\16.0\\t1559 ${nameText}\\${n}`;
    ops.push(
      registryOp({
        id: `hostile-${n}/short`,
        scope: 'User',
        key,
        valueName: `short ${nameText}`,
        value: { type: 'REG_SZ', data: text },
        title: text,
      }),
      registryOp({
        id: `hostile-${n}/long`,
        scope: 'User',
        key,
        valueName: `long ${nameText}`,
        value: { type: 'REG_SZ', data: `${text} ${'x'.repeat(260)}` },
        title: text,
      }),
      registryOp({
        id: `hostile-${n}/expand`,
        scope: 'Machine',
        key,
        valueName: `expand ${nameText}`,
        value: { type: 'REG_EXPAND_SZ', data: `%SystemRoot%\\${text}` },
        title: text,
      }),
    );
  });
  return syntheticPlan(ops, { profile: { name: 'hostile \u2019"<&>"-->\u{1F600}', description: 'line1\n-->\r\n<script>"' } });
}

test('graph: hostile data on the ingestion route reaches the payload and the ADMX exactly', () => {
  const plan = hostileIngestionPlan();
  const artifacts = checkGraph(plan);
  const admx = parseXml(ingestedAdmx(artifacts)!, 'ingestion.admx').root;
  for (const op of ingestionOps(plan).filter((o) => o.id.endsWith('/short'))) {
    const item = [...walk(admx)].find((e) => (e.local === 'item' || e.local === 'policy') && attr(e, 'valueName') === op.valueName);
    assert.ok(item, `${op.id}: in the ADMX`);
    const value = item!.local === 'item' ? child(item!, 'value')! : child(item!, 'enabledValue')!;
    assert.is(valueText(value), (op.value as { data: string }).data, `${op.id}: ADMX value`);
  }
  const json = profileBodies(artifacts).get('T1559 - User')!;
  assert.ok(json.displayName.endsWith(plan.profile.name));
});

/* ------------------------------------------------------------------------------------------------ */
/* splitting, schemas, JSON text                                                                     */
/* ------------------------------------------------------------------------------------------------ */

test('graph: more than 1000 settings split into "T1559 - Device (2)"', () => {
  const ops = Array.from({ length: 1001 }, (_, i) =>
    registryOp({
      id: `many/s${String(i).padStart(4, '0')}`,
      scope: 'Machine',
      key: `Software\\Policies\\T1559Test\\${i}`,
      valueName: 'v',
      value: { type: 'REG_DWORD', data: i },
      csp: { uri: `./Device/Vendor/MSFT/Policy/Config/T1559Test/S${String(i).padStart(4, '0')}`, format: 'integer' },
    }),
  );
  const artifacts = renderIntune(syntheticPlan(ops));
  const bodies = profileBodies(artifacts);
  assert.equal([...bodies.keys()].sort(), ['T1559 - Device', 'T1559 - Device (2)'].sort());
  assert.is(bodies.get('T1559 - Device')!.omaSettings.length, 1000);
  assert.is(bodies.get('T1559 - Device (2)')!.omaSettings.length, 1);
  assert.is(bodies.get('T1559 - Device (2)')!.omaSettings[0]!.value, 1000, 'order kept across parts');
  assert.ok(bodies.get('T1559 - Device (2)')!.description.includes('part 2 of 2'));
  for (const b of bodies.values()) assert.ok(windows10CustomConfigurationSchema.safeParse(b).success);
  byPath(artifacts, 'intune/IntuneManagement/DeviceConfiguration/T1559 - Device (2).json');
});

const BASE_BODY = {
  '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
  displayName: 'x',
  description: '',
  omaSettings: [
    {
      '@odata.type': '#microsoft.graph.omaSettingInteger',
      displayName: 'a',
      description: '',
      omaUri: './Device/Vendor/MSFT/Policy/Config/A/B',
      value: 1,
    },
  ],
};
const BASE_SCRIPT = {
  '@odata.type': '#microsoft.graph.deviceHealthScript',
  displayName: 'x',
  description: '',
  publisher: 't1559',
  detectionScriptContent: 'AA==',
  remediationScriptContent: 'AA==',
  runAsAccount: 'system',
  enforceSignatureCheck: false,
  runAs32Bit: false,
};

const SCHEMA_CASES: [string, { given: unknown; schema: 'profile' | 'script'; want: boolean }][] = [
  ['a minimal profile', { given: BASE_BODY, schema: 'profile', want: true }],
  ['a profile with an id', { given: { ...BASE_BODY, id: '4cab6671-c8ab-4661-a9c0-90f11ef3c654' }, schema: 'profile', want: false }],
  ['a profile with a timestamp', { given: { ...BASE_BODY, createdDateTime: '2022-09-20T17:30:24Z' }, schema: 'profile', want: false }],
  ['a profile with a version', { given: { ...BASE_BODY, version: 1 }, schema: 'profile', want: false }],
  ['a profile without settings', { given: { ...BASE_BODY, omaSettings: [] }, schema: 'profile', want: false }],
  [
    'an encrypted setting',
    { given: { ...BASE_BODY, omaSettings: [{ ...BASE_BODY.omaSettings[0], isEncrypted: true }] }, schema: 'profile', want: false },
  ],
  [
    'an integer out of Int32',
    { given: { ...BASE_BODY, omaSettings: [{ ...BASE_BODY.omaSettings[0], value: 2 ** 31 }] }, schema: 'profile', want: false },
  ],
  [
    'a string value in an integer setting',
    { given: { ...BASE_BODY, omaSettings: [{ ...BASE_BODY.omaSettings[0], value: '1' }] }, schema: 'profile', want: false },
  ],
  [
    'a relative OMA-URI',
    { given: { ...BASE_BODY, omaSettings: [{ ...BASE_BODY.omaSettings[0], omaUri: 'Vendor/MSFT/X' }] }, schema: 'profile', want: false },
  ],
  ['a minimal health script', { given: BASE_SCRIPT, schema: 'script', want: true }],
  ['a health script run as someone else', { given: { ...BASE_SCRIPT, runAsAccount: 'admin' }, schema: 'script', want: false }],
  [
    'a health script with raw script text',
    { given: { ...BASE_SCRIPT, detectionScriptContent: 'Write-Output 1' }, schema: 'script', want: false },
  ],
  ['a health script with an id', { given: { ...BASE_SCRIPT, id: 'x' }, schema: 'script', want: false }],
];
for (const [name, { given, schema, want }] of SCHEMA_CASES) {
  test(`graph schema: ${name}`, () => {
    const s = schema === 'profile' ? windows10CustomConfigurationSchema : deviceHealthScriptSchema;
    assert.is(s.safeParse(given).success, want);
  });
}

const JSON_CASES: [string, { given: unknown; want: string }][] = [
  ['ASCII stays', { given: { a: 'b' }, want: '{\n  "a": "b"\n}\n' }],
  ['accents and emoji escaped', { given: { a: '\u00e9\u{1F600}' }, want: '{\n  "a": "\\u00e9\\ud83d\\ude00"\n}\n' }],
  ['line separators escaped', { given: ['\u2028\u2029\u007f'], want: '[\n  "\\u2028\\u2029\\u007f"\n]\n' }],
  ['controls and quotes as JSON escapes', { given: ['"\\\n\u0001'], want: '[\n  "\\"\\\\\\n\\u0001"\n]\n' }],
];
for (const [name, { given, want }] of JSON_CASES) {
  test(`graph JSON: ${name}`, () => {
    const out = graphJsonText(given);
    assert.is(out, want);
    assert.equal(JSON.parse(out), given);
  });
}

/* ------------------------------------------------------------------------------------------------ */
/* README                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

function powershellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})powershell\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]!);
}

for (const [name, plan] of [
  ['strict', () => profilePlan('policies/profiles/strict.json')],
  ['hostile', hostileIngestionPlan],
] as const) {
  test(`README: ${name}`, () => {
    const p = plan();
    const readme = text(byPath(renderIntune(p), 'intune/README.md'));
    assert.ok(readme.startsWith('<!-- generated by t1559'));
    assert.is(readme.indexOf('-->'), readme.indexOf('\n') - 3, 'the header comment ends on its own line and nowhere earlier');
    assert.ok(readme.includes("Connect-MgGraph -Scopes 'DeviceManagementConfiguration.ReadWrite.All'"));
    assert.ok(readme.includes("'https://graph.microsoft.com/v1.0/deviceManagement/deviceConfigurations'"));
    assert.ok(readme.includes('Assign **both** configuration profiles'));
    if (name === 'strict') assert.ok(readme.includes("'https://graph.microsoft.com/beta/deviceManagement/deviceHealthScripts'"));
    const blocks = powershellBlocks(readme);
    assert.ok(blocks.length >= 4, 'command blocks');
    blocks.forEach((b, i) => assertParsesCleanly(b, `README block ${i + 1}`));
  });
}

test.run();
