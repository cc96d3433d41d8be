/**
 * DSC v2 configuration script (src/targets/dsc/configuration-script.ts): the generated .ps1 is read back through
 * the PowerShell grammar and compared, resource by resource, with what the plan asks for.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planFromProfile } from '../../src/build.js';
import { InternalError, UserError } from '../../src/lib/errors.js';
import { psComment } from '../../src/lib/powershell.js';
import type { Operation, Plan, RegistryOperation } from '../../src/model/plan.js';
import { renderDsc } from '../../src/targets/dsc/index.js';
import {
  AUDIT_POLICY_DSC,
  DSC_SCRIPT_PATH,
  GP_REGISTRY_POLICY_DSC,
  renderConfigurationScript,
} from '../../src/targets/dsc/configuration-script.js';
import { readConfiguration, type DscConfiguration, type DscParameter, type PsValue } from '../helpers/dsc-configuration.js';
import { auditOp, hostilePlan, registryOp, syntheticPlan } from '../helpers/plan-builder.js';
import { assertParsesCleanly, findNodes, loadPowerShellGrammar } from '../helpers/powershell-grammar.js';
import { PROFILES, profilePlan } from '../helpers/profile-plans.js';

test.before(loadPowerShellGrammar);

/* ------------------------------------------------------------------------------------------------ */
/* the expectation, written from the resource schemas (independent of the renderer)                 */
/* ------------------------------------------------------------------------------------------------ */

type Plain = string | string[] | boolean;

interface Expected {
  op: Operation;
  type: string;
  props: Record<string, Plain>;
}

const POLICY_FILE_TYPES = {
  REG_SZ: 'String',
  REG_EXPAND_SZ: 'ExpandString',
  REG_DWORD: 'Dword',
  REG_QWORD: 'Qword',
  REG_MULTI_SZ: 'MultiString',
  REG_BINARY: 'Binary',
} as const;

function expectedResources(plan: Plan): Expected[] {
  const out: Expected[] = [];
  for (const op of plan.operations) {
    const route = op.routes.dscV2;
    if (route.status === 'notCarried') continue;
    if (op.type === 'audit') {
      for (const [flag, on] of [
        ['Success', op.audit.success],
        ['Failure', op.audit.failure],
      ] as const)
        out.push({
          op,
          type: 'AuditPolicySubcategory',
          props: { Name: op.audit.subcategory, AuditFlag: flag, Ensure: on ? 'Present' : 'Absent' },
        });
      continue;
    }
    out.push(route.via === 'RegistryPolicyFile' ? expectedPolicyFile(op) : expectedRegistry(op));
  }
  return out;
}

function expectedPolicyFile(op: RegistryOperation): Expected {
  const props: Record<string, Plain> = {
    Key: op.key,
    TargetType: op.scope === 'Machine' ? 'ComputerConfiguration' : 'UserConfiguration',
    ValueName: op.valueName,
  };
  if (op.action === 'set' && op.value) {
    const v = op.value;
    props.ValueType = POLICY_FILE_TYPES[v.type];
    // Read back by the resource through [Int32]/[Int64]: the same bits as a signed number.
    props.ValueData =
      v.type === 'REG_DWORD'
        ? BigInt.asIntN(32, BigInt(v.data)).toString()
        : v.type === 'REG_QWORD'
          ? BigInt.asIntN(64, BigInt(v.data)).toString()
          : v.data;
  }
  props.Ensure = op.action === 'deleteValue' ? 'Absent' : 'Present';
  return { op, type: 'RegistryPolicyFile', props };
}

