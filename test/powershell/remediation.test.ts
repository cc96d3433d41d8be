/**
 * The Intune remediation scripts, executed: every generated detect.ps1 / remediate.ps1 runs in real pwsh with only
 * its Open-BaseKey replaced (through the AST) by an in-memory registry (FakeRegistry.cs). Each scenario checks the
 * exit code, the one output line and the final registry state; any error record, warning or uncaught exception
 * (StrictMode and ErrorActionPreference 'Stop' stay on) fails the test, and so does a registry handle left open.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Operation, Plan } from '../../src/model/plan.js';
import { registryOp, syntheticPlan } from '../helpers/plan-builder.js';
import { PROFILES, profilePlan } from '../helpers/profile-plans.js';
import { pwshTests } from './pwsh.js';
import { runCases, scriptPairs, wantedState, wantedValue, type Case, type StepResult } from './remediation-cases.js';
import { keyAt, valueAt, type RegistryState } from './registry-state.js';

/** Intune keeps at most 2048 characters of the output. */
const INTUNE_OUTPUT_LIMIT = 2048;

/* ------------------------------------------------------------------------------------------------ */
/* plans                                                                                              */
/* ------------------------------------------------------------------------------------------------ */

const M = 'SOFTWARE\\Microsoft\\T1559Test';

function typesPlan(): Plan {
  const pref = { kind: 'preference' as const, scope: 'Machine' as const, key: M };
  const ops: Operation[] = [
    registryOp({ ...pref, id: 'types/dword-one', valueName: 'dword-one', value: { type: 'REG_DWORD', data: 1 } }),
    registryOp({ ...pref, id: 'types/dword-max', valueName: 'dword-max', value: { type: 'REG_DWORD', data: 0xffffffff } }),
    registryOp({ ...pref, id: 'types/dword-signed-min', valueName: 'dword-signed-min', value: { type: 'REG_DWORD', data: 0x80000000 } }),
    registryOp({
      ...pref,
      id: 'types/qword-above-2-63',
      valueName: 'qword-big',
      value: { type: 'REG_QWORD', data: '9223372036854775813' },
    }),
    registryOp({ ...pref, id: 'types/qword-max', valueName: 'qword-max', value: { type: 'REG_QWORD', data: '18446744073709551615' } }),
    registryOp({
      ...pref,
      id: 'types/multi-empties',
      valueName: 'multi-empties',
      value: { type: 'REG_MULTI_SZ', data: ['', 'a', '', 'b', ''] },
    }),
    registryOp({ ...pref, id: 'types/multi-none', valueName: 'multi-none', value: { type: 'REG_MULTI_SZ', data: [] } }),
    registryOp({
      ...pref,
      id: 'types/binary-sd',
      valueName: 'binary-sd',
      value: { type: 'REG_BINARY', data: '010004806000000070000000000000001400000002004c0003000000' },
      sddl: 'O:BAG:BAD:(A;;CCDC;;;BA)',
    }),
    registryOp({ ...pref, id: 'types/binary-empty', valueName: 'binary-empty', value: { type: 'REG_BINARY', data: '' } }),
    registryOp({ ...pref, id: 'types/expand', valueName: 'expand', value: { type: 'REG_EXPAND_SZ', data: '%PATH%\\x' } }),
    registryOp({ ...pref, id: 'types/default-value', valueName: '', value: { type: 'REG_SZ', data: 'default data' } }),
    registryOp({ ...pref, id: 'types/delete', valueName: 'gone', action: 'deleteValue' }),
    registryOp({ ...pref, id: 'types/delete-all', key: `${M}\\Empty`, action: 'deleteAllValues' }),
    registryOp({ ...pref, id: 'types/create-key', key: `${M}\\New\\Deep`, action: 'createKey' }),
    registryOp({ ...pref, id: 'types/locked', key: `${M}\\Locked`, valueName: 'locked', value: { type: 'REG_DWORD', data: 2 } }),
    registryOp({
      id: 'types/user-qword',
      kind: 'preference',
      scope: 'User',
      key: 'Software\\Microsoft\\T1559Test',
      valueName: 'q',
      value: { type: 'REG_QWORD', data: '42' },
    }),
  ];
  return syntheticPlan(ops);
}

