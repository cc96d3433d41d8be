/**
 * Intune remediation scripts (src/targets/intune/remediation-scripts.ts, templates/intune/*.ps1.ejs): every
 * generated .ps1 parses cleanly; the `$Settings` table of detect.ps1 AND remediate.ps1, read back through the
 * PowerShell grammar, holds exactly the plan's remediation operations (key, name, action, type, data); the
 * deviceHealthScript bodies carry the base64 of exactly the script bytes; hostile text stays inside its
 * literals and comments.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { UserError } from '../../src/lib/errors.js';
import type { Operation, Plan, RegistryOperation } from '../../src/model/plan.js';
import type { Artifact } from '../../src/model/artifact.js';
import { deviceHealthScriptSchema } from '../../src/targets/intune/graph-schema.js';
import { renderIntune } from '../../src/targets/intune/index.js';
import { HOSTILE_TEXT, registryOp, syntheticPlan } from '../helpers/plan-builder.js';
import { byPath, healthScriptBodies, scriptPairs, scriptText, type ScriptPair } from '../helpers/intune-output.js';
import { PROFILES, profilePlan } from '../helpers/profile-plans.js';
import type { TableEntry, TableValue } from '../helpers/intune-scripts.js';
import { findNodes, loadPowerShellGrammar, parsePowerShell } from '../helpers/powershell-grammar.js';

test.before(loadPowerShellGrammar);

/* ------------------------------------------------------------------------------------------------ */
/* the expectation, written from the .NET RegistryValueKind names (independent of the renderer)      */
/* ------------------------------------------------------------------------------------------------ */

const ACTIONS = { set: 'Set', deleteValue: 'DeleteValue', deleteAllValues: 'DeleteAllValues', createKey: 'CreateKey' } as const;
const KINDS = {
  REG_SZ: 'String',
  REG_EXPAND_SZ: 'ExpandString',
  REG_DWORD: 'DWord',
  REG_QWORD: 'QWord',
  REG_MULTI_SZ: 'MultiString',
  REG_BINARY: 'Binary',
} as const;

function remediationOps(plan: Plan, account: 'system' | 'user'): RegistryOperation[] {
  return plan.operations.filter(
    (op): op is RegistryOperation => op.type === 'registry' && op.routes.intune.via === `remediation (${account})`,
  );
}

/** Check one table entry against its operation; data compared by meaning (a DWORD read as its signed Int32). */
function assertEntry(entry: TableEntry, op: RegistryOperation, where: string): void {
  const f = entry.fields;
  assert.equal([...f.keys()], ['Id', 'Key', 'Name', 'Action', 'Kind', 'Data'], `${where}: fields`);
  assert.is(f.get('Id'), op.id, `${where}: Id`);
  assert.is(f.get('Key'), op.key, `${where}: Key`);
  assert.is(f.get('Name'), op.valueName, `${where}: Name`);
  assert.is(f.get('Action'), ACTIONS[op.action], `${where}: Action`);
  if (op.action !== 'set') {
    assert.is(f.get('Kind'), null, `${where}: Kind`);
    assert.is(f.get('Data'), null, `${where}: Data`);
    return;
  }
  const v = op.value!;
  assert.is(f.get('Kind'), KINDS[v.type], `${where}: Kind`);
  const data: TableValue | undefined = f.get('Data');
  switch (v.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      assert.is(data, v.data, `${where}: Data`);
      break;
    case 'REG_DWORD':
    case 'REG_QWORD': {
      const bits = v.type === 'REG_DWORD' ? 32 : 64;
      assert.ok(typeof data === 'bigint', `${where}: Data is an integer`);
      assert.is(BigInt.asIntN(bits, data as bigint), data, `${where}: within the signed range`);
      assert.is(BigInt.asUintN(bits, data as bigint), BigInt(v.data), `${where}: same bits`);
      break;
    }
    case 'REG_MULTI_SZ':
      assert.equal(data, { strings: v.data }, `${where}: Data`);
      break;
    case 'REG_BINARY':
      assert.equal(data, { bytes: [...Buffer.from(v.data, 'hex')] }, `${where}: Data`);
      break;
  }
}

function assertPair(pair: ScriptPair, ops: readonly RegistryOperation[]): void {
  for (const [label, table] of [
    ['detect.ps1', pair.detectTable],
    ['remediate.ps1', pair.remediateTable],
  ] as const) {
    assert.is(table.length, ops.length, `${pair.name}/${label}: one entry per operation`);
    ops.forEach((op, i) => assertEntry(table[i]!, op, `${pair.name}/${label} ${op.id}`));
  }
}

