/** Drift between an existing Registry.pol and the plan: a table of file edits and what they report. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detectDrift } from '../../src/plan-readers/drift.js';
import type { PolEntry } from '../../src/formats/registry-pol.js';
import { planToPolEntries } from '../../src/plan-readers/pol-entries.js';
import { profilePlan } from '../helpers/profile-plans.js';

const plan = profilePlan('policies/profiles/recommended.json');
const exact = planToPolEntries(plan, 'User');
const KEY = 'software\\policies\\microsoft\\office\\16.0\\word\\options';
const isLinks = (e: PolEntry) => e.key === KEY && 'valueName' in e && e.valueName === 'dontupdatelinks';

const CASES: [string, { edit: (entries: PolEntry[]) => PolEntry[]; want: string[] }][] = [
  ['the file the tool wrote has no drift', { edit: (e) => e, want: [] }],
  ['a removed value is missing', { edit: (e) => e.filter((x) => !isLinks(x)), want: ['missing dontupdatelinks'] }],
  [
    'another value is a difference, with both sides',
    {
      edit: (e) =>
        e.map((x) => (isLinks(x) ? { action: 'set', key: KEY, valueName: 'dontupdatelinks', value: { type: 'REG_DWORD', data: 0 } } : x)),
      want: ['differs dontupdatelinks REG_DWORD 1 / REG_DWORD 0'],
    },
  ],
  [
    'another type is a difference',
    {
      edit: (e) =>
        e.map((x) => (isLinks(x) ? { action: 'set', key: KEY, valueName: 'dontupdatelinks', value: { type: 'REG_SZ', data: '1' } } : x)),
      want: ['differs dontupdatelinks REG_DWORD 1 / REG_SZ "1"'],
    },
  ],
  [
    'a delete where the plan sets is a difference',
    {
      edit: (e) => e.map((x) => (isLinks(x) ? { action: 'deleteValue', key: KEY, valueName: 'dontupdatelinks' } : x)),
      want: ['differs dontupdatelinks REG_DWORD 1 / deleteValue'],
    },
  ],
  [
    'case of key and name does not matter',
    {
      edit: (e) => e.map((x) => (isLinks(x) ? ({ ...x, key: KEY.toUpperCase(), valueName: 'DontUpdateLinks' } as PolEntry) : x)),
      want: [],
    },
  ],
  [
    'an unknown value under a managed key is extra (informational)',
    { edit: (e) => [...e, { action: 'set', key: KEY, valueName: 'other', value: { type: 'REG_DWORD', data: 5 } }], want: ['extra other'] },
  ],
  [
    'values under other keys are none of its business',
    {
      edit: (e) => [...e, { action: 'set', key: 'Software\\Policies\\Other', valueName: 'x', value: { type: 'REG_DWORD', data: 5 } }],
      want: [],
    },
  ],
  [
    'the last entry wins, as when Windows applies the file',
    {
      edit: (e) => [
        ...e.filter((x) => !isLinks(x)),
        { action: 'deleteValue', key: KEY, valueName: 'dontupdatelinks' },
        ...e.filter(isLinks),
      ],
      want: [],
    },
  ],
];

for (const [name, { edit, want }] of CASES) {
  test(`drift: ${name}`, () => {
    const report = detectDrift(plan, 'User', edit(exact.map((e) => ({ ...e }))));
    const got = report.findings.map((f) => `${f.kind} ${f.valueName}${f.kind === 'differs' ? ` ${f.want} / ${f.have}` : ''}`);
    assert.equal(got, want);
    assert.is(report.expected, exact.length);
  });
}

test('drift: the pol/ files match with --local semantics (every registry value)', () => {
  const all = planToPolEntries(plan, 'User', { include: 'allRegistry' });
  assert.equal(detectDrift(plan, 'User', all, { include: 'allRegistry' }).findings, []);
  const missing = detectDrift(plan, 'User', exact, { include: 'allRegistry' }).findings;
  assert.ok(missing.length > 0 && missing.every((f) => f.kind === 'missing'), 'preferences are missing from a GPO-only file');
});

test.run();