/** 500 values that all differ on an empty machine; the first 3 live under a key that refuses writes. */
function manyPlan(): Plan {
  const ops: Operation[] = [];
  for (let i = 0; i < 500; i++) {
    const key = i < 3 ? `${M}\\Locked` : `${M}\\Many\\${Math.floor(i / 50)}`;
    ops.push(
      registryOp({
        id: `many/value-${String(i).padStart(3, '0')}`,
        kind: 'preference',
        scope: 'Machine',
        key,
        valueName: `value ${i} with a longer name to fill the line`,
        value: { type: 'REG_DWORD', data: i },
      }),
    );
  }
  return syntheticPlan(ops);
}

/* ------------------------------------------------------------------------------------------------ */
/* scenarios                                                                                          */
/* ------------------------------------------------------------------------------------------------ */

interface Scenario {
  name: string;
  case: Omit<Case, 'id'>;
  check: (steps: StepResult[]) => void;
}

const scenarios: Scenario[] = [];

/** The checks every run gets: one line within Intune's limit, no errors, no handle left open, the exit code. */
function ran(step: StepResult | undefined, exitCode: number, line: RegExp, label: string): string {
  assert.ok(step, `${label}: the step ran`);
  assert.equal(step!.errors, [], `${label}: no errors, warnings or uncaught exceptions`);
  assert.is(step!.stdout.length, 1, `${label}: exactly one output line, got ${JSON.stringify(step!.stdout)}`);
  const out = step!.stdout[0]!;
  assert.ok(out.length <= INTUNE_OUTPUT_LIMIT, `${label}: output is ${out.length} characters`);
  assert.not.match(out, /[\r\n]/, `${label}: output is one line`);
  assert.match(out, line, `${label}: output line ${JSON.stringify(out.slice(0, 600))}`);
  assert.is(step!.exitCode, exitCode, `${label}: exit code (output: ${out})`);
  assert.is(step!.openHandles, 0, `${label}: every registry key it opened is closed`);
  return out;
}

const clone = (s: RegistryState): RegistryState =>
  JSON.parse(
    JSON.stringify(s, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)),
    (_k, v: unknown) => (typeof v === 'string' && /^\d+n$/.test(v) ? BigInt(v.slice(0, -1)) : v),
  ) as RegistryState;

// 1. Every profile's scripts (shipped and fixtures, so every value type and action the catalog uses is reached).
for (const [profile, path] of PROFILES) {
  for (const pair of scriptPairs(profilePlan(path))) {
    const want = wantedState(pair);
    scenarios.push({
      name: `${profile} ${pair.name}: empty registry -> detect 1 -> remediate 0 -> detect 0`,
      case: { registry: {}, steps: [pair.detect, pair.remediate, pair.detect] },
      check: ([d1, r, d2]) => {
        // On an empty registry every value and key differs; "must be absent" entries already hold.
        const differ = pair.ops.filter((o) => o.action !== 'deleteValue' && o.action !== 'deleteAllValues').length;
        ran(
          d1,
          1,
          new RegExp(
            `^T1559 detection \\(${pair.hive === 'LocalMachine' ? 'HKLM' : 'HKCU'}, profile .*\\): ${differ} of ${pair.ops.length} values differ, remediation needed`,
          ),
          'detect',
        );
        ran(
          r,
          0,
          new RegExp(`: ${differ} fixed, ${pair.ops.length - differ} already as wanted, 0 failed, of ${pair.ops.length} values`),
          'remediate',
        );
        assert.equal(r!.state, want, 'the registry holds exactly the wanted values and keys');
        ran(d2, 0, /: all \d+ values as wanted$/, 'detect again');
      },
    });
    scenarios.push({
      name: `${profile} ${pair.name}: already compliant -> detect 0, remediate changes nothing`,
      case: { registry: want, steps: [pair.detect, pair.remediate] },
      check: ([d, r]) => {
        ran(d, 0, /: all \d+ values as wanted$/, 'detect');
        ran(r, 0, new RegExp(`: 0 fixed, ${pair.ops.length} already as wanted, 0 failed`), 'remediate');
        assert.equal(r!.state, want, 'nothing changed');
      },
    });
  }
}

const types = scriptPairs(typesPlan());
const machine = types.find((p) => p.hive === 'LocalMachine')!;
const user = types.find((p) => p.hive === 'CurrentUser')!;
const machineWant = wantedState(machine);
const op = (id: string) => machine.ops.find((o) => o.id === id)!;