/** Commands the templates call; an injected value would add another. */
const COMMANDS = new Set([
  'Set-StrictMode',
  'Write-Output',
  'Write-Summary',
  'Where-Object',
  'Get-SettingLabel',
  'Get-SettingDifference',
  'Format-Data',
  'Test-SameList',
  'Test-SameData',
  'Open-BaseKey',
  'Set-Setting',
  'Test-AccessDenied',
]);
/** The one double-quoted string of the templates. */
const EXPANDABLE = new Set([`"'{0}'"`]);

function assertOnlyTemplateCode(a: Artifact): void {
  const tree = parsePowerShell(scriptText(a));
  const commands = findNodes(tree, 'command_name').map((n) => n.text);
  for (const c of commands) assert.ok(COMMANDS.has(c), `${a.path}: unexpected command ${JSON.stringify(c)}`);
  assert.equal(
    findNodes(tree, 'sub_expression').map((n) => n.text),
    [],
    `${a.path}: no $( ) in the script`,
  );
  for (const s of findNodes(tree, 'expandable_string_literal'))
    assert.ok(EXPANDABLE.has(s.text), `${a.path}: unexpected expandable string ${s.text}`);
  const exits = findNodes(tree, (n) => n.type === 'flow_control_statement' && n.text.startsWith('exit')).map((n) => n.text);
  assert.equal([...new Set(exits)].sort(), ['exit 0', 'exit 1'], `${a.path}: exit codes`);
}

function assertHealthScripts(plan: Plan, artifacts: readonly Artifact[]): void {
  const bodies = healthScriptBodies(artifacts);
  for (const [name, body] of bodies) {
    assert.ok(deviceHealthScriptSchema.safeParse(body).success, `${name}: matches the Graph model`);
    const detect = byPath(artifacts, `intune/remediations/${name}/detect.ps1`);
    const remediate = byPath(artifacts, `intune/remediations/${name}/remediate.ps1`);
    assert.equal(
      [...Buffer.from(body.detectionScriptContent, 'base64')],
      [...detect.bytes],
      `${name}: detection content is the script bytes`,
    );
    assert.equal(
      [...Buffer.from(body.remediationScriptContent, 'base64')],
      [...remediate.bytes],
      `${name}: remediation content is the script bytes`,
    );
    assert.is(body.runAsAccount, name === 'T1559 - Machine' ? 'system' : 'user');
    assert.is(body.runAs32Bit, false);
    assert.is(body.enforceSignatureCheck, false);
    assert.is(body.publisher, 't1559');
    assert.ok(body.displayName.includes(plan.profile.name));
  }
}

function checkPlan(plan: Plan): Artifact[] {
  const artifacts = renderIntune(plan);
  const pairs = scriptPairs(artifacts); // parses every script cleanly
  for (const [account, name] of [
    ['system', 'T1559 - Machine'],
    ['user', 'T1559 - User'],
  ] as const) {
    const ops = remediationOps(plan, account);
    const pair = pairs.get(name);
    if (ops.length === 0) {
      assert.not.ok(pair, `no ${name} pair without operations`);
      continue;
    }
    assert.ok(pair, `${name} pair exists`);
    assertPair(pair!, ops);
    for (const a of [pair!.detect, pair!.remediate]) {
      const text = scriptText(a);
      assert.ok(text.startsWith(`# generated by t1559 ${plan.tool.version} from profile `), `${a.path}: generated-by header`);
      assert.ok(/^Set-StrictMode -Version Latest$/m.test(text), `${a.path}: strict mode`);
      assert.ok(/^\$ErrorActionPreference = 'Stop'$/m.test(text), `${a.path}: stop on errors`);
      assertOnlyTemplateCode(a);
    }
  }
  assertHealthScripts(plan, artifacts);
  return artifacts;
}

for (const [name, path] of PROFILES) {
  test(`scripts: ${name} profile`, () => {
    const plan = profilePlan(path);
    const artifacts = checkPlan(plan);
    const pairs = scriptPairs(artifacts);
    if (name !== 'recommended') assert.ok(pairs.has('T1559 - Machine'), 'this profile has machine remediation values');
    for (const pair of pairs.values()) {
      for (const entry of pair.detectTable) {
        const op = plan.operations.find((o) => o.id === entry.fields.get('Id'))!;
        assert.ok(
          entry.comments.some((c) => c.includes(op.controls[0]!) && c.includes(op.techniques[0]!)),
          `${op.id}: comments name control and ATT&CK ids`,
        );
      }
    }
  });
}