function expectedRegistry(op: RegistryOperation): Expected {
  const props: Record<string, Plain> = { Key: `HKEY_LOCAL_MACHINE\\${op.key}`, ValueName: op.valueName };
  if (op.action === 'set' && op.value) {
    const v = op.value;
    props.ValueType = POLICY_FILE_TYPES[v.type];
    if (v.type === 'REG_BINARY') {
      props.ValueData = v.data === '' ? '' : `0x${v.data}`;
      props.Hex = true;
    } else if (v.type === 'REG_DWORD' || v.type === 'REG_QWORD') {
      const n = BigInt(v.data);
      const fits = v.type === 'REG_DWORD' ? n <= 0x7fffffffn : n <= 0x7fffffffffffffffn;
      props.ValueData = fits ? n.toString() : `0x${n.toString(16).padStart(v.type === 'REG_DWORD' ? 8 : 16, '0')}`;
      if (!fits) props.Hex = true;
    } else props.ValueData = v.data;
    props.Force = true;
    props.Ensure = 'Present';
  } else if (op.action === 'deleteValue') {
    if (op.valueName === '') props.ValueType = 'String';
    props.Ensure = 'Absent';
  } else props.Ensure = 'Present';
  return { op, type: 'Registry', props };
}

/* ------------------------------------------------------------------------------------------------ */
/* reading the script back                                                                           */
/* ------------------------------------------------------------------------------------------------ */

function scriptText(plan: Plan): string {
  const artifact = renderConfigurationScript(plan);
  assert.is(artifact.path, DSC_SCRIPT_PATH);
  assert.equal(
    [...artifact.bytes.slice(0, 3)],
    [0xef, 0xbb, 0xbf],
    'UTF-8 with BOM (Windows PowerShell 5.1 reads BOM-less scripts as ANSI)',
  );
  return Buffer.from(artifact.bytes.slice(3)).toString('utf8');
}

function read(plan: Plan, label: string): { text: string; config: DscConfiguration } {
  const text = scriptText(plan);
  const tree = assertParsesCleanly(text, label);
  // Every literal must be well-formed for PowerShell's tokenizer too (which also ends strings at ‘ ’ ‚ ‛).
  for (const lit of findNodes(tree, 'string_literal'))
    assert.ok(lit.text.startsWith("'"), `only single-quoted strings: ${lit.text.slice(0, 40)}`);
  return { text, config: readConfiguration(tree) };
}

function resolve(value: PsValue, params: Map<string, DscParameter>): Plain {
  switch (value.kind) {
    case 'string':
    case 'strings':
    case 'bool':
      return value.value;
    case 'int':
      return String(value.value);
    case 'variable': {
      const p = params.get(value.name);
      if (!p) throw new Error(`undeclared variable $${value.name}`);
      const d = p.default;
      if (d.kind === 'int') {
        assert.is(value.cast, '[string]', `$${value.name} is an [int]; ValueData takes it as [string]`);
        return String(d.value);
      }
      if (d.kind !== 'string') throw new Error(`unexpected default for $${value.name}`);
      return d.value;
    }
  }
}

/** Every resource matches exactly one expectation and every expectation one resource. */
function assertResourcesMatch(plan: Plan, config: DscConfiguration): void {
  const params = new Map(config.parameters.map((p) => [p.name, p]));
  const expected = expectedResources(plan);
  const actual = config.resources.filter((r) => r.type !== 'RefreshRegistryPolicy');
  const used = new Set<string>();
  for (const r of actual) {
    const props: Record<string, Plain> = {};
    for (const [k, v] of r.properties) {
      if (v.kind === 'variable') used.add(v.name);
      props[k] = resolve(v, params);
    }
    const i = expected.findIndex((e) => e.type === r.type && JSON.stringify(sortKeys(e.props)) === JSON.stringify(sortKeys(props)));
    assert.ok(i >= 0, `unexpected resource ${r.type} '${r.name}': ${JSON.stringify(props)}`);
    const [match] = expected.splice(i, 1);
    // The comment above names the operation, its control, mitigation and techniques.
    assert.is(`# ${r.comments[0]}`, psComment(`${match!.op.id}: ${match!.op.title}`));
    for (const m of match!.op.mitigations) assert.ok(r.comments[1]!.includes(m), `mitigation ${m} in ${r.comments[1]}`);
    for (const t of match!.op.techniques) assert.ok(r.comments[1]!.includes(t), `technique ${t}`);
  }
  assert.equal(
    expected.map((e) => `${e.type} ${e.op.id} ${JSON.stringify(e.props)}`),
    [],
    'every operation routed to DSC v2 appears',
  );
  // Parameters: NodeName plus one per variable used, each used once, defaults within their own validation.
  const declared = config.parameters.map((p) => p.name).filter((n) => n !== 'NodeName');
  assert.equal([...used].sort(), [...declared].sort(), 'every parameter is used, no variable is undeclared');
  for (const p of config.parameters) {
    if (p.validateSet)
      assert.ok(
        p.validateSet.some((v) => JSON.stringify(v) === JSON.stringify(p.default)),
        `${p.name} default in its ValidateSet`,
      );
    if (p.validateRange) {
      assert.is(p.default.kind, 'int');
      const d = (p.default as { value: number }).value;
      assert.ok(d >= p.validateRange[0] && d <= p.validateRange[1], `${p.name} default in its ValidateRange`);
    }
  }
}

