/**
 * The posture audit (audit/Test-T1559.ps1), executed: real pwsh, the real script text, with only its boundaries
 * replaced through the AST (run-audit.ps1): the registry by FakeRegistry.cs, auditpol, Get-MpPreference,
 * elevation and hive loading by fakes the cases drive. Every run must write nothing to the registry, close every
 * handle, print one line, and write a JSON document the shipped schema accepts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { auditResultSchema, type AuditResult, type RegistryResult } from '../../src/model/audit-result.js';
import type { Operation, Plan, RegistryOperation } from '../../src/model/plan.js';
import { expectationHash } from '../../src/plan-readers/expectations.js';
import { renderTargets } from '../../src/targets/index.js';
import { registryOp, syntheticPlan } from '../helpers/plan-builder.js';
import { profilePlan } from '../helpers/profile-plans.js';
import { pwshTests, runPwshJson } from './pwsh.js';
import { toWire, type KeyState, type RegistryState, type Value } from './registry-state.js';
import { wantedValue } from './remediation-cases.js';

const PROCESS_GUID = '{0CCE922B-69AE-11D9-BED3-505054503030}';
const CSV_HEADER = 'Machine Name,Policy Target,Subcategory,Subcategory GUID,Inclusion Setting,Exclusion Setting';
const auditpolLines = (setting: string) => [CSV_HEADER, `PC01,System,Process Creation,${PROCESS_GUID},${setting},`];
const PROFILE_LIST = 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList';

/** Hive names the fake knows: the two the remediation tests use, HKEY_USERS, and unloaded NTUSER.DAT files. */
type AnyHive = 'LocalMachine' | 'CurrentUser' | 'Users' | `File:${string}`;
type State = Partial<Record<AnyHive, Record<string, KeyState>>>;

interface AuditCase {
  id: string;
  registry: State;
  elevated: boolean;
  defender: null | { throw: string } | { ids: string[]; actions: number[] };
  auditpol: Record<string, string[] | { throw: string }>;
  allUsers?: boolean;
}

interface AuditRun {
  exitCode: number;
  stdout: string[];
  errors: string[];
  openHandles: number;
  writes: number;
  json: string | null;
  mounts: string[];
}

const list = <T>(x: T[] | T | null | undefined): T[] => (x === null || x === undefined ? [] : Array.isArray(x) ? x : [x]);

