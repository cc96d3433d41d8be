/**
 * planToPolEntries and the pol target: every value type and action maps to the right Registry.pol entry,
 * and the files of every shipped and fixture profile decode (with the project's decoder) to exactly the
 * plan's registry operations: all of them in pol/, the registry.pol-routed ones in the GPO backup.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Plan, RegistryOperation } from '../../src/model/plan.js';
import type { Scope } from '../../src/model/registry.js';
import { decodePol, POL_HEADER, type PolEntry } from '../../src/formats/registry-pol.js';
import { planToPolEntries, renderGpo, renderPol } from '../../src/targets/gpo/index.js';
import { everyKindOperations, registryOp, syntheticPlan } from '../helpers/plan-builder.js';
import { PROFILE_PATHS, profilePlan } from '../helpers/profile-plans.js';

const PROFILES = PROFILE_PATHS;
const plans = new Map<string, Plan>(PROFILES.map((p) => [p, profilePlan(p)]));
const base = plans.get('policies/profiles/recommended.json')!;

// ---------------------------------------------------------------------------------------------
// One operation -> one entry

const K = 'Software\\Policies\\T';
const mapping: [string, { given: RegistryOperation; want: PolEntry }][] = [
  [
    'REG_SZ',
    {
      given: registryOp({ id: 'a', scope: 'Machine', key: K, valueName: 'S', value: { type: 'REG_SZ', data: 'x;]' } }),
      want: { action: 'set', key: K, valueName: 'S', value: { type: 'REG_SZ', data: 'x;]' } },
    },
  ],
  [
    'REG_EXPAND_SZ',
    {
      given: registryOp({ id: 'a', scope: 'Machine', key: K, valueName: 'E', value: { type: 'REG_EXPAND_SZ', data: '%x%' } }),
      want: { action: 'set', key: K, valueName: 'E', value: { type: 'REG_EXPAND_SZ', data: '%x%' } },
    },
  ],
  [
    'REG_DWORD max',
    {
      given: registryOp({ id: 'a', scope: 'Machine', key: K, valueName: 'D', value: { type: 'REG_DWORD', data: 4294967295 } }),
      want: { action: 'set', key: K, valueName: 'D', value: { type: 'REG_DWORD', data: 4294967295 } },
    },
  ],
  [
    'REG_QWORD decimal text -> bigint (above 2^53)',
    {
      given: registryOp({ id: 'a', scope: 'Machine', key: K, valueName: 'Q', value: { type: 'REG_QWORD', data: '18446744073709551615' } }),
      want: { action: 'set', key: K, valueName: 'Q', value: { type: 'REG_QWORD', data: 18446744073709551615n } },
    },
  ],
  [
    'REG_MULTI_SZ',
    {
      given: registryOp({ id: 'a', scope: 'Machine', key: K, valueName: 'M', value: { type: 'REG_MULTI_SZ', data: ['a', 'b c'] } }),
      want: { action: 'set', key: K, valueName: 'M', value: { type: 'REG_MULTI_SZ', data: ['a', 'b c'] } },
    },
  ],
  [
    'REG_BINARY hex -> bytes',
    {
      given: registryOp({ id: 'a', scope: 'Machine', key: K, valueName: 'B', value: { type: 'REG_BINARY', data: '00ff5b3b5d' } }),
      want: { action: 'set', key: K, valueName: 'B', value: { type: 'REG_BINARY', data: Uint8Array.of(0, 0xff, 0x5b, 0x3b, 0x5d) } },
    },
  ],
  [
    'REG_BINARY empty',
    {
      given: registryOp({ id: 'a', scope: 'Machine', key: K, valueName: 'B', value: { type: 'REG_BINARY', data: '' } }),
      want: { action: 'set', key: K, valueName: 'B', value: { type: 'REG_BINARY', data: new Uint8Array(0) } },
    },
  ],
  [
    'deleteValue',
    {
      given: registryOp({ id: 'a', scope: 'User', key: K, valueName: 'allowdde', action: 'deleteValue' }),
      want: { action: 'deleteValue', key: K, valueName: 'allowdde' },
    },
  ],
  [
    'deleteAllValues',
    { given: registryOp({ id: 'a', scope: 'User', key: K, action: 'deleteAllValues' }), want: { action: 'deleteAllValues', key: K } },
  ],
  ['createKey', { given: registryOp({ id: 'a', scope: 'User', key: K, action: 'createKey' }), want: { action: 'createKey', key: K } }],
];
for (const [name, { given, want }] of mapping) {
  test(`planToPolEntries maps ${name}`, () => {
    const plan = syntheticPlan([given], { base });
    assert.equal(planToPolEntries(plan, given.scope), [want]);
    assert.equal(planToPolEntries(plan, given.scope === 'Machine' ? 'User' : 'Machine'), []);
  });
}

test('planToPolEntries: only registry.pol routes by default, every registry operation with allRegistry', () => {
  const plan = syntheticPlan(everyKindOperations(), { base });
  const gpoKeys = planToPolEntries(plan, 'Machine').map((e) => `${e.key}|${'valueName' in e ? e.valueName : ''}`);
  const wantKeys = plan.operations
    .filter((op) => op.type === 'registry' && op.scope === 'Machine' && op.routes.gpo.via === 'registry.pol')
    .map((op) => (op.type === 'registry' ? `${op.key}|${op.action === 'set' || op.action === 'deleteValue' ? op.valueName : ''}` : ''));
  assert.equal([...gpoKeys].sort(), [...wantKeys].sort(), 'exactly the registry.pol routes');
  assert.ok(gpoKeys.includes('SOFTWARE\\T1559Test|PrefBinary'), 'a binary preference value rides in registry.pol');
  assert.not.ok(
    gpoKeys.some((k) => k.startsWith('SOFTWARE\\T1559Test|PrefSz') || k.startsWith('System\\')),
    'GPP and security values stay out',
  );
  const all = planToPolEntries(plan, 'Machine', { include: 'allRegistry' });
  const machineRegistryOps = plan.operations.filter((op) => op.type === 'registry' && op.scope === 'Machine');
  assert.is(all.length, machineRegistryOps.length, 'one entry per machine registry operation, not-carried and preference ones included');
});

// ---------------------------------------------------------------------------------------------
// Files decode to exactly the plan's operations

/** A decoded entry in the plan's own terms (independent of planToPolEntries). */
function asPlanTuple(scope: Scope, e: PolEntry): string {
  switch (e.action) {
    case 'set': {
      const v = e.value;
      const data =
        v.type === 'REG_BINARY'
          ? Buffer.from(v.data as Uint8Array).toString('hex')
          : v.type === 'REG_QWORD'
            ? (v.data as bigint).toString()
            : v.data;
      return JSON.stringify([scope, 'set', e.key, e.valueName, v.type, data]);
    }
    case 'deleteValue':
      return JSON.stringify([scope, 'deleteValue', e.key, e.valueName]);
    case 'deleteAllValues':
    case 'createKey':
      return JSON.stringify([scope, e.action, e.key, '']);
    default:
      return JSON.stringify([scope, 'unexpected', e]);
  }
}