function sortKeys(o: Record<string, Plain>): Record<string, Plain> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function assertStructure(plan: Plan, config: DscConfiguration): void {
  assert.is(config.name, 'T1559Hardening');
  assert.equal(config.parameters[0], { name: 'NodeName', type: '[string[]]', default: { kind: 'string', value: 'localhost' } });
  assert.is(config.nodeExpression, '$NodeName');
  const hasPolicyFile = config.resources.some((r) => r.type === 'RegistryPolicyFile');
  const hasAudit = plan.operations.some((o) => o.type === 'audit' && o.routes.dscV2.status !== 'notCarried');
  assert.equal(config.imports, [
    { module: 'PSDesiredStateConfiguration' },
    ...(hasPolicyFile ? [{ module: GP_REGISTRY_POLICY_DSC.name, version: GP_REGISTRY_POLICY_DSC.version }] : []),
    ...(hasAudit ? [{ module: AUDIT_POLICY_DSC.name, version: AUDIT_POLICY_DSC.version }] : []),
  ]);
  const names = config.resources.map((r) => r.name);
  assert.is(new Set(names.map((n) => n.toLowerCase())).size, names.length, 'resource names are unique');
  for (const n of names) assert.match(n, /^[A-Za-z0-9_.-]+$/);
  const refresh = config.resources.filter((r) => r.type === 'RefreshRegistryPolicy');
  const policyFiles = config.resources.filter((r) => r.type === 'RegistryPolicyFile').map((r) => `[RegistryPolicyFile]${r.name}`);
  if (policyFiles.length === 0) assert.is(refresh.length, 0);
  else {
    assert.is(refresh.length, 1);
    assert.is(config.resources.at(-1)!.type, 'RefreshRegistryPolicy', 'refresh comes last');
    assert.equal(Object.fromEntries(refresh[0]!.properties), {
      IsSingleInstance: { kind: 'string', value: 'Yes' },
      DependsOn: { kind: 'strings', value: policyFiles },
    });
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* real profiles                                                                                     */
/* ------------------------------------------------------------------------------------------------ */

for (const [name, path] of PROFILES) {
  test(`DSC v2 script for ${name}: parses cleanly, every DSC v2 operation exactly once, nothing else`, () => {
    const plan = profilePlan(path);
    const { text, config } = read(plan, `${name}/T1559Hardening.ps1`);
    assert.not.ok(text.includes('\r'), 'LF line endings');
    assert.ok(text.startsWith(`# Generated by t1559 ${plan.tool.version} from profile ${plan.profile.name}.`));
    assertStructure(plan, config);
    assertResourcesMatch(plan, config);
    // Ops the channel does not carry are named in the header.
    for (const op of plan.operations.filter((o) => o.routes.dscV2.status === 'notCarried'))
      assert.ok(text.includes(op.id), `${op.id} listed as not carried`);
  });
}

test('DSC v2: user preference values go to the User registry.pol with the reason, never through Registry', () => {
  const plan = planFromProfile({ profilePath: 'policies/profiles/recommended.json', env: {} });
  const { config } = read(plan, 'recommended');
  const userPrefs = plan.operations.filter(
    (o): o is RegistryOperation => o.type === 'registry' && o.scope === 'User' && o.kind === 'preference',
  );
  assert.ok(userPrefs.length > 0);
  for (const op of userPrefs) {
    const r = config.resources.find((x) => x.comments[0]?.startsWith(`${op.id}:`));
    assert.ok(r, op.id);
    assert.is(r!.type, 'RegistryPolicyFile');
    assert.equal(r!.properties.get('TargetType'), { kind: 'string', value: 'UserConfiguration' });
    assert.ok(
      r!.comments.some((c) => c.includes('SYSTEM')),
      'comment explains why',
    );
  }
  assert.not.ok(
    config.resources.some(
      (r) => r.type === 'Registry' && String((r.properties.get('Key') as { value: string }).value).startsWith('HKEY_CURRENT_USER'),
    ),
  );
});

test('DSC v2: rendering does not modify the plan', () => {
  const plan = planFromProfile({ profilePath: 'test/fixtures/profiles/every-type.json', env: {} });
  const before = JSON.stringify(plan);
  renderDsc(plan);
  assert.is(JSON.stringify(plan), before);
});

/* ------------------------------------------------------------------------------------------------ */
/* hostile text                                                                                      */
/* ------------------------------------------------------------------------------------------------ */

test('DSC v2: hostile keys, value names, data, titles and profile name parse cleanly and round-trip unchanged', () => {
  const plan = hostilePlan();
  const { config } = read(plan, 'hostile');
  assertStructure(plan, config);
  assertResourcesMatch(plan, config);
});

test('DSC v2: hostile text in comments cannot start a statement', () => {
  const evil = "x\n$evil = 1\r\n#>\u2028Stop-Computer\u0085'";
  const plan = syntheticPlan(
    [
      registryOp({
        id: 'c/s',
        scope: 'Machine',
        key: 'Software\\Policies\\X',
        valueName: 'v',
        value: { type: 'REG_DWORD', data: 1 },
        title: evil,
        sddl: evil,
      }),
    ],
    { profile: { name: evil, description: evil } },
  );
  const { config, text } = read(plan, 'comments');
  assert.is(config.resources.length, 2, 'the value and the refresh, nothing else');
  assert.not.ok(/^\s*\$evil/m.test(text.replace(/^\s*#.*$/gm, '')), 'no $evil outside comments');
});

/* ------------------------------------------------------------------------------------------------ */
/* numbers, defaults and deletes: exact forms                                                        */
/* ------------------------------------------------------------------------------------------------ */

const FORMS: [string, { given: RegistryOperation; want: Record<string, Plain> }][] = [
  [
    'DWORD above 2^31-1 through RegistryPolicyFile: the signed decimal the resource reads back',
    {
      given: registryOp({
        id: 'n/a',
        scope: 'Machine',
        key: 'Software\\Policies\\N',
        valueName: 'v',
        value: { type: 'REG_DWORD', data: 0xfffffffe },
      }),
      want: { ValueType: 'Dword', ValueData: '-2' },
    },
  ],
  [
    'QWORD 2^64-1 through RegistryPolicyFile',
    {
      given: registryOp({
        id: 'n/b',
        scope: 'Machine',
        key: 'Software\\Policies\\N',
        valueName: 'v',
        value: { type: 'REG_QWORD', data: '18446744073709551615' },
      }),
      want: { ValueType: 'Qword', ValueData: '-1' },
    },
  ],
  [
    'DWORD above 2^31-1 through Registry: hex with Hex',
    {
      given: registryOp({
        id: 'n/c',
        kind: 'preference',
        scope: 'Machine',
        key: 'SOFTWARE\\N',
        valueName: 'v',
        value: { type: 'REG_DWORD', data: 0x80000000 },
      }),
      want: { ValueType: 'Dword', ValueData: '0x80000000', Hex: true },
    },
  ],
  [
    'QWORD beyond 2^53 through Registry stays exact',
    {
      given: registryOp({
        id: 'n/d',
        kind: 'preference',
        scope: 'Machine',
        key: 'SOFTWARE\\N',
        valueName: 'v',
        value: { type: 'REG_QWORD', data: '9007199254740993' },
      }),
      want: { ValueType: 'Qword', ValueData: '9007199254740993' },
    },
  ],
  [
    'binary through Registry: 0x hex string with Hex',
    {
      given: registryOp({
        id: 'n/e',
        kind: 'preference',
        scope: 'Machine',
        key: 'SOFTWARE\\N',
        valueName: 'v',
        value: { type: 'REG_BINARY', data: '0100ff' },
      }),
      want: { ValueType: 'Binary', ValueData: '0x0100ff', Hex: true, Force: true },
    },
  ],
  [
    'multi-string through RegistryPolicyFile: a string array',
    {
      given: registryOp({
        id: 'n/f',
        scope: 'User',
        key: 'Software\\Policies\\N',
        valueName: 'v',
        value: { type: 'REG_MULTI_SZ', data: ['a', "b'c"] },
      }),
      want: { ValueType: 'MultiString', ValueData: ['a', "b'c"], TargetType: 'UserConfiguration' },
    },
  ],
  [
    'policy delete: Absent, no type or data',
    {
      given: registryOp({ id: 'n/g', scope: 'User', key: 'Software\\Policies\\N', valueName: 'allowdde', action: 'deleteValue' }),
      want: { ValueName: 'allowdde', Ensure: 'Absent' },
    },
  ],
  [
    'machine preference delete of the default value names a ValueType (without one the resource deletes the key)',
    {
      given: registryOp({ id: 'n/h', kind: 'preference', scope: 'Machine', key: 'SOFTWARE\\N', valueName: '', action: 'deleteValue' }),
      want: { ValueName: '', ValueType: 'String', Ensure: 'Absent' },
    },
  ],
  [
    'machine preference default value set',
    {
      given: registryOp({
        id: 'n/i',
        kind: 'preference',
        scope: 'Machine',
        key: 'SOFTWARE\\N',
        valueName: '',
        value: { type: 'REG_SZ', data: 'd' },
      }),
      want: { ValueName: '', ValueType: 'String', ValueData: 'd' },
    },
  ],
  [
    'machine preference createKey: empty ValueName, no type, Present',
    {
      given: registryOp({ id: 'n/j', kind: 'preference', scope: 'Machine', key: 'SOFTWARE\\N\\K', valueName: '', action: 'createKey' }),
      want: { Key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\N\\K', ValueName: '', Ensure: 'Present' },
    },
  ],
];

for (const [name, { given, want }] of FORMS) {
  test(`DSC v2 form: ${name}`, () => {
    const { config } = read(syntheticPlan([given]), name);
    const r = config.resources.find((x) => x.type !== 'RefreshRegistryPolicy')!;
    const props = Object.fromEntries([...r.properties].map(([k, v]) => [k, resolve(v, new Map())]));
    for (const [k, v] of Object.entries(want)) assert.equal(props[k], v, k);
    if (given.action !== 'set') {
      assert.not.ok('ValueData' in props, 'no data');
      if (given.valueName !== '') assert.not.ok('ValueType' in props, 'no type');
    }
  });
}

test('DSC v2: audit flags are both explicit, as in audit.csv', () => {
  const { config } = read(syntheticPlan([auditOp('a/b', false, true, { subcategory: 'Logon' })]), 'audit');
  assert.equal(
    config.resources.map((r) => Object.fromEntries([...r.properties].map(([k, v]) => [k, resolve(v, new Map())]))),
    [
      { Name: 'Logon', AuditFlag: 'Success', Ensure: 'Absent' },
      { Name: 'Logon', AuditFlag: 'Failure', Ensure: 'Present' },
    ],
  );
  assert.equal(
    config.imports.map((i) => i.module),
    ['PSDesiredStateConfiguration', 'AuditPolicyDsc'],
  );
});

/* ------------------------------------------------------------------------------------------------ */
/* what DSC v2 cannot carry: a wrong route is a loud error, never a wrong file                       */
/* ------------------------------------------------------------------------------------------------ */

const REFUSED: [string, { given: Operation[]; want: { error: typeof InternalError | typeof UserError; message: RegExp } }][] = [
  [
    'NUL in data',
    {
      given: [
        registryOp({
          id: 'r/i',
          scope: 'Machine',
          key: 'Software\\Policies\\B',
          valueName: 'v',
          value: { type: 'REG_SZ', data: 'a\u0000b' },
        }),
      ],
      want: { error: UserError, message: /cannot be written as a PowerShell string/ },
    },
  ],
  [
    'unpaired surrogate in a value name',
    {
      given: [
        registryOp({
          id: 'r/j',
          scope: 'Machine',
          key: 'Software\\Policies\\B',
          valueName: 'a\uD800',
          value: { type: 'REG_SZ', data: 'x' },
        }),
      ],
      want: { error: UserError, message: /cannot be written as a PowerShell string/ },
    },
  ],
];

for (const [name, { given, want }] of REFUSED) {
  test(`DSC v2 refuses: ${name}`, () => {
    try {
      renderConfigurationScript(syntheticPlan(given));
    } catch (err) {
      assert.instance(err, want.error);
      const text = err instanceof UserError ? err.render() : (err as Error).message;
      assert.match(text, want.message);
      return;
    }
    assert.unreachable('should have thrown');
  });
}

test('DSC v2: operations the plan marks notCarried are listed in the header, not rendered', () => {
  const base = registryOp({
    id: 'nc/x',
    scope: 'Machine',
    key: 'Software\\Policies\\N',
    valueName: 'v',
    value: { type: 'REG_DWORD', data: 1 },
  });
  const op: RegistryOperation = {
    ...base,
    routes: { ...base.routes, dscV2: { status: 'notCarried', via: 'none', reason: 'because of a test' } },
  };
  // One carried machine preference too: the grammar (unlike PowerShell) rejects an empty `Node $x { }` block.
  const carried = registryOp({
    id: 'nc/y',
    kind: 'preference',
    scope: 'Machine',
    key: 'SOFTWARE\\N',
    valueName: 'v',
    value: { type: 'REG_DWORD', data: 1 },
  });
  const { text, config } = read(syntheticPlan([op, carried]), 'not carried');
  assert.equal(
    config.resources.map((r) => r.type),
    ['Registry'],
  );
  assert.ok(text.includes('# Not carried by this script (1):'));
  assert.ok(text.includes('#   because of a test:'));
  assert.ok(text.includes('#     - nc/x (HKLM\\Software\\Policies\\N\\v)'));
  assert.equal(config.imports, [{ module: 'PSDesiredStateConfiguration' }]);
});

/* ------------------------------------------------------------------------------------------------ */
/* compile-time parameters                                                                           */
/* ------------------------------------------------------------------------------------------------ */

test('compile parameters: the strict profile exposes exactly the 1:1 enum and integer parameters, with unique names', () => {
  const { config } = read(profilePlan('policies/profiles/strict.json'), 'strict');
  const names = config.parameters.map((p) => p.name).filter((n) => n !== 'NodeName');
  assert.equal([...names].sort(), [
    'AsrOfficeRules_ChildProcesses',
    'AsrOfficeRules_CodeInjection',
    'AsrOfficeRules_CommunicationAppChildProcesses',
    'AsrOfficeRules_ExecutableContent',
    'AsrOfficeRules_Win32ApiCalls',
    'AsrScriptRules_EmailExecutableContent',
    'AsrScriptRules_ObfuscatedScripts',
    'AsrScriptRules_ScriptLaunchDownloaded',
    'AsrWmiPersistence_WmiPersistence',
    'AsrWmiPsexec_PsexecWmiProcessCreation',
    'ComDefaultAuthentication_AuthenticationLevel',
    'ComDefaultAuthentication_ImpersonationLevel',
    'OfficeAutomationSecurity_Level',
    'OutlookObjectModelGuard_PromptOomAddressBookAccess',
    'OutlookObjectModelGuard_PromptOomAddressInformationAccess',
    'OutlookObjectModelGuard_PromptOomCustomAction',
    'OutlookObjectModelGuard_PromptOomFormulaAccess',
    'OutlookObjectModelGuard_PromptOomMeetingTaskRequestResponse',
    'OutlookObjectModelGuard_PromptOomSaveAs',
    'OutlookObjectModelGuard_PromptOomSend',
    'OutlookOleActivexMacros_MacroLevel',
    'PublisherAutomationSecurity_Level',
  ]);
  assert.is(new Set(names.map((n) => n.toLowerCase())).size, names.length, 'parameter names unique');
});

test('compile parameters: a parameter that feeds several values (file validation onFailure) is not exposed', () => {
  const plan = profilePlan('policies/profiles/strict.json');
  const onFailure = plan.operations.filter((op) => op.type === 'registry' && op.binding?.parameter === 'onFailure');
  assert.ok(onFailure.length > 1, 'onFailure feeds Word, Excel and PowerPoint');
  const { config } = read(plan, 'strict');
  assert.not.ok(config.parameters.some((p) => /OnFailure/.test(p.name)));
});

test('compile parameters: strict profile exposes levels with ValidateRange and ASR modes with ValidateSet', () => {
  const { config } = read(planFromProfile({ profilePath: 'policies/profiles/strict.json', env: {} }), 'strict');
  const byName = new Map(config.parameters.map((p) => [p.name, p]));
  assert.equal(byName.get('ComDefaultAuthentication_AuthenticationLevel'), {
    name: 'ComDefaultAuthentication_AuthenticationLevel',
    type: '[int]',
    default: { kind: 'int', value: 5 },
    validateRange: [2, 6],
  });
  const injection = byName.get('AsrOfficeRules_CodeInjection')!;
  assert.equal(
    injection.validateSet,
    ['0', '1', '2'].map((value) => ({ kind: 'string', value })),
    'no warn for the injection rule',
  );
  assert.is(injection.type, '[string]');
  assert.ok(byName.has('OutlookObjectModelGuard_PromptOomSend'));
  assert.equal(
    byName.get('OutlookObjectModelGuard_PromptOomSend')!.validateSet,
    [0, 1, 3].map((value) => ({ kind: 'int', value })),
  );
});

test('compile parameters: not exposed when the setting yields several values or unexpected data', () => {
  const oom = (v: string, data: number) =>
    registryOp({
      id: `outlook-object-model-guard/oom-send@${v}`,
      scope: 'User',
      key: `software\\policies\\microsoft\\office\\${v}\\outlook\\security`,
      valueName: 'promptoomsend',
      value: { type: 'REG_DWORD', data },
      binding: { parameter: 'promptOomSend', allowed: { kind: 'set', values: [0, 1, 3] } },
    });
  const asr = registryOp({
    id: 'asr-office-rules/office-child-processes',
    scope: 'Machine',
    key: 'Software\\Policies\\R',
    valueName: 'd4f940ab-401b-4efc-aadc-ad5f3c50688a',
    value: { type: 'REG_SZ', data: '9' },
    binding: { parameter: 'childProcesses', allowed: { kind: 'set', values: ['0', '1', '2', '6'] } },
  });
  const { config } = read(syntheticPlan([oom('15.0', 0), oom('16.0', 0), asr]), 'not exposed');
  assert.equal(
    config.parameters.map((p) => p.name),
    ['NodeName'],
  );
  const sendValues = config.resources.filter((r) => r.type === 'RegistryPolicyFile').map((r) => r.properties.get('ValueData'));
  assert.equal(sendValues, [
    { kind: 'string', value: '0' },
    { kind: 'string', value: '0' },
    { kind: 'string', value: '9' },
  ]);
  const single = read(syntheticPlan([oom('16.0', 3)]), 'exposed').config;
  assert.equal(
    single.parameters.map((p) => p.name),
    ['NodeName', 'OutlookObjectModelGuard_PromptOomSend'],
  );
  assert.equal(single.resources[0]!.properties.get('ValueData'), {
    kind: 'variable',
    name: 'OutlookObjectModelGuard_PromptOomSend',
    cast: '[string]',
  });
});

test.run();