function auditScript(plan: Plan): string {
  const a = renderTargets(plan, ['audit']).find((x) => x.path === 'audit/Test-T1559.ps1');
  assert.ok(a, 'the audit target renders audit/Test-T1559.ps1');
  const b = Buffer.from(a!.bytes);
  assert.equal([...b.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM for Windows PowerShell 5.1');
  return b.subarray(3).toString('utf8');
}

async function runAudits(plan: Plan, cases: AuditCase[]): Promise<Map<string, AuditRun>> {
  const manifest = {
    script: Buffer.from(auditScript(plan), 'utf16le').toString('base64'),
    cases: cases.map((c) => ({ ...c, registry: toWire(c.registry as RegistryState) })),
  };
  const result = await runPwshJson<{ cases: unknown }>('run-audit.ps1', manifest);
  const out = new Map<string, AuditRun>();
  for (const raw of list(result.cases as Record<string, unknown>[])) {
    if (raw.harnessError) throw new Error(`harness failed on ${String(raw.id)}: ${String(raw.harnessError)}`);
    out.set(String(raw.id), {
      exitCode: raw.exitCode as number,
      stdout: list(raw.stdout as string[]).map((x) => Buffer.from(x, 'base64').toString('utf16le')),
      errors: list(raw.errors as string[]),
      openHandles: raw.openHandles as number,
      writes: raw.writes as number,
      json: (raw.json as string | null) ?? null,
      mounts: list(raw.mounts as string[]),
    });
  }
  return out;
}

/** The checks every run gets; returns the parsed result document when the run wrote one. */
function checked(run: AuditRun | undefined, label: string, exitCode: number): AuditResult | undefined {
  assert.ok(run, `${label}: ran`);
  assert.equal(run!.errors, [], `${label}: no errors or warnings`);
  assert.is(run!.stdout.length, 1, `${label}: one output line, got ${JSON.stringify(run!.stdout)}`);
  assert.is(run!.exitCode, exitCode, `${label}: exit code (output ${run!.stdout[0]})`);
  assert.is(run!.writes, 0, `${label}: the audit writes nothing to the registry`);
  assert.is(run!.openHandles, 0, `${label}: every key it opened is closed`);
  if (run!.json === null) return undefined;
  const parsed = auditResultSchema.safeParse(JSON.parse(run!.json.replace(/^\uFEFF/, '')));
  assert.ok(
    parsed.success,
    `${label}: the result matches the shipped schema: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`,
  );
  return parsed.data;
}

/* ------------------------------------------------------------------------------------------------ */
/* registry states                                                                                    */
/* ------------------------------------------------------------------------------------------------ */

function put(state: Record<string, KeyState>, key: string, value?: Value): void {
  const found = Object.keys(state).find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
  const k = (state[found] ??= { values: [] });
  if (value) {
    k.values = k.values.filter((v) => v.name.toLowerCase() !== value.name.toLowerCase());
    k.values.push(value);
  }
}

/** Every value of the plan as wanted, in HKLM and in the given user hive. */
function compliantHives(plan: Plan): { machine: Record<string, KeyState>; user: Record<string, KeyState> } {
  const machine: Record<string, KeyState> = {};
  const user: Record<string, KeyState> = {};
  for (const op of plan.operations) {
    if (op.type !== 'registry') continue;
    const hive = op.scope === 'Machine' ? machine : user;
    if (op.action === 'set') put(hive, op.key, wantedValue(op));
    else if (op.action === 'createKey') put(hive, op.key);
  }
  return { machine, user };
}

const strict = profilePlan('policies/profiles/strict.json');
const asrOps = strict.operations.filter((o): o is RegistryOperation => o.type === 'registry' && /\\ASR\\Rules$/i.test(o.key));
const allRules = { ids: asrOps.map((o) => o.valueName.toUpperCase()), actions: asrOps.map((o) => Number(o.value!.data)) };

function withFacts(machine: Record<string, KeyState>, office: 'subscription' | 'volume' | 'msi' | 'none'): Record<string, KeyState> {
  const m = structuredClone(machine);
  put(m, 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', { name: 'CurrentBuildNumber', kind: 'String', data: '26100' });
  put(m, 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', { name: 'UBR', kind: 'DWord', data: 4061 });
  const c2r = 'SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration';
  if (office === 'subscription') {
    put(m, c2r, { name: 'VersionToReport', kind: 'String', data: '16.0.18526.20168' });
    put(m, c2r, { name: 'ProductReleaseIds', kind: 'String', data: 'O365ProPlusRetail,VisioProRetail' });
  } else if (office === 'volume') {
    put(m, c2r, { name: 'VersionToReport', kind: 'String', data: '16.0.14332.20721' });
    put(m, c2r, { name: 'ProductReleaseIds', kind: 'String', data: 'ProPlus2021Volume' });
  } else if (office === 'msi') {
    put(m, 'SOFTWARE\\Microsoft\\Office\\16.0\\Common\\InstallRoot', {
      name: 'Path',
      kind: 'String',
      data: 'C:\\Program Files\\Microsoft Office\\Office16\\',
    });
  }
  return m;
}

const byStatus = (doc: AuditResult, status: string) => doc.registry.filter((r) => r.status === status);
const entry = (doc: AuditResult, id: string, hive: string): RegistryResult => {
  const found = doc.registry.find((r) => r.id === id && r.hive === hive);
  assert.ok(found, `an entry ${id} in ${hive}`);
  return found!;
};

/* ------------------------------------------------------------------------------------------------ */
/* strict profile: compliant, partly compliant, empty, all users                                      */
/* ------------------------------------------------------------------------------------------------ */

const compliant = compliantHives(strict);
const SID_LOADED = 'S-1-5-21-1000-2000-3000-1001';
const SID_MOUNT = 'S-1-12-1-111-222-333-444';
const SID_BROKEN = 'S-1-5-21-1000-2000-3000-1003';

function partlyUser(): Record<string, KeyState> {
  const user = structuredClone(compliant.user);
  // automationsecurity 2 (a baseline value) where strict wants 3; trustbar as a string; a policy allowdde present
  // where the profile deletes it; the OneNote key denies reading.
  const sec = 'software\\policies\\microsoft\\office\\common\\security';
  put(user, sec, { name: 'automationsecurity', kind: 'DWord', data: 2 });
  put(user, 'software\\policies\\microsoft\\office\\16.0\\common\\trustcenter', { name: 'trustbar', kind: 'String', data: '0' });
  put(user, 'software\\policies\\microsoft\\office\\16.0\\word\\security', { name: 'allowdde', kind: 'DWord', data: 1 });
  user['software\\policies\\microsoft\\office\\16.0\\onenote\\options\\embeddedfileopenoptions']!.denyRead = 'SecurityException';
  return user;
}

function partlyMachine(): Record<string, KeyState> {
  const machine = structuredClone(compliant.machine);
  // One ASR rule removed from the registry (Intune may still deliver it: Get-MpPreference says).
  const rules = Object.keys(machine).find((k) => /\\ASR\\Rules$/i.test(k))!;
  machine[rules]!.values = machine[rules]!.values.filter((v) => v.name !== asrOps[0]!.valueName);
  return machine;
}

function profileList(machine: Record<string, KeyState>): Record<string, KeyState> {
  const m = structuredClone(machine);
  for (const [sid, path] of [
    [SID_LOADED, 'C:\\Users\\ann'],
    [SID_MOUNT, 'C:\\Users\\bob'],
    [SID_BROKEN, 'C:\\Users\\cy'],
    ['S-1-5-18', 'C:\\Windows\\system32\\config\\systemprofile'],
  ] as const) {
    put(m, `${PROFILE_LIST}\\${sid}`, { name: 'ProfileImagePath', kind: 'ExpandString', data: path });
  }
  return m;
}

const usersHive = (): Record<string, KeyState> => {
  const users: Record<string, KeyState> = {};
  for (const [k, v] of Object.entries(compliant.user)) users[`${SID_LOADED}\\${k}`] = structuredClone(v);
  return users;
};

const cases: AuditCase[] = [
  {
    id: 'compliant',
    registry: { LocalMachine: withFacts(compliant.machine, 'subscription'), CurrentUser: compliant.user },
    elevated: true,
    defender: allRules,
    auditpol: { [PROCESS_GUID]: auditpolLines('Success') },
  },
  {
    id: 'partly',
    registry: { LocalMachine: withFacts(partlyMachine(), 'volume'), CurrentUser: partlyUser() },
    elevated: true,
    defender: allRules,
    auditpol: { [PROCESS_GUID]: auditpolLines('Success and Failure') },
  },
  {
    id: 'empty',
    registry: {},
    elevated: false,
    defender: null,
    auditpol: {
      [PROCESS_GUID]: { throw: 'auditpol exited with 1: Error 0x00000522 occurred: A required privilege is not held by the client.' },
    },
  },
  {
    id: 'localized-auditpol',
    registry: { LocalMachine: withFacts({}, 'msi') },
    elevated: true,
    defender: { throw: 'Get-MpPreference : 0x800106ba' },
    auditpol: { [PROCESS_GUID]: [CSV_HEADER, `PC01,System,Processus,${PROCESS_GUID},Succès,`] },
  },
  {
    id: 'all-users',
    registry: {
      LocalMachine: profileList(compliant.machine),
      Users: usersHive(),
      [`File:C:\\Users\\bob\\NTUSER.DAT`]: partlyUser(),
      CurrentUser: { 'Software\\Ignored': { values: [] } },
    },
    elevated: true,
    defender: allRules,
    auditpol: { [PROCESS_GUID]: auditpolLines('Success') },
    allUsers: true,
  },
  {
    id: 'all-users-not-elevated',
    registry: { LocalMachine: profileList(compliant.machine) },
    elevated: false,
    defender: null,
    auditpol: {},
    allUsers: true,
  },
];

const NAMES = [
  'strict: compliant, partly compliant, empty, localized auditpol, all users, not elevated',
  'every value kind read back exactly',
];

pwshTests('audit.test.ts', NAMES, () => {
  test(NAMES[0]!, async () => {
    const runs = await runAudits(strict, cases);
    const registryOps = strict.operations.filter((o) => o.type === 'registry');
    const userOps = registryOps.filter((o) => o.scope === 'User');

    const ok = checked(runs.get('compliant'), 'compliant', 0)!;
    const checks = strict.operations.length;
    assert.is(
      runs.get('compliant')!.stdout[0]!,
      `T1559 audit (profile strict): ${checks} of ${checks} checks as wanted, 0 differ, 0 missing, 0 unreadable`,
    );
    assert.is(ok.profile.hash, expectationHash(strict), 'the profile hash ties the result to the plan');
    assert.is(ok.profile.name, 'strict');
    assert.is(ok.registry.length, registryOps.length, 'one entry per registry operation');
    assert.is(byStatus(ok, 'match').length, registryOps.length);
    assert.equal(
      ok.auditPolicy.map((a) => [a.status, a.actual]),
      [['match', { state: 'present', success: true, failure: false }]],
    );
    assert.equal(ok.machine.office, {
      version: '16.0.18526.20168',
      clickToRun: true,
      licensing: 'subscription',
      productReleaseIds: 'O365ProPlusRetail,VisioProRetail',
    });
    assert.is(ok.machine.windowsBuild, '26100.4061');
    assert.equal(ok.machine.defender, { state: 'present' });
    for (const r of ok.registry.filter((x) => /\\ASR\\Rules$/i.test(x.key)))
      assert.is(r.effectiveAsrAction, Number((r.expected as { data: string }).data), `${r.id}: effective action from Get-MpPreference`);
    assert.equal(ok.hives, [
      { hive: 'HKLM', source: 'machine' },
      { hive: 'HKCU', source: 'currentUser' },
    ]);

    const partly = checked(runs.get('partly'), 'partly', 1)!;
    const auto = entry(partly, 'office-automation-security/automation-security', 'HKCU');
    assert.equal([auto.status, auto.actual], ['differs', { state: 'present', kind: 'DWord', data: 2 }]);
    assert.equal(auto.expected, { kind: 'DWord', data: 3 });
    const trust = partly.registry.find((r) => r.name === 'trustbar')!;
    assert.equal([trust.status, trust.actual], ['differs', { state: 'present', kind: 'String', data: '0' }], 'a wrong kind differs');
    const dde = partly.registry.find((r) => r.action === 'DeleteValue' && r.name === 'allowdde')!;
    assert.equal([dde.status, dde.expected], ['differs', null], 'a value the profile deletes is present');
    const onenote = partly.registry.find((r) => r.name === 'blockedextensions' && /onenote/.test(r.key))!;
    assert.is(onenote.status, 'unreadable');
    assert.match((onenote.actual as { reason: string }).reason, /not allowed/);
    const rule = partly.registry.find((r) => r.name === asrOps[0]!.valueName)!;
    assert.equal(
      [rule.status, rule.actual.state, rule.effectiveAsrAction],
      ['missing', 'absent', 1],
      'absent from the policy key, effective through Defender',
    );
    assert.equal(partly.auditPolicy[0]!.status, 'differs');
    assert.is(partly.machine.office.licensing, 'volume');
    // Six checks are made to differ, go missing or be unreadable in the partly-compliant machine; the rest match.
    assert.equal(partly.summary, { total: checks, match: checks - 6, differs: 4, missing: 1, unreadable: 1 });

    const empty = checked(runs.get('empty'), 'empty', 1)!;
    assert.ok(
      empty.registry
        .filter((r) => r.action === 'Set')
        .every((r) => r.status === 'missing' && r.actual.state === 'absent' && r.actual.existingKey === '' && !r.actual.keyExists),
      'every value missing, no key exists',
    );
    assert.ok(
      empty.registry.filter((r) => r.action === 'DeleteValue').every((r) => r.status === 'match'),
      'a value the profile deletes is already absent',
    );
    assert.equal(empty.auditPolicy[0]!.actual, {
      state: 'unreadable',
      reason: 'auditpol exited with 1: Error 0x00000522 occurred: A required privilege is not held by the client.',
    });
    assert.equal(empty.machine.office, { version: null, clickToRun: false, licensing: 'none', productReleaseIds: '' });
    assert.is(empty.machine.windowsBuild, null);
    assert.equal(empty.machine.defender.state, 'unavailable');
    assert.ok(
      empty.registry.every((r) => r.effectiveAsrAction === undefined),
      'no effective ASR action without Defender',
    );
    assert.is(empty.machine.elevated, false);

    const localized = checked(runs.get('localized-auditpol'), 'localized', 1)!;
    assert.is(localized.auditPolicy[0]!.status, 'unreadable');
    assert.match((localized.auditPolicy[0]!.actual as { reason: string }).reason, /"Succès" is not one of the English texts/);
    assert.equal(localized.machine.office, { version: '16.0', clickToRun: false, licensing: 'volume', productReleaseIds: '' });
    assert.match((localized.machine.defender as { reason: string }).reason, /Get-MpPreference failed/);

    const all = checked(runs.get('all-users'), 'all users', 1)!;
    assert.equal(all.hives, [
      { hive: 'HKLM', source: 'machine' },
      { hive: `HKU\\${SID_MOUNT}`, source: 'mounted', profilePath: 'C:\\Users\\bob' },
      { hive: `HKU\\${SID_LOADED}`, source: 'loaded', profilePath: 'C:\\Users\\ann' },
      {
        hive: `HKU\\${SID_BROKEN}`,
        source: 'mounted',
        profilePath: 'C:\\Users\\cy',
        error:
          'cannot load C:\\Users\\cy\\NTUSER.DAT: ERROR: The process cannot access the file because it is being used by another process. (C:\\Users\\cy\\NTUSER.DAT)',
      },
    ]);
    assert.ok(!all.registry.some((r) => r.hive === 'HKCU'), "with -AllUsers the running account's own hive is not read");
    assert.equal(
      runs.get('all-users')!.mounts,
      [`load T1559Audit_${SID_MOUNT}`, `unload T1559Audit_${SID_MOUNT}`, `load T1559Audit_${SID_BROKEN}`],
      'every hive it loaded is unloaded; a failed load is not unloaded',
    );
    assert.ok(all.registry.filter((r) => r.hive === `HKU\\${SID_LOADED}`).every((r) => r.status === 'match'));
    assert.is(all.registry.filter((r) => r.hive === `HKU\\${SID_LOADED}`).length, userOps.length);
    assert.is(
      entry(all, 'office-automation-security/automation-security', `HKU\\${SID_MOUNT}`).status,
      'differs',
      'the mounted hive was read',
    );
    assert.ok(all.registry.filter((r) => r.hive === `HKU\\${SID_BROKEN}`).every((r) => r.status === 'unreadable'));

    const refused = runs.get('all-users-not-elevated');
    assert.ok(refused);
    assert.is(refused!.exitCode, 2);
    assert.is(refused!.json, null, 'nothing written');
    assert.match(refused!.stdout[0]!, /-AllUsers .* needs an elevated PowerShell/);
  });

  test(NAMES[1]!, async () => {
    const M = 'SOFTWARE\\Microsoft\\T1559Test';
    const pref = { kind: 'preference' as const, scope: 'Machine' as const, key: M };
    const ops: Operation[] = [
      registryOp({ ...pref, id: 't/dword-max', valueName: 'dword-max', value: { type: 'REG_DWORD', data: 0xffffffff } }),
      registryOp({ ...pref, id: 't/qword-big', valueName: 'qword-big', value: { type: 'REG_QWORD', data: '18446744073709551615' } }),
      registryOp({ ...pref, id: 't/multi', valueName: 'multi', value: { type: 'REG_MULTI_SZ', data: ['a', '', 'b'] } }),
      registryOp({ ...pref, id: 't/multi-one', valueName: 'multi-one', value: { type: 'REG_MULTI_SZ', data: ['only'] } }),
      registryOp({ ...pref, id: 't/binary', valueName: 'binary', value: { type: 'REG_BINARY', data: '0001ff' } }),
      registryOp({ ...pref, id: 't/expand', valueName: 'expand', value: { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\x' } }),
      registryOp({
        ...pref,
        id: 't/quote',
        valueName: 'it\'s \u2019 "q"',
        value: { type: 'REG_SZ', data: 'line1\nline2 \u00e9 \ud83d\ude00' },
      }),
      registryOp({ ...pref, id: 't/default', valueName: '', value: { type: 'REG_SZ', data: 'default' } }),
      registryOp({ ...pref, id: 't/create', key: `${M}\\New`, action: 'createKey' }),
      registryOp({ ...pref, id: 't/clear', key: `${M}\\Clear`, action: 'deleteAllValues' }),
    ];
    const plan = syntheticPlan(ops);
    const { machine } = compliantHives(plan);
    machine[`${M}\\Clear`] = { values: [{ name: 'x', kind: 'DWord', data: 1 }] };
    const runs = await runAudits(plan, [
      { id: 'kinds', registry: { LocalMachine: machine }, elevated: true, defender: null, auditpol: {} },
    ]);
    const doc = checked(runs.get('kinds'), 'kinds', 1)!;
    for (const r of doc.registry.filter((x) => x.action === 'Set')) {
      assert.is(r.status, 'match', `${r.id}: ${JSON.stringify(r.actual)}`);
      assert.equal(r.actual, { state: 'present', ...r.expected }, `${r.id}: data read back as recorded`);
    }
    assert.equal(entry(doc, 't/create', 'HKLM').actual, { state: 'key', valueCount: 0 });
    assert.equal(
      [entry(doc, 't/clear', 'HKLM').status, entry(doc, 't/clear', 'HKLM').actual],
      ['differs', { state: 'key', valueCount: 1 }],
    );
  });
});

test.run();