/** The compliant machine with some values replaced or removed. */
function compliantExcept(edit: (s: RegistryState) => void): RegistryState {
  const s = clone(machineWant);
  edit(s);
  return s;
}
function setValue(s: RegistryState, key: string, name: string, kind: string, data: unknown): void {
  const k = keyAt(s, 'LocalMachine', key) ?? (s.LocalMachine![key] = { values: [] });
  k.values = k.values.filter((v) => v.name.toLowerCase() !== name.toLowerCase());
  k.values.push({ name, kind: kind as never, data: data as never });
}

scenarios.push({
  name: 'every type: empty machine -> detect 1 -> remediate 0 -> detect 0, values read back as .NET types',
  case: { registry: {}, steps: [machine.detect, machine.remediate, machine.detect] },
  check: ([d1, r, d2]) => {
    ran(d1, 1, /values differ, remediation needed/, 'detect');
    ran(r, 0, / 0 failed, /, 'remediate');
    assert.equal(r!.state, machineWant);
    ran(d2, 0, /all \d+ values as wanted$/, 'detect again');
  },
});
scenarios.push({
  name: 'every type: user script on an empty HKCU',
  case: { registry: {}, steps: [user.detect, user.remediate, user.detect] },
  check: ([d1, r, d2]) => {
    ran(d1, 1, /^T1559 detection \(HKCU, /, 'detect');
    ran(r, 0, /1 fixed/, 'remediate');
    assert.equal(r!.state, wantedState(user));
    ran(d2, 0, /all 1 values as wanted$/, 'detect again');
  },
});
scenarios.push({
  name: 'wrong kind: REG_SZ "1" where REG_DWORD 1 is wanted',
  case: {
    registry: compliantExcept((s) => setValue(s, M, 'dword-one', 'String', '1')),
    steps: [machine.detect, machine.remediate, machine.detect],
  },
  check: ([d1, r, d2]) => {
    ran(
      d1,
      1,
      /1 of \d+ values differ.*HKLM\\SOFTWARE\\Microsoft\\T1559Test\\dword-one \[types\/dword-one\]: the value is String '1'; wanted DWord 1/,
      'detect',
    );
    ran(
      r,
      0,
      /1 fixed, \d+ already as wanted, 0 failed.*fixed HKLM\\.*\\dword-one \[types\/dword-one\], before: the value is String '1'/,
      'remediate',
    );
    assert.equal(valueAt(r!.state, 'LocalMachine', M, 'dword-one'), { name: 'dword-one', kind: 'DWord', data: 1 });
    ran(d2, 0, /all \d+ values as wanted$/, 'detect again');
  },
});
scenarios.push({
  name: 'DWORD 0xFFFFFFFF and QWORD above 2^63: compliant as stored, and differing bits are caught',
  case: {
    registry: compliantExcept((s) => {
      setValue(s, M, 'dword-max', 'DWord', 0x7fffffff);
      setValue(s, M, 'qword-big', 'QWord', 9223372036854775812n);
    }),
    steps: [machine.detect, machine.remediate, machine.detect],
  },
  check: ([d1, r, d2]) => {
    ran(
      d1,
      1,
      /2 of \d+ values differ.*dword-max \[types\/dword-max\]: the data is 2147483647; wanted -1.*qword-big \[types\/qword-above-2-63\]: the data is -9223372036854775804; wanted -9223372036854775803/,
      'detect',
    );
    ran(r, 0, /2 fixed/, 'remediate');
    assert.equal(valueAt(r!.state, 'LocalMachine', M, 'dword-max')!.data, 0xffffffff);
    assert.equal(valueAt(r!.state, 'LocalMachine', M, 'dword-signed-min')!.data, 0x80000000);
    assert.equal(valueAt(r!.state, 'LocalMachine', M, 'qword-big')!.data, 9223372036854775813n);
    assert.equal(valueAt(r!.state, 'LocalMachine', M, 'qword-max')!.data, 18446744073709551615n);
    ran(d2, 0, /all \d+ values as wanted$/, 'detect again');
  },
});
scenarios.push({
  name: 'REG_MULTI_SZ with empty strings: kept in place, and a list without them differs',
  case: {
    registry: compliantExcept((s) => setValue(s, M, 'multi-empties', 'MultiString', ['a', 'b'])),
    steps: [machine.detect, machine.remediate, machine.detect],
  },
  check: ([d1, r, d2]) => {
    ran(d1, 1, /1 of \d+ values differ.*multi-empties \[types\/multi-empties\]: the data is 2 strings; wanted 5 strings/, 'detect');
    ran(r, 0, /1 fixed/, 'remediate');
    assert.equal(valueAt(r!.state, 'LocalMachine', M, 'multi-empties')!.data, ['', 'a', '', 'b', '']);
    assert.equal(valueAt(r!.state, 'LocalMachine', M, 'multi-none')!.data, []);
    ran(d2, 0, /all \d+ values as wanted$/, 'detect again');
  },
});
scenarios.push({
  name: 'binary descriptors: one differing byte is caught and rewritten',
  case: {
    registry: compliantExcept((s) => {
      setValue(s, M, 'binary-sd', 'Binary', (wantedValue(op('types/binary-sd')).data as string).replace(/00$/, '01'));
      setValue(s, M, 'binary-empty', 'Binary', '00');
    }),
    steps: [machine.detect, machine.remediate, machine.detect],
  },
  check: ([d1, r, d2]) => {
    ran(
      d1,
      1,
      /2 of \d+ values differ.*binary-sd \[types\/binary-sd\]: the data is 28 bytes; wanted 28 bytes.*binary-empty \[types\/binary-empty\]: the data is 1 bytes; wanted 0 bytes/,
      'detect',
    );
    ran(r, 0, /2 fixed/, 'remediate');
    assert.equal(valueAt(r!.state, 'LocalMachine', M, 'binary-sd')!.data, wantedValue(op('types/binary-sd')).data);
    assert.equal(valueAt(r!.state, 'LocalMachine', M, 'binary-empty')!.data, '');
    ran(d2, 0, /all \d+ values as wanted$/, 'detect again');
  },
});
scenarios.push({
  name: 'DeleteValue / DeleteAllValues / CreateKey: values removed, subkeys and other values kept',
  case: {
    registry: compliantExcept((s) => {
      setValue(s, M, 'gone', 'DWord', 1);
      setValue(s, M, 'GONE-other', 'String', 'stays');
      setValue(s, `${M}\\Empty`, 'a', 'String', 'x');
      setValue(s, `${M}\\Empty`, '', 'String', 'default');
      setValue(s, `${M}\\Empty`, 'c', 'MultiString', ['y']);
      setValue(s, `${M}\\Empty\\Child`, 'kept', 'DWord', 7);
      delete s.LocalMachine![`${M}\\New\\Deep`];
      delete s.LocalMachine![`${M}\\New`];
    }),
    steps: [machine.detect, machine.remediate, machine.detect],
  },
  check: ([d1, r, d2]) => {
    ran(
      d1,
      1,
      /3 of \d+ values differ.*\\gone \[types\/delete\]: the value is present; it must be absent.*\\Empty \[types\/delete-all\]: the key holds 3 value\(s\); it must hold none.*\\New\\Deep \[types\/create-key\]: the key is missing/,
      'detect',
    );
    ran(r, 0, /3 fixed/, 'remediate');
    assert.is(valueAt(r!.state, 'LocalMachine', M, 'gone'), undefined, 'deleted');
    assert.equal(valueAt(r!.state, 'LocalMachine', M, 'GONE-other')!.data, 'stays');
    assert.equal(keyAt(r!.state, 'LocalMachine', `${M}\\Empty`)!.values, [], 'all values deleted, the default one too');
    assert.equal(valueAt(r!.state, 'LocalMachine', `${M}\\Empty\\Child`, 'kept')!.data, 7, 'subkeys keep their values');
    assert.ok(keyAt(r!.state, 'LocalMachine', `${M}\\New\\Deep`), 'created with its parent');
    ran(d2, 0, /all \d+ values as wanted$/, 'detect again');
  },
});
scenarios.push({
  name: "the key's default value (''): wrong data fixed, named values untouched",
  case: {
    registry: compliantExcept((s) => setValue(s, M, '', 'ExpandString', 'default data')),
    steps: [machine.detect, machine.remediate, machine.detect],
  },
  check: ([d1, r, d2]) => {
    ran(
      d1,
      1,
      /1 of \d+ values differ.*HKLM\\SOFTWARE\\Microsoft\\T1559Test\\ \[types\/default-value\]: the value is ExpandString 'default data'; wanted String 'default data'/,
      'detect',
    );
    ran(r, 0, /1 fixed/, 'remediate');
    assert.equal(valueAt(r!.state, 'LocalMachine', M, ''), { name: '', kind: 'String', data: 'default data' });
    ran(d2, 0, /all \d+ values as wanted$/, 'detect again');
  },
});
for (const exception of ['UnauthorizedAccessException', 'SecurityException'] as const) {
  scenarios.push({
    name: `access denied (${exception}): remediate exits 1 and names the value; the others are still applied`,
    case: {
      registry: { LocalMachine: { [`${M}\\Locked`]: { values: [], denyWrite: exception } } },
      steps: [machine.remediate, machine.detect],
    },
    check: ([r, d]) => {
      const out = ran(
        r,
        1,
        new RegExp(
          `: \\d+ fixed, \\d+ already as wanted, 1 failed, of ${machine.ops.length} values; ACCESS DENIED HKLM\\\\SOFTWARE\\\\Microsoft\\\\T1559Test\\\\Locked\\\\locked \\[types/locked\\]: .*The key denies SYSTEM write access`,
        ),
        'remediate',
      );
      assert.ok(out.indexOf('ACCESS DENIED') < out.indexOf('fixed HKLM'), 'the failure comes before the fixes');
      const want = clone(machineWant);
      want.LocalMachine![`${M}\\Locked`] = { values: [] };
      assert.equal(r!.state, want, 'everything else applied');
      ran(d, 1, /1 of \d+ values differ.*\\Locked\\locked \[types\/locked\]: the value is missing; wanted DWord 2/, 'detect');
    },
  });
}
scenarios.push({
  name: 'access denied on read: detect exits 1 and says the value cannot be read',
  case: { registry: compliantExcept((s) => (s.LocalMachine![`${M}\\Locked`]!.denyRead = 'SecurityException')), steps: [machine.detect] },
  check: ([d]) => {
    ran(
      d,
      1,
      /1 of \d+ values differ.*\\Locked\\locked \[types\/locked\]: cannot be read: .*Requested registry access is not allowed/,
      'detect',
    );
  },
});

const many = scriptPairs(manyPlan())[0]!;
scenarios.push({
  name: '500 differing settings: one line of at most 2,048 characters, failures first',
  case: {
    registry: { LocalMachine: { [`${M}\\Locked`]: { values: [], denyWrite: 'UnauthorizedAccessException' } } },
    steps: [many.detect, many.remediate, many.detect],
  },
  check: ([d1, r, d2]) => {
    const detectLine = ran(d1, 1, /: 500 of 500 values differ, remediation needed; .*; and \d+ more$/, 'detect');
    const remediateLine = ran(
      r,
      1,
      /: 497 fixed, 0 already as wanted, 3 failed, of 500 values; ACCESS DENIED .*value-000.*; ACCESS DENIED .*value-001.*; ACCESS DENIED .*value-002.*; fixed .*; and \d+ more$/,
      'remediate',
    );
    const more = (line: string) => Number(/and (\d+) more$/.exec(line)![1]);
    // Entries are counted by their openings (the access-denied hint itself contains "; ").
    const shown = (line: string) => (line.match(/; (ACCESS DENIED|FAILED|fixed) HKLM\\|; HKLM\\/g) ?? []).length;
    assert.is(shown(detectLine) + more(detectLine), 500, 'detect: shown + "more" = all');
    assert.is(shown(remediateLine) + more(remediateLine), 500, 'remediate: shown + "more" = all');
    ran(d2, 1, /: 3 of 500 values differ/, 'detect again');
  },
});

/* ------------------------------------------------------------------------------------------------ */

pwshTests(
  'remediation',
  scenarios.map((s) => s.name),
  () => {
    const results = runCases(scenarios.map((s, i) => ({ id: String(i), ...s.case })));
    results.catch(() => undefined); // reported by the tests that await it
    scenarios.forEach((s, i) => {
      test(`pwsh remediation: ${s.name}`, async () => {
        const steps = (await results).get(String(i));
        assert.ok(steps, 'the case ran');
        s.check(steps!);
      });
    });
  },
);

test.run();