test('scripts: the AppID note and the TrustedInstaller hint appear where AppID keys are set', () => {
  const artifacts = renderIntune(profilePlan('test/fixtures/profiles/appids.json'));
  const detect = scriptText(byPath(artifacts, 'intune/remediations/T1559 - Machine/detect.ps1'));
  const remediate = scriptText(byPath(artifacts, 'intune/remediations/T1559 - Machine/remediate.ps1'));
  assert.ok(detect.includes('owned by TrustedInstaller'));
  assert.ok(remediate.includes("ACCESS DENIED {0} [{1}]: {2} {3}' -f $label, $setting.Id, $_.Exception.Message, $AccessDeniedHint"));
  assert.ok(/^\$AccessDeniedHint = '.*TrustedInstaller.*'$/m.test(remediate));
});

/* ------------------------------------------------------------------------------------------------ */
/* every value type and action, hostile text everywhere a plan or profile string reaches a script     */
/* ------------------------------------------------------------------------------------------------ */

function typesPlan(): Plan {
  const m = 'SOFTWARE\\Microsoft\\T1559';
  const u = 'Software\\Microsoft\\T1559';
  const ops: Operation[] = [
    registryOp({
      id: 'types/dword-max',
      scope: 'Machine',
      key: m,
      valueName: 'dword-max',
      value: { type: 'REG_DWORD', data: 0xffffffff },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/dword-signed-max',
      scope: 'Machine',
      key: m,
      valueName: 'dword-signed-max',
      value: { type: 'REG_DWORD', data: 0x7fffffff },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/dword-signed-min',
      scope: 'Machine',
      key: m,
      valueName: 'dword-signed-min',
      value: { type: 'REG_DWORD', data: 0x80000000 },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/dword-zero',
      scope: 'Machine',
      key: m,
      valueName: 'dword-zero',
      value: { type: 'REG_DWORD', data: 0 },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/qword-max',
      scope: 'Machine',
      key: m,
      valueName: 'qword-max',
      value: { type: 'REG_QWORD', data: '18446744073709551615' },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/qword-signed-min',
      scope: 'Machine',
      key: m,
      valueName: 'qword-signed-min',
      value: { type: 'REG_QWORD', data: '9223372036854775808' },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/qword-big',
      scope: 'Machine',
      key: m,
      valueName: 'qword-big',
      value: { type: 'REG_QWORD', data: '9007199254740993' },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/binary',
      scope: 'Machine',
      key: m,
      valueName: 'binary',
      value: { type: 'REG_BINARY', data: '00ff5b5d27223b0a' },
      kind: 'preference',
      sddl: 'O:BAG:BAD:(A;;CCDC;;;BA)',
    }),
    registryOp({
      id: 'types/binary-empty',
      scope: 'Machine',
      key: m,
      valueName: 'binary-empty',
      value: { type: 'REG_BINARY', data: '' },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/multi',
      scope: 'Machine',
      key: m,
      valueName: 'multi',
      value: { type: 'REG_MULTI_SZ', data: ['a', "b'c", ''.padEnd(3, 'x')] },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/multi-empty',
      scope: 'Machine',
      key: m,
      valueName: 'multi-empty',
      value: { type: 'REG_MULTI_SZ', data: [] },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/sz-empty',
      scope: 'Machine',
      key: m,
      valueName: 'sz-empty',
      value: { type: 'REG_SZ', data: '' },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/expand',
      scope: 'Machine',
      key: m,
      valueName: 'expand',
      value: { type: 'REG_EXPAND_SZ', data: '%ProgramFiles%\\x' },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/default-value',
      scope: 'Machine',
      key: m,
      valueName: '',
      value: { type: 'REG_SZ', data: 'default' },
      kind: 'preference',
    }),
    registryOp({ id: 'types/delete', scope: 'Machine', key: m, valueName: 'gone', action: 'deleteValue', kind: 'preference' }),
    registryOp({ id: 'types/delete-all', scope: 'Machine', key: `${m}\\Empty`, action: 'deleteAllValues', kind: 'preference' }),
    registryOp({ id: 'types/create-key', scope: 'Machine', key: `${m}\\New`, action: 'createKey', kind: 'preference' }),
    registryOp({
      id: 'types/user-qword',
      scope: 'User',
      key: u,
      valueName: 'q',
      value: { type: 'REG_QWORD', data: '42' },
      kind: 'preference',
    }),
    registryOp({
      id: 'types/user-binary',
      scope: 'User',
      key: u,
      valueName: 'b',
      value: { type: 'REG_BINARY', data: '01' },
      kind: 'preference',
    }),
  ];
  return syntheticPlan(ops);
}

