/** `admx lint` on crafted files (issue 17, case 4): linear time, where it used to compare every pair. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lintAdmx } from '../../src/formats/admx-lint.js';

const HEAD =
  '<?xml version="1.0"?><policyDefinitions revision="1.0" schemaVersion="1.0"><policyNamespaces><target prefix="t" namespace="T.P"/>';

const CASES: [string, { admx: string; problems: (n: number) => boolean }][] = [
  // Each attribute was compared with all before it: 40,000 took 6 s.
  [
    'one element with 40,000 attributes',
    {
      admx: `${HEAD}</policyNamespaces><resources minRequiredRevision="1.0"/><categories><category name="c" ${Array.from({ length: 40_000 }, (_, k) => `a${k}="v"`).join(' ')}/></categories></policyDefinitions>`,
      problems: (n) => n >= 0,
    },
  ],
  // Every problem's path rescanned all siblings: 20,000 <using> without a namespace took 21 s.
  [
    '20,000 sibling <using> elements, each a problem',
    {
      admx: `${HEAD}${'<using prefix="u"/>'.repeat(20_000)}</policyNamespaces><resources minRequiredRevision="1.0"/></policyDefinitions>`,
      problems: (n) => n >= 20_000,
    },
  ],
];

for (const [name, { admx, problems }] of CASES) {
  test(name, () => {
    const started = Date.now();
    const found = lintAdmx(admx, undefined, { admx: 'x.admx' }, { ingestion: false });
    const ms = Date.now() - started;
    assert.ok(problems(found.length), `${found.length} problems`);
    assert.ok(ms < 2_000, `linted in ${ms} ms`);
  });
}

test('a sibling path names its position among same-named siblings', () => {
  const found = lintAdmx(
    `${HEAD}<using prefix="u"/><using prefix="v"/></policyNamespaces><resources minRequiredRevision="1.0"/></policyDefinitions>`,
    undefined,
    { admx: 'x.admx' },
    { ingestion: false },
  );
  assert.equal(
    found.filter((p) => p.rule === 'namespace-missing').map((p) => p.path),
    ['policyDefinitions/policyNamespaces/using[1]', 'policyDefinitions/policyNamespaces/using[2]'],
  );
});

test.run();
