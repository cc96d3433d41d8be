/**
 * The coverage matrix (src/plan-readers/coverage.ts): cell statuses and labels from routes only, stable order,
 * merged operations counted for every control they serve, and nothing not carried ever missing.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildCoverage, controlCoverage, coverageCell, type CellStatus } from '../../src/plan-readers/coverage.js';
import { CHANNELS, type Route } from '../../src/model/plan.js';
import { planFromProfile } from '../../src/build.js';
import { renderCoverageJson } from '../../src/targets/report/coverage-json.js';
import { carried, control, fallback, notCarried, settingOf, syntheticPlan } from '../helpers/plan-builder.js';

interface CellCase {
  given: Route[];
  want: { status: CellStatus; label: string; vias: string[]; notCarried: number[] };
}

const CELL_CASES: [string, CellCase][] = [
  ['no operation', { given: [], want: { status: 'empty', label: 'nothing to carry', vias: [], notCarried: [] } }],
  [
    'one carried',
    { given: [carried('registry.pol')], want: { status: 'carried', label: 'carried', vias: ['registry.pol'], notCarried: [] } },
  ],
  [
    'all carried, vias deduplicated in order',
    {
      given: [carried('registry.pol'), carried('preferences'), carried('registry.pol')],
      want: { status: 'carried', label: 'carried', vias: ['registry.pol', 'preferences'], notCarried: [] },
    },
  ],
  [
    'carried with one fallback',
    {
      given: [carried('ingestion'), fallback('no CSP')],
      want: { status: 'fallback', label: 'carried by fallback', vias: ['ingestion', 'remediation (system)'], notCarried: [] },
    },
  ],
  [
    'only fallbacks',
    {
      given: [fallback('a'), fallback('b')],
      want: { status: 'fallback', label: 'carried by fallback', vias: ['remediation (system)'], notCarried: [] },
    },
  ],
  [
    'all not carried, reasons deduplicated',
    {
      given: [notCarried('no binary'), notCarried('no binary'), notCarried('no audit')],
      want: { status: 'notCarried', label: 'not carried, because no binary; no audit', vias: [], notCarried: [0, 1, 2] },
    },
  ],
  [
    'mixed carried and not carried',
    {
      given: [carried('policy'), notCarried('no binary')],
      want: { status: 'partial', label: 'partly carried; not carried: Setting op1, because no binary', vias: ['policy'], notCarried: [1] },
    },
  ],
  [
    'mixed fallback and not carried is partial, not fallback',
    {
      given: [fallback('x'), notCarried('y')],
      want: {
        status: 'partial',
        label: 'partly carried; not carried: Setting op1, because y',
        vias: ['remediation (system)'],
        notCarried: [1],
      },
    },
  ],
  [
    'not carried without a reason still says so',
    {
      given: [{ status: 'notCarried', via: 'none' } as Route],
      want: { status: 'notCarried', label: 'not carried, because no reason given', vias: [], notCarried: [0] },
    },
  ],
];

for (const [name, { given, want }] of CELL_CASES) {
  test(`cell: ${name}`, () => {
    const ops = given.map((r, i) => settingOf(`op${i}`, ['c'], { routes: { admx: r } }));
    const cell = coverageCell(ops, 'admx');
    assert.is(cell.channel, 'admx');
    assert.is(cell.status, want.status);
    assert.is(cell.label, want.label);
    assert.equal(cell.vias, want.vias);
    assert.equal(
      cell.notCarried,
      want.notCarried.map((i) => `op${i}`),
    );
    assert.is(cell.operations.length, given.length, 'per-operation detail for every operation');
    cell.operations.forEach((o, i) => {
      assert.is(o.status, given[i]!.status);
      assert.is(o.via, given[i]!.via);
    });
  });
}

test('partial names each operation title once (Office versions share a title)', () => {
  const ops = [
    settingOf('a@16.0', ['c'], { title: 'Same', routes: { dscV3: notCarried('HKCU') } }),
    settingOf('a@15.0', ['c'], { title: 'Same', routes: { dscV3: notCarried('HKCU') } }),
    settingOf('b', ['c'], { title: 'Other', routes: { dscV3: carried('Microsoft.Windows/Registry') } }),
  ];
  const cell = coverageCell(ops, 'dscV3');
  assert.is(cell.label, 'partly carried; not carried: Same, because HKCU');
  assert.equal(cell.notCarried, ['a@16.0', 'a@15.0']);
});

test('matrix: plan order of controls, CHANNELS order of cells, merged operations count for each control', () => {
  const p = syntheticPlan(
    [
      settingOf('shared', ['a-second', 'z-first'], { routes: { intune: fallback('script') } }),
      settingOf('own', ['a-second'], { routes: { admx: notCarried('binary') } }),
    ],
    { controls: [control('z-first'), control('a-second')] },
  );
  const cov = buildCoverage(p);
  assert.equal(cov.channels, [...CHANNELS]);
  assert.equal(
    cov.controls.map((c) => c.control),
    ['z-first', 'a-second'],
  );
  for (const c of cov.controls)
    assert.equal(
      c.cells.map((x) => x.channel),
      [...CHANNELS],
    );
  const [first, second] = cov.controls;
  assert.is(first!.operationCount, 1);
  assert.is(second!.operationCount, 2);
  assert.is(first!.cells[CHANNELS.indexOf('intune')]!.status, 'fallback');
  assert.is(second!.cells[CHANNELS.indexOf('admx')]!.status, 'partial');
  assert.is(first!.cells[CHANNELS.indexOf('admx')]!.status, 'carried');
  const admx = cov.summary.find((s) => s.channel === 'admx')!;
  assert.equal(admx.controls, { carried: 1, fallback: 0, partial: 1, notCarried: 0, empty: 0 });
});

test('controlCoverage: one control, or undefined when the plan does not select it', () => {
  const p = syntheticPlan([settingOf('x', ['a'])], { controls: [control('a'), control('b')] });
  assert.is(controlCoverage(p, 'a')?.operationCount, 1);
  assert.is(controlCoverage(p, 'b')?.cells[0]?.status, 'empty');
  assert.is(controlCoverage(p, 'missing'), undefined);
});

for (const profile of [
  'policies/profiles/recommended.json',
  'policies/profiles/strict.json',
  'test/fixtures/profiles/appids.json',
  'test/fixtures/profiles/every-type.json',
]) {
  test(`${profile}: every route of every operation is in the matrix; nothing not carried is dropped`, () => {
    const p = planFromProfile({ profilePath: profile });
    const cov = buildCoverage(p);
    assert.is(cov.controls.length, p.controls.length);
    for (const o of p.operations) {
      for (const [i, ch] of CHANNELS.entries()) {
        for (const id of o.controls) {
          const cell = cov.controls.find((c) => c.control === id)!.cells[i]!;
          const detail = cell.operations.find((d) => d.operation === o.id);
          assert.ok(detail, `${o.id} missing from ${id}/${ch}`);
          assert.is(detail!.status, o.routes[ch].status);
          if (o.routes[ch].status === 'notCarried') {
            assert.ok(cell.notCarried.includes(o.id), `${o.id} not carried by ${ch} but not listed`);
            assert.ok(cell.status === 'notCarried' || cell.status === 'partial');
            assert.ok(cell.label.includes(o.routes[ch].reason!), 'the reason is in the label');
          }
        }
      }
    }
  });
}

test('coverage.json: the same matrix as data, sorted keys, plan and CHANNELS order kept', () => {
  const p = planFromProfile({ profilePath: 'policies/profiles/strict.json' });
  const artifact = renderCoverageJson(p);
  assert.is(artifact.path, 'coverage.json');
  const text = Buffer.from(artifact.bytes).toString('utf8');
  const data = JSON.parse(text) as {
    generator: string;
    profile: string;
    channels: string[];
    controls: { control: string; cells: { channel: string }[] }[];
  };
  assert.equal(Object.keys(data), ['channels', 'controls', 'generator', 'profile', 'summary']);
  assert.is(data.generator, `t1559 ${p.tool.version}`);
  assert.is(data.profile, 'strict');
  assert.equal(data.channels, [...CHANNELS]);
  assert.equal(
    data.controls.map((c) => c.control),
    p.controls.map((c) => c.id),
  );
  for (const c of data.controls)
    assert.equal(
      c.cells.map((x) => x.channel),
      [...CHANNELS],
    );
  assert.equal(JSON.parse(text), JSON.parse(JSON.stringify({ generator: data.generator, profile: data.profile, ...buildCoverage(p) })));
});

test.run();