function opTuple(op: RegistryOperation): string {
  if (op.action === 'set') return JSON.stringify([op.scope, 'set', op.key, op.valueName, op.value!.type, op.value!.data]);
  return JSON.stringify([op.scope, op.action, op.key, op.action === 'deleteValue' ? op.valueName : '']);
}

const sorted = (xs: string[]) => [...xs].sort();

const cases: [string, Plan][] = [...plans.entries(), ['synthetic every kind', syntheticPlan(everyKindOperations(), { base })]];
for (const [name, plan] of cases) {
  test(`pol target decodes to every registry operation of its scope: ${name}`, () => {
    const artifacts = renderPol(plan);
    const audits = plan.operations.some((op) => op.type === 'audit');
    assert.equal(
      artifacts.map((a) => a.path),
      ['pol/Machine/Registry.pol', 'pol/User/Registry.pol', ...(audits ? ['pol/audit.csv'] : [])],
      'audit.csv beside them exactly when the profile audits',
    );
    for (const scope of ['Machine', 'User'] as const) {
      const bytes = artifacts.find((a) => a.path === `pol/${scope}/Registry.pol`)!.bytes;
      const decoded = decodePol(bytes);
      const want = plan.operations.filter((op): op is RegistryOperation => op.type === 'registry' && op.scope === scope).map(opTuple);
      assert.equal(sorted(decoded.map((e) => asPlanTuple(scope, e))), sorted(want));
      assert.equal(decoded, planToPolEntries(plan, scope, { include: 'allRegistry' }), 'file order is the canonical order');
    }
  });

  test(`GPO registry.pol holds exactly the registry.pol-routed operations: ${name}`, () => {
    const artifacts = renderGpo(plan);
    for (const scope of ['Machine', 'User'] as const) {
      const want = plan.operations
        .filter((op): op is RegistryOperation => op.type === 'registry' && op.scope === scope && op.routes.gpo.via === 'registry.pol')
        .map(opTuple);
      const file = artifacts.find((a) => a.path.endsWith(`/DomainSysvol/GPO/${scope}/registry.pol`));
      if (want.length === 0) {
        assert.is(file, undefined, 'no registry.pol for a side without policy values (as GPMC)');
        continue;
      }
      assert.ok(file, `${scope}/registry.pol exists`);
      assert.equal(sorted(decodePol(file!.bytes).map((e) => asPlanTuple(scope, e))), sorted(want));
    }
  });
}

test('pol target: a plan without registry operations gives two 8-byte headers', () => {
  const artifacts = renderPol(syntheticPlan([], { base }));
  assert.is(artifacts.length, 2);
  for (const a of artifacts) assert.equal([...a.bytes], [...POL_HEADER]);
});

test.run();
