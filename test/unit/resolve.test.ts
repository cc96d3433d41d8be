/**
 * Resolution rules on a small synthetic catalog: merging, conflicts, Office version applicability,
 * parameters, forEach/when, hive prefixes, ordering.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildCatalog } from '../../src/catalog/load.js';
import { resolvePlan } from '../../src/catalog/resolve.js';
import { profileSchema } from '../../src/model/profile.js';
import { UserError } from '../../src/lib/errors.js';
import type { RegistryOperation } from '../../src/model/plan.js';

const base = {
  summary: 's',
  rationale: 'r',
  techniques: ['T1559.002'],
  tier: 'recommended',
  impact: 'low',
  impactNote: 'none',
  confirmed: true,
  references: [{ title: 'ref', url: 'https://learn.microsoft.com/x' }],
};
const setting = (over: Record<string, unknown>) => ({
  id: 's',
  title: 't',
  kind: 'policy',
  scope: 'User',
  confirmed: true,
  source: 'test',
  ...over,
});

const catalog = buildCatalog([
  {
    file: 'test.json',
    data: {
      controls: [
        {
          ...base,
          id: 'a',
          title: 'A',
          mitigation: 'M1042',
          settings: [
            setting({
              key: 'Software\\Policies\\X\\{version}\\k',
              officeVersions: ['16.0'],
              valueName: 'v',
              value: { type: 'REG_DWORD', data: 1 },
            }),
          ],
        },
        {
          ...base,
          id: 'b',
          title: 'B',
          mitigation: 'M1048',
          settings: [
            setting({
              key: 'software\\policies\\x\\{version}\\K',
              officeVersions: ['16.0'],
              valueName: 'V',
              value: { type: 'REG_DWORD', data: 1 },
            }),
          ],
        },
        {
          ...base,
          id: 'c',
          title: 'C',
          mitigation: 'M1048',
          settings: [
            setting({
              key: 'Software\\Policies\\X\\{version}\\k',
              officeVersions: ['16.0'],
              valueName: 'v',
              value: { type: 'REG_DWORD', data: 0 },
            }),
          ],
        },
        {
          ...base,
          id: 'p',
          title: 'P',
          mitigation: 'M1040',
          parameters: {
            mode: { type: 'enum', values: ['block', 'audit'], default: 'block', description: 'd' },
            extra: { type: 'boolean', default: false, description: 'd' },
            paths: { type: 'stringList', default: [], description: 'd' },
            level: { type: 'integer', min: 1, max: 3, default: 2, description: 'd' },
          },
          settings: [
            setting({
              id: 'mode',
              scope: 'Machine',
              key: 'Software\\Policies\\R',
              valueName: 'rule',
              value: { type: 'REG_SZ', data: { param: 'mode', map: { block: '1', audit: '2' } } },
            }),
            setting({
              id: 'extra',
              scope: 'Machine',
              key: 'Software\\Policies\\R',
              valueName: 'extra',
              when: { param: 'extra', equals: true },
              value: { type: 'REG_DWORD', data: 1 },
            }),
            setting({
              id: 'paths',
              scope: 'Machine',
              key: 'Software\\Policies\\R\\Ex',
              valueName: '{item}',
              forEach: 'paths',
              value: { type: 'REG_SZ', data: '0' },
            }),
            setting({
              id: 'level',
              scope: 'Machine',
              key: 'Software\\Policies\\R',
              valueName: 'level',
              value: { type: 'REG_DWORD', data: { param: 'level' } },
            }),
            setting({ id: 'del', scope: 'Machine', key: 'Software\\Policies\\R', valueName: 'old', action: 'deleteValue' }),
          ],
        },
        {
          ...base,
          id: 'h',
          title: 'H',
          mitigation: 'M1042',
          parameters: { keys: { type: 'stringList', default: [], description: 'd' } },
          settings: [
            setting({ kind: 'preference', key: '{item}', forEach: 'keys', valueName: 'v', value: { type: 'REG_DWORD', data: 1 } }),
          ],
        },
      ],
    },
  },
]);

const profile = (controls: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  profileSchema.parse({ name: 't', controls, ...extra });

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err.problems.map((p) => `${p.where}: ${p.message}`);
    throw err;
  }
  assert.unreachable('expected a UserError');
  return [];
}

const registryOps = (ops: unknown[]) => ops as RegistryOperation[];

test('identical writes from two controls merge with both in the provenance', () => {
  const plan = resolvePlan(catalog, profile({ a: {}, b: {} }), { file: 'p.json' });
  assert.is(plan.operations.length, 1);
  assert.equal(plan.operations[0]!.controls, ['a', 'b']);
  assert.equal(plan.operations[0]!.mitigations, ['M1042', 'M1048']);
});

test('different writes to the same value name both controls', () => {
  const problems = problemsOf(() => resolvePlan(catalog, profile({ a: {}, c: {} }), { file: 'p.json' }));
  assert.is(problems.length, 1);
  assert.match(
    problems[0]!,
    /conflicting writes to HKCU\\Software\\Policies\\X\\16\.0\\k\\v: a writes REG_DWORD 1 .* but c writes REG_DWORD 0/,
  );
});

test('a setting not applicable to a selected Office version is reported with the fix', () => {
  const problems = problemsOf(() => resolvePlan(catalog, profile({ a: {} }, { officeVersions: ['16.0', '15.0'] }), { file: 'p.json' }));
  assert.is(problems.length, 1);
  assert.match(problems[0]!, /applies to Office 16\.0 only, not 15\.0; narrow this control with "officeVersions": \["16\.0"\]/);
  const narrowed = resolvePlan(catalog, profile({ a: { officeVersions: ['16.0'] } }, { officeVersions: ['16.0', '15.0'] }), {
    file: 'p.json',
  });
  assert.is(narrowed.operations.length, 1);
});

test('all problems are reported at once', () => {
  const problems = problemsOf(() =>
    resolvePlan(catalog, profile({ zzz: {}, p: { parameters: { mode: 'warn', level: 7, bogus: 1 } }, a: {}, c: {} }), { file: 'p.json' }),
  );
  assert.is(problems.length, 5, problems.join('\n'));
  assert.ok(problems.some((p) => /\$\.controls\.zzz: unknown control "zzz"/.test(p)));
  assert.ok(problems.some((p) => /\$\.controls\.p\.parameters\.mode: /.test(p)));
  assert.ok(problems.some((p) => /\$\.controls\.p\.parameters\.level: .*3/.test(p)));
  assert.ok(problems.some((p) => /unknown parameter "bogus" for p \(known: mode, extra, paths, level\)/.test(p)));
  assert.ok(problems.some((p) => /conflicting writes/.test(p)));
});

const PARAMETER_CASES: [string, { given: Record<string, unknown>; want: string[] }][] = [
  ['defaults', { given: {}, want: ['set R!level=2', 'delete R!old', 'set R!rule=1'] }],
  ['enum maps to data', { given: { mode: 'audit' }, want: ['set R!level=2', 'delete R!old', 'set R!rule=2'] }],
  ['when adds a value', { given: { extra: true }, want: ['set R!extra=1', 'set R!level=2', 'delete R!old', 'set R!rule=1'] }],
  [
    'forEach expands items in order',
    {
      given: { paths: ['C:\\b.exe', 'C:\\a.exe'] },
      want: ['set R!level=2', 'delete R!old', 'set R!rule=1', 'set R\\Ex!C:\\a.exe=0', 'set R\\Ex!C:\\b.exe=0'],
    },
  ],
];

for (const [name, { given, want }] of PARAMETER_CASES) {
  test(`parameters: ${name}`, () => {
    const plan = resolvePlan(catalog, profile({ p: { parameters: given } }), { file: 'p.json' });
    const got = registryOps(plan.operations).map(
      (o) =>
        `${o.action === 'set' ? 'set' : 'delete'} ${o.key.replace('Software\\Policies\\', '')}!${o.valueName}${o.value ? `=${o.value.data}` : ''}`,
    );
    assert.equal(got, want);
  });
}

test('a key with a hive prefix is rejected with how to fix it', () => {
  const problems = problemsOf(() =>
    resolvePlan(catalog, profile({ h: { parameters: { keys: ['HKLM\\Software\\Policies\\Y'] } } }), { file: 'p.json' }),
  );
  assert.match(problems[0]!, /starts with a hive prefix \("HKLM"\); write the key without it/);
});

test('catalog schema errors carry file and JSON path', () => {
  const problems = problemsOf(() =>
    buildCatalog([
      {
        file: 'bad.json',
        data: {
          controls: [
            {
              ...base,
              id: 'x',
              title: 'X',
              mitigation: 'M9999',
              settings: [setting({ key: 'HKEY_CURRENT_USER\\Software', valueName: 'v', value: { type: 'REG_DWORD', data: -1 } })],
            },
          ],
        },
      },
    ]),
  );
  assert.ok(
    problems.some((p) => p.startsWith('bad.json: $.controls[0].mitigation')),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => /bad\.json: \$\.controls\[0\]\.settings\[0\]\.key: registry key starts with a hive prefix/.test(p)),
    problems.join('\n'),
  );
});

test('the kind must agree with the key: policy keys live under Software\\Policies', () => {
  const problems = problemsOf(() =>
    buildCatalog([
      {
        file: 'k.json',
        data: {
          controls: [
            {
              ...base,
              id: 'x',
              title: 'X',
              mitigation: 'M1042',
              settings: [
                setting({
                  kind: 'policy',
                  key: 'Software\\Microsoft\\Office\\16.0\\Word',
                  valueName: 'v',
                  value: { type: 'REG_DWORD', data: 1 },
                }),
              ],
            },
          ],
        },
      },
    ]),
  );
  assert.match(problems.join('\n'), /k\.json: \$\.controls\[0\]\.settings\[0\]\.kind: kind "policy" needs a key under Software\\Policies/);
});

test('SOURCE_DATE_EPOCH fixes the backup time; garbage is refused', () => {
  const plan = resolvePlan(catalog, profile({ a: {} }), { file: 'p.json', sourceDateEpoch: '1700000000' });
  assert.is(plan.profile.gpo.backupTime, '2023-11-14T22:13:20Z');
  assert.throws(() => resolvePlan(catalog, profile({ a: {} }), { file: 'p.json', sourceDateEpoch: 'yesterday' }), /SOURCE_DATE_EPOCH/);
});

test('the same selection in any order gives the same plan', () => {
  const one = resolvePlan(catalog, profile({ a: {}, p: {} }), { file: 'p.json' });
  const two = resolvePlan(catalog, profile({ p: {}, a: {} }), { file: 'p.json' });
  assert.equal(JSON.stringify(one), JSON.stringify(two));
});

test.run();
