/**
 * The ADMX linter: one small broken fixture per rule (test/fixtures/admx/<rule>.admx|.adml, each a copy of
 * clean.admx/clean.adml with one defect) gives exactly that rule at that path; the clean pair gives
 * nothing; malformed XML is a UserError with file and line; and `t1559 admx lint` maps it all to exit codes.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMX_LINT_RULES, lintAdmx, type AdmxLintRule } from '../../src/formats/admx-lint.js';
import { UserError } from '../../src/lib/errors.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = join('test', 'fixtures', 'admx');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const P = 'policyDefinitions/policies/policy';
const PRES = 'policyDefinitionResources/resources/presentationTable/presentation[@id="Elements"]';

type Want = { rule: AdmxLintRule; path: string; file: 'admx' | 'adml' };
const CASES: [string, { given: { admx: string; adml?: string | null }; want: Want[] }][] = [
  [
    'root-element',
    { given: { admx: 'root-element.admx' }, want: [{ rule: 'root-element', path: 'policyDefinitionResources', file: 'admx' }] },
  ],
  [
    'namespace-missing',
    {
      given: { admx: 'namespace-missing.admx' },
      want: [{ rule: 'namespace-missing', path: 'policyDefinitions/policyNamespaces', file: 'admx' }],
    },
  ],
  [
    'namespace-xmlns',
    { given: { admx: 'namespace-xmlns.admx' }, want: [{ rule: 'namespace-xmlns', path: 'policyDefinitions', file: 'admx' }] },
  ],
  [
    'namespace-prefix-duplicate',
    {
      given: { admx: 'namespace-prefix-duplicate.admx' },
      want: [{ rule: 'namespace-prefix-duplicate', path: 'policyDefinitions/policyNamespaces/using[2]', file: 'admx' }],
    },
  ],
  [
    'revision-format',
    {
      given: { admx: 'revision-format.admx' },
      want: [
        { rule: 'revision-format', path: 'policyDefinitions', file: 'admx' },
        { rule: 'revision-format', path: 'policyDefinitions/resources', file: 'admx' },
      ],
    },
  ],
  [
    'adml-revision',
    { given: { admx: 'adml-revision.admx' }, want: [{ rule: 'adml-revision', path: 'policyDefinitionResources', file: 'adml' }] },
  ],
  ['id-invalid', { given: { admx: 'id-invalid.admx' }, want: [{ rule: 'id-invalid', path: `${P}[@name="Simple-Policy"]`, file: 'admx' }] }],
  [
    'id-duplicate (category, policy, element, string, control, presentation)',
    {
      given: { admx: 'id-duplicate.admx', adml: 'id-duplicate.adml' },
      want: [
        { rule: 'id-duplicate', path: 'policyDefinitions/categories/category[@name="Child"]', file: 'admx' },
        { rule: 'id-duplicate', path: `${P}[@name="Simple"]`, file: 'admx' },
        { rule: 'id-duplicate', path: `${P}[@name="Simple"]/elements/decimal[@id="Level"]`, file: 'admx' },
        { rule: 'id-duplicate', path: 'policyDefinitionResources/resources/stringTable/string[@id="Root"]', file: 'adml' },
        { rule: 'id-duplicate', path: `${PRES}/listBox[@refId="Paths"]`, file: 'adml' },
        { rule: 'id-duplicate', path: PRES, file: 'adml' },
      ],
    },
  ],
  [
    'string-ref-unresolved (undefined id, not a reference)',
    {
      given: { admx: 'string-ref-unresolved.admx' },
      want: [
        { rule: 'string-ref-unresolved', path: `${P}[@name="Simple"]`, file: 'admx' },
        { rule: 'string-ref-unresolved', path: `${P}[@name="Simple"]`, file: 'admx' },
      ],
    },
  ],
  [
    'presentation-ref-unresolved',
    {
      given: { admx: 'presentation-ref-unresolved.admx' },
      want: [{ rule: 'presentation-ref-unresolved', path: `${P}[@name="Elements"]`, file: 'admx' }],
    },
  ],
  [
    'presentation-control-missing (no control; no presentation at all)',
    {
      given: { admx: 'presentation-control-missing.admx' },
      want: [
        { rule: 'presentation-control-missing', path: `${P}[@name="Elements"]/elements/decimal[@id="Extra"]`, file: 'admx' },
        { rule: 'presentation-control-missing', path: `${P}[@name="NoPresentation"]/elements/boolean[@id="Flag"]`, file: 'admx' },
      ],
    },
  ],
  [
    'presentation-control-orphan',
    {
      given: { admx: 'clean.admx', adml: 'presentation-control-orphan.adml' },
      want: [{ rule: 'presentation-control-orphan', path: `${PRES}/checkBox[@refId="Ghost"]`, file: 'adml' }],
    },
  ],
  [
    'presentation-control-type',
    {
      given: { admx: 'clean.admx', adml: 'presentation-control-type.adml' },
      want: [{ rule: 'presentation-control-type', path: `${PRES}/checkBox[@refId="Mode"]`, file: 'adml' }],
    },
  ],
  [
    'category-ref-unknown (undeclared name, undeclared prefix)',
    {
      given: { admx: 'category-ref-unknown.admx' },
      want: [
        { rule: 'category-ref-unknown', path: 'policyDefinitions/categories/category[@name="Child"]/parentCategory', file: 'admx' },
        { rule: 'category-ref-unknown', path: `${P}[@name="Elements"]/parentCategory`, file: 'admx' },
      ],
    },
  ],
  [
    'supportedon-ref-unknown',
    {
      given: { admx: 'supportedon-ref-unknown.admx' },
      want: [{ rule: 'supportedon-ref-unknown', path: `${P}[@name="Elements"]/supportedOn`, file: 'admx' }],
    },
  ],
  [
    'ingestion-combobox',
    {
      given: { admx: 'clean.admx', adml: 'ingestion-combobox.adml' },
      want: [{ rule: 'ingestion-combobox', path: `${PRES}/comboBox[@refId="Extensions"]`, file: 'adml' }],
    },
  ],
  [
    'ingestion-refused-key (policy key, list key)',
    {
      given: { admx: 'ingestion-refused-key.admx' },
      want: [
        { rule: 'ingestion-refused-key', path: `${P}[@name="Simple"]`, file: 'admx' },
        { rule: 'ingestion-refused-key', path: `${P}[@name="Elements"]/elements/list[@id="Paths"]`, file: 'admx' },
      ],
    },
  ],
  ['clean pair', { given: { admx: 'clean.admx' }, want: [] }],
  [
    'ADMX alone: references are not checked',
    {
      given: { admx: 'string-ref-unresolved.admx', adml: null },
      want: [{ rule: 'string-ref-unresolved', path: `${P}[@name="Simple"]`, file: 'admx' }],
    },
  ],
];

for (const [name, { given, want }] of CASES) {
  test(`rule ${name}`, () => {
    const admlName = given.adml === undefined ? 'clean.adml' : given.adml;
    const files = { admx: given.admx, ...(admlName ? { adml: admlName } : {}) };
    const problems = lintAdmx(read(given.admx), admlName ? read(admlName) : undefined, files);
    assert.equal(
      problems.map((p) => ({ rule: p.rule, path: p.path, file: p.file === given.admx ? 'admx' : 'adml' })),
      want,
      problems.map((p) => `${p.file}:${p.line}: ${p.rule}: ${p.path}: ${p.message}`).join('\n'),
    );
    for (const p of problems) {
      assert.ok(p.line > 0, 'has a line');
      assert.ok(p.message.length > 40, `message says how to fix: ${p.message}`);
    }
  });
}

test('every rule has a fixture case', () => {
  const covered = new Set(CASES.flatMap(([, c]) => c.want.map((w) => w.rule)));
  assert.equal([...covered].sort(), Object.keys(ADMX_LINT_RULES).sort());
});

test('ingestion rules can be turned off', () => {
  assert.equal(lintAdmx(read('ingestion-refused-key.admx'), read('clean.adml'), undefined, { ingestion: false }), []);
  assert.equal(lintAdmx(read('clean.admx'), read('ingestion-combobox.adml'), undefined, { ingestion: false }), []);
});

test('problems carry the file names given and the line of the element', () => {
  const [p] = lintAdmx(read('supportedon-ref-unknown.admx'), read('clean.adml'), { admx: 'x/My.admx', adml: 'x/en-US/My.adml' });
  assert.is(p!.file, 'x/My.admx');
  assert.is(read('supportedon-ref-unknown.admx').split('\n')[p!.line - 1]!.trim(), '<supportedOn ref="SUPPORTED_Nowhere"/>');
});

const MALFORMED: [string, { given: string; want: RegExp }][] = [
  [
    'mismatched end tag (fixture)',
    {
      given: read('malformed.admx'),
      want: /input\.admx:6:3: end tag <\/policyNamespaces> does not match the start tag <target> on line 5/,
    },
  ],
  ['unclosed root', { given: '<policyDefinitions>\n  <a/>', want: /input\.admx:1:1: element <policyDefinitions> is not closed/ }],
  ['undefined entity', { given: '<a>\n&nbsp;</a>', want: /input\.admx:2:1: undefined entity "&nbsp;"/ }],
  ['duplicate attribute', { given: '<a x="1" x="2"/>', want: /input\.admx:1:10: attribute x appears twice/ }],
  ['DOCTYPE', { given: '<!DOCTYPE a [<!ENTITY x "y">]><a/>', want: /DOCTYPE is not allowed/ }],
  ['empty file', { given: '', want: /no root element/ }],
];
for (const [name, { given, want }] of MALFORMED) {
  test(`malformed XML is a UserError with file and line: ${name}`, () => {
    try {
      lintAdmx(given, read('clean.adml'));
      assert.unreachable('should throw');
    } catch (err) {
      assert.instance(err, UserError);
      assert.is((err as UserError).code, 'E_ADMX');
      assert.match((err as UserError).render(), want);
    }
  });
}

test('a malformed ADML is named as the ADML', () => {
  try {
    lintAdmx(read('clean.admx'), '<policyDefinitionResources>', { admx: 'a.admx', adml: 'en-US/a.adml' });
    assert.unreachable();
  } catch (err) {
    assert.match((err as UserError).render(), /en-US\/a\.adml:1:1/);
  }
});

// ---------------------------------------------------------------------------------------------
// The command, as users run it (compiled commands run in-process, test/helpers/run-cli.ts; `npm test`
// compiles first). That a large report piped to another program is complete needs a real process: test/e2e.test.ts.

const cli = (args: string[]) => runCli(['admx', 'lint', ...args]);
const F = (name: string) => join(DIR, name);

const CLI: [string, { given: string[]; want: { code: number; stdout?: RegExp[]; stderr?: RegExp[] } }][] = [
  ['clean pair exits 0', { given: [F('clean.admx'), '--adml', F('clean.adml')], want: { code: 0, stdout: [/no problems/] } }],
  [
    'problems exit 1, one line each',
    {
      given: [F('category-ref-unknown.admx'), '--adml', F('clean.adml')],
      want: {
        code: 1,
        stdout: [
          /category-ref-unknown\.admx:17: category-ref-unknown: policyDefinitions\/categories\/category\[@name="Child"\]\/parentCategory: /,
          /:32: category-ref-unknown: /,
        ],
      },
    },
  ],
  [
    '--json',
    {
      given: [F('id-invalid.admx'), '--adml', F('clean.adml'), '--json'],
      want: { code: 1, stdout: [/"rule": "id-invalid"/, /"path": "policyDefinitions\/policies\/policy\[@name=\\"Simple-Policy\\"\]"/] },
    },
  ],
  ['--no-ingestion', { given: [F('ingestion-refused-key.admx'), '--adml', F('clean.adml'), '--no-ingestion'], want: { code: 0 } }],
  ['without --adml: a note on stderr', { given: [F('clean.admx')], want: { code: 0, stderr: [/no --adml given/] } }],
  [
    'malformed XML exits 2 with file and line',
    { given: [F('malformed.admx')], want: { code: 2, stderr: [/E_ADMX/, /malformed\.admx:6:3/] } },
  ],
  ['missing file exits 2', { given: ['nope.admx'], want: { code: 2, stderr: [/E_IO/, /nope\.admx does not exist/] } }],
  ['missing argument exits 2', { given: [], want: { code: 2 } }],
];
for (const [name, { given, want }] of CLI) {
  test(`t1559 admx lint: ${name}`, async () => {
    const r = await cli(given);
    assert.is(r.code, want.code, `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
    for (const re of want.stdout ?? []) assert.match(r.stdout, re);
    for (const re of want.stderr ?? []) assert.match(r.stderr, re);
  });
}

test('t1559 admx lint reads UTF-16LE files with a BOM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 't1559-admx-'));
  const admx = join(dir, 'utf16.admx');
  writeFileSync(admx, Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(read('clean.admx'), 'utf16le')]));
  const r = await cli([admx, '--adml', F('clean.adml')]);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /utf16\.admx \+ .*clean\.adml: no problems/);
});

test.run();