test('scripts: every value type and action, in both scripts, machine and user', () => {
  const plan = typesPlan();
  checkPlan(plan);
  assert.is(remediationOps(plan, 'system').length, 17);
  assert.is(remediationOps(plan, 'user').length, 2);
});

function hostilePlan(): Plan {
  const ops: Operation[] = [];
  HOSTILE_TEXT.forEach((text, i) => {
    const n = String(i).padStart(2, '0');
    // Keys cannot hold control characters (the model refuses them), so those strings go to names and data only.
    const keyText = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '_');
    ops.push(
      registryOp({
        id: `hostile-${n}/machine-sz`,
        scope: 'Machine',
        key: `SOFTWARE\\Microsoft\\T1559 ${keyText}\\${n}`,
        valueName: text,
        value: { type: 'REG_SZ', data: text },
        title: text,
        kind: 'preference',
      }),
      registryOp({
        id: `hostile-${n}/machine-expand`,
        scope: 'Machine',
        key: `SOFTWARE\\Microsoft\\T1559\\${n}`,
        valueName: `${text} expand`,
        value: { type: 'REG_EXPAND_SZ', data: `%SystemRoot%\\${text}` },
        title: text,
        kind: 'preference',
        sddl: text,
      }),
      registryOp({
        id: `hostile-${n}/machine-multi`,
        scope: 'Machine',
        key: `SOFTWARE\\Microsoft\\T1559\\${n}`,
        valueName: `multi ${text}`,
        value: { type: 'REG_MULTI_SZ', data: [text, `${text} 2`] },
        title: text,
        kind: 'preference',
      }),
      registryOp({
        id: `hostile-${n}/machine-delete`,
        scope: 'Machine',
        key: `SOFTWARE\\Microsoft\\T1559\\${n}`,
        valueName: `${text} gone`,
        action: 'deleteValue',
        title: text,
        kind: 'preference',
      }),
      registryOp({
        id: `hostile-${n}/user-sz`,
        scope: 'User',
        key: `Software\\Microsoft\\T1559 ${keyText}`,
        valueName: text,
        value: { type: 'REG_SZ', data: text },
        title: text,
        kind: 'preference',
      }),
    );
  });
  return syntheticPlan(ops, {
    profile: { name: "it's \u2019hostile\u2019 $(x) #> \u{1F600}", description: "line1\n$evil = 1 #>\r\n<# \u2028 '" },
  });
}

test('scripts: hostile names, data, titles and profile text stay inside literals and comments', () => {
  const plan = hostilePlan();
  const artifacts = checkPlan(plan);
  for (const name of ['T1559 - Machine', 'T1559 - User']) {
    const pair = scriptPairs(artifacts).get(name)!;
    for (const a of [pair.detect, pair.remediate]) {
      const tree = parsePowerShell(scriptText(a));
      const profileName = findNodes(tree, 'assignment_expression').find((n) => n.text.startsWith('$ProfileName'));
      assert.ok(profileName, 'the profile name is assigned');
      assert.ok(profileName!.text.endsWith(`= 'it''s \u2019\u2019hostile\u2019\u2019 $(x) #> \u{1F600}'`), 'profile name is one literal');
    }
  }
});

const REFUSED: [string, { given: Operation; want: RegExp }][] = [
  [
    'NUL in a value name',
    {
      given: registryOp({
        id: 'bad/nul',
        scope: 'Machine',
        key: 'SOFTWARE\\Microsoft\\T1559',
        valueName: 'a\u0000b',
        value: { type: 'REG_DWORD', data: 1 },
      }),
      want: /NUL/,
    },
  ],
  [
    'a lone surrogate in data',
    {
      given: registryOp({
        id: 'bad/surrogate',
        scope: 'Machine',
        key: 'SOFTWARE\\Microsoft\\T1559',
        valueName: 'x',
        value: { type: 'REG_SZ', data: 'a\ud800b' },
      }),
      want: /surrogate/,
    },
  ],
];
for (const [name, { given, want }] of REFUSED) {
  test(`scripts: refused: ${name}`, () => {
    assert.throws(
      () => renderIntune(syntheticPlan([given])),
      (err: unknown) => err instanceof UserError && want.test(err.render()),
    );
  });
}

test.run();
