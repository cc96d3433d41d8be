/**
 * The T1559 ADMX/ADML: for real plans (shipped profiles and the every-type/appids fixtures), with and
 * without the catalog (parameters as elements), GPMC "Enabled with defaults" writes exactly the plan's
 * values, Disabled is defined, the template lints clean, ids are valid and unique, operations ADMX cannot
 * carry are listed in a comment, the ingestion variant never writes a refused key, hostile text is escaped
 * and the bytes are deterministic.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ingestionAllows } from '../../src/formats/intune-ingestion.js';
import { lintAdmx } from '../../src/formats/admx-lint.js';
import { attribute, parseXml, type XmlElement } from '../../src/formats/xml-reader.js';
import { UserError } from '../../src/lib/errors.js';
import type { Plan, RegistryOperation } from '../../src/model/plan.js';
import {
  ADML_FILE,
  ADMX_FILE,
  buildT1559Admx,
  renderAdmx,
  serializeAdml,
  serializeAdmx,
  T1559_ADMX_NAMESPACE,
  T1559_ADMX_PREFIX,
} from '../../src/targets/admx/index.js';
import { evaluateAdmx, type Written, type WrittenValue } from '../helpers/admx-evaluate.js';
import { PROFILE_PATHS, profilePlan } from '../helpers/profile-plans.js';

const PROFILES = PROFILE_PATHS;
const plans = new Map(PROFILES.map((p) => [p, profilePlan(p)]));
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
const OPTIONS = { namespace: T1559_ADMX_NAMESPACE, prefix: T1559_ADMX_PREFIX };

function render(plan: Plan, elements = true, forIngestion = false) {
  const build = buildT1559Admx(plan, { ...OPTIONS, forIngestion, fixedValues: !elements });
  return { build, admx: serializeAdmx(build.document), adml: serializeAdml(build.document) };
}

function expected(op: RegistryOperation): WrittenValue {
  if (op.action === 'deleteValue') return { type: 'delete' };
  const v = op.value!;
  if (v.type === 'REG_DWORD' || v.type === 'REG_SZ' || v.type === 'REG_EXPAND_SZ') return v;
  throw new Error(`no ADMX value for ${v.type}`);
}
const same = (a: Written, op: RegistryOperation) => a.key === op.key && a.valueName === op.valueName;

const VARIANTS: [string, boolean][] = [
  ['fixed values', false],
  ['parameters as elements', true],
];

for (const profile of PROFILES) {
  for (const [variant, cat] of VARIANTS) {
    const name = `${profile.split('/').pop()} (${variant})`;
    const plan = plans.get(profile)!;

    test(`${name}: Enabled with defaults writes exactly the plan's values of each control`, () => {
      const { build, admx, adml } = render(plan, cat);
      const evaluations = new Map(evaluateAdmx(admx, adml).map((e) => [e.name, e]));
      const carried = plan.operations.filter(
        (op): op is RegistryOperation => op.type === 'registry' && op.routes.admx.status === 'carried',
      );
      for (const op of carried) {
        const policies = Object.entries(build.operationsByPolicy).filter(([, ids]) => ids.includes(op.id));
        assert.ok(policies.length >= 1, `${op.id} is in no policy`);
        assert.equal(policies.length, op.controls.length, `${op.id} is in one policy per control`);
        for (const [policy] of policies) {
          const ev = evaluations.get(policy)!;
          const writes = ev.enabled.filter((w) => same(w, op));
          assert.equal(writes.length, 1, `${policy} writes ${op.key}\\${op.valueName} once`);
          assert.equal(writes[0]!.value, expected(op), `${policy}: ${op.id}`);
          assert.is(ev.class, op.scope, `${policy} class`);
        }
      }
      // Nothing beyond the plan: every write of every policy is a plan operation of that policy.
      for (const ev of evaluations.values()) {
        assert.equal(ev.needsInput, [], `${ev.name} needs no typing`);
        const mine = build.operationsByPolicy[ev.name]!.map((id) => carried.find((op) => op.id === id)!);
        for (const w of ev.enabled)
          assert.ok(
            mine.some((op) => same(w, op)),
            `${ev.name} writes ${w.key}\\${w.valueName}, which its control does not have`,
          );
      }
    });

    test(`${name}: Disabled is defined and removes what Enabled set (except values other policies share)`, () => {
      const { build, admx, adml } = render(plan, cat);
      for (const ev of evaluateAdmx(admx, adml)) {
        assert.ok(ev.disabled.length > 0, `${ev.name} writes something when Disabled`);
        for (const w of ev.disabled) assert.equal(w.value, { type: 'delete' }, `${ev.name} Disabled only deletes`);
        const ops = build.operationsByPolicy[ev.name]!.map((id) => plan.operations.find((o) => o.id === id) as RegistryOperation);
        for (const op of ops) {
          const deleted = ev.disabled.some((w) => same(w, op));
          if (op.action === 'set')
            assert.is(deleted, op.controls.length === 1, `${ev.name} Disabled ${deleted ? 'deletes' : 'keeps'} ${op.id}`);
        }
      }
    });

    test(`${name}: lints clean (ADMX + ADML) and validates its ids`, () => {
      const { admx, adml } = render(plan, cat);
      assert.equal(lintAdmx(admx, adml, { admx: 'T1559.admx', adml: 'T1559.adml' }, { ingestion: false }), []);
      const root = parseXml(admx, 'T1559.admx').root;
      const names = (local: string, attr: string) =>
        all(root)
          .filter((e) => e.local === local)
          .map((e) => attribute(e, attr)!);
      for (const [what, list] of [
        ['policy', names('policy', 'name')],
        ['category', names('category', 'name')],
        ['supportedOn', names('definition', 'name')],
      ] as const) {
        for (const n of list) assert.match(n, /^[A-Za-z0-9_]+$/, `${what} ${n}`);
        assert.is(new Set(list).size, list.length, `${what} names are unique`);
      }
      for (const p of all(root).filter((e) => e.local === 'policy')) {
        const ids = (p.children.find((c) => c.local === 'elements')?.children ?? []).map((e) => attribute(e, 'id')!);
        for (const id of ids) assert.match(id, /^[A-Za-z0-9_]+$/);
        assert.is(new Set(ids).size, ids.length, `element ids of ${attribute(p, 'name')} are unique`);
      }
    });

    test(`${name}: operations ADMX cannot carry are listed in the ADMX comment, not in the template`, () => {
      const { build, admx } = render(plan, cat);
      const notCarried = plan.operations.filter((op) => op.routes.admx.status !== 'carried');
      assert.equal(build.leftOut.map((l) => l.id).sort(), notCarried.map((op) => op.id).sort());
      const doc = parseXml(admx, 'T1559.admx');
      const comment = doc.comments.join('\n');
      for (const op of notCarried) {
        assert.ok(comment.includes(op.id), `${op.id} is named in the comment`);
        if (op.type === 'registry')
          assert.not.ok(
            all(doc.root).some((e) => attribute(e, 'valueName') === op.valueName && attribute(e, 'key') === op.key),
            `${op.id} is not written`,
          );
      }
    });
  }
}

test('the category tree: T1559 > the mitigations present, in ATT&CK order', () => {
  const { build } = render(plans.get('test/fixtures/profiles/every-type.json')!);
  assert.equal(
    build.document.categories.map((c) => [c.name, c.parent ?? null]),
    [
      ['T1559', null],
      ['T1559_M1048', 'T1559'],
      ['T1559_M1040', 'T1559'],
      ['T1559_M1042', 'T1559'],
      ['T1559_M1026', 'T1559'],
      ['T1559_M1054', 'T1559'],
      ['T1559_DS0009', 'T1559'],
    ],
  );
  assert.is(build.document.categories[1]!.displayName, 'M1048 Application Isolation and Sandboxing');
  const { build: rec } = render(plans.get('policies/profiles/recommended.json')!);
  assert.equal(
    rec.document.categories.map((c) => c.name),
    ['T1559', 'T1559_M1048', 'T1559_M1040', 'T1559_M1042', 'T1559_M1054', 'T1559_DS0009'],
    'only mitigations present',
  );
});

test('deleteValue (Word allowdde "Disabled") is a <delete/> in the Enabled list; explain text names the official policy', () => {
  const { build, admx, adml } = render(plans.get('policies/profiles/recommended.json')!, true);
  const ev = evaluateAdmx(admx, adml).find((e) => e.name === 'word_dde_off')!;
  assert.ok(
    ev.enabled.some(
      (w) =>
        w.valueName === 'allowdde' && w.key === 'software\\policies\\microsoft\\office\\16.0\\word\\security' && w.value.type === 'delete',
    ),
  );
  assert.ok(ev.enabled.some((w) => w.valueName === 'AllowDDE' && w.value.type === 'REG_DWORD' && w.value.data === 0));
  const policy = build.document.policies.find((p) => p.name === 'word_dde_off')!;
  for (const needle of [
    'control word-dde-off',
    'M1042 Disable or Remove Feature or Program',
    'T1559.002 Dynamic Data Exchange',
    'Microsoft Word 2016 > Word Options > Security > Trust Center > Dynamic Data Exchange: Disabled (word16.admx L_AllowDDE)',
    'https://attack.mitre.org/techniques/T1559/002/',
    'https://msrc.microsoft.com/update-guide/vulnerability/ADV170021',
    'Why: ',
    'Generated by t1559 ',
  ]) {
    assert.ok(policy.explainText.includes(needle), `explain text has ${needle}`);
  }
});

test('with the catalog, parameters become elements whose defaults are the plan values', () => {
  const plan = plans.get('test/fixtures/profiles/every-type.json')!;
  const { build } = render(plan, true);
  const elements = (policy: string) => build.document.policies.find((p) => p.name === policy)!.elements;
  const asr = elements('asr_office_rules');
  assert.equal(
    asr.map((e) => e.id),
    ['childProcesses', 'executableContent', 'codeInjection', 'communicationAppChildProcesses', 'win32ApiCalls'],
    'catalog parameter order',
  );
  const child = asr[0]!;
  assert.is(child.type, 'enum');
  if (child.type === 'enum') {
    assert.equal(
      child.items.map((i) => i.value),
      [
        { kind: 'string', value: '1' },
        { kind: 'string', value: '2' },
        { kind: 'string', value: '6' },
        { kind: 'string', value: '0' },
      ],
    );
    assert.is(child.items[child.defaultItem]!.label, 'warn (REG_SZ "6")', 'the profile chose warn');
  }
  const validation = elements('office_file_validation')[0]!;
  assert.is(validation.type, 'enum');
  if (validation.type === 'enum') assert.is(validation.items[0]!.valueList?.length, 2, 'one enum drives the three applications');
  const auth = elements('com_default_authentication');
  assert.equal(
    auth.map((e) => (e.type === 'decimal' ? [e.id, e.minValue, e.maxValue, e.defaultValue] : e.type)),
    [
      ['authenticationLevel', 2, 6, 6],
      ['impersonationLevel', 2, 2, 2],
    ],
  );
  assert.equal(
    elements('office_protected_view').map((e) => [e.type, e.id]),
    [['boolean', 'intranetFiles']],
  );
  assert.equal(
    elements('office_ole_blocked_extensions').map((e) => (e.type === 'text' ? e.defaultValue : e.type)),
    ['py;rb;ps1'],
  );
});

test('for ingestion: only operations Intune carries by ingestion, never a refused key, and lint clean with the ingestion rules', () => {
  for (const profile of PROFILES) {
    const plan = plans.get(profile)!;
    for (const [, cat] of VARIANTS) {
      const { build, admx, adml } = render(plan, cat, true);
      const inFile = new Set(Object.values(build.operationsByPolicy).flat());
      for (const op of plan.operations) {
        const ingest = op.type === 'registry' && op.routes.admx.status === 'carried' && op.routes.intune.via === 'ingestion';
        assert.is(inFile.has(op.id), ingest, `${profile}: ${op.id}`);
      }
      for (const e of all(parseXml(admx, 'x').root)) {
        const key = attribute(e, 'key');
        if (key !== undefined) assert.ok(ingestionAllows(key), `${profile}: ingestion ADMX writes refused key ${key}`);
      }
      assert.equal(lintAdmx(admx, adml, { admx: 'T1559.admx', adml: 'T1559.adml' }), [], profile);
    }
  }
});

test('the GPMC template names exactly the keys ingestion would refuse (so the Intune target must not reuse it as is)', () => {
  const { admx, adml } = render(plans.get('policies/profiles/recommended.json')!);
  const refused = lintAdmx(admx, adml).filter((p) => p.rule === 'ingestion-refused-key');
  assert.ok(refused.length > 0);
  for (const p of refused) assert.match(p.path, /policy\[@name="(asr_|audit_)/);
});

test('renderAdmx: two files, CRLF, UTF-8 without BOM, declaration first, no timestamp', () => {
  const plan = plans.get('policies/profiles/strict.json')!;
  const a = renderAdmx(plan);
  assert.equal(
    a.map((x) => x.path),
    [ADMX_FILE, ADML_FILE],
  );
  for (const art of a) {
    const s = text(art.bytes);
    assert.ok(s.startsWith('<?xml version="1.0" encoding="utf-8"?>\r\n<!-- generated by t1559 '), art.path);
    assert.not.match(s, /\r(?!\n)|(?<!\r)\n/, `${art.path} uses CRLF only`);
    assert.is.not(art.bytes[0], 0xef, 'no BOM');
    assert.not.match(s, /\d{4}-\d{2}-\d{2}T\d{2}:/, 'no timestamp');
  }
  assert.ok(text(a[0]!.bytes).includes('from profile strict'), 'header names the profile');
});

test('revision is 1.0 on both files and minRequiredRevision matches (docs/formats.md "ADMX / ADML")', () => {
  const [admx, adml] = renderAdmx(plans.get('policies/profiles/strict.json')!).map((a) => text(a.bytes));
  assert.match(admx!, /<policyDefinitions [^>]*revision="1\.0" schemaVersion="1\.0"/);
  assert.match(admx!, /<resources minRequiredRevision="1\.0"\/>/);
  assert.match(adml!, /<policyDefinitionResources [^>]*revision="1\.0" schemaVersion="1\.0"/);
});

// ---------------------------------------------------------------------------------------------
// Hostile text: a synthetic plan whose titles, profile and data carry markup, quotes and comment breakers.

const HOSTILE = `<&"']]> --> <!-- &amp; \u2019 \t end-`;

function hostilePlan(): Plan {
  const plan = structuredClone(plans.get('policies/profiles/recommended.json')!);
  plan.profile.name = 'evil--name-';
  plan.profile.description = HOSTILE;
  for (const c of plan.controls) c.title = `${c.title} ${HOSTILE}`;
  const ext = oleExtensions(plan);
  ext.value = { type: 'REG_SZ', data: `a;b\r\n${HOSTILE}` };
  ext.valueName = `odd "name" <&>`;
  const leftOut = plan.operations.find((op) => op.routes.admx.status === 'notCarried')!;
  leftOut.id = `${leftOut.id} -- ${HOSTILE}`;
  return plan;
}

test('hostile strings are escaped: both files parse and every text reads back unchanged', () => {
  const plan = hostilePlan();
  for (const [, cat] of VARIANTS) {
    const { build, admx, adml } = render(plan, cat);
    const admxDoc = parseXml(admx, 'T1559.admx');
    const admlDoc = parseXml(adml, 'T1559.adml');
    const strings = new Map(
      all(admlDoc.root)
        .filter((e) => e.local === 'string')
        .map((e) => [attribute(e, 'id')!, e.text]),
    );
    for (const c of plan.controls) {
      const policy = build.document.policies.find((p) => p.name === c.id.replace(/-/g, '_'));
      if (policy) assert.is(strings.get(policy.name), c.title, `${c.id} title reads back`);
    }
    const ev = evaluateAdmx(admx, adml).find((e) => e.name === 'office_ole_blocked_extensions')!;
    assert.equal(
      ev.enabled,
      [
        {
          key: 'software\\policies\\microsoft\\office\\common\\security',
          valueName: `odd "name" <&>`,
          value: { type: 'REG_SZ', data: `a;b\r\n${HOSTILE}` },
        },
      ],
      'CR, LF and TAB survive in the value',
    );
    assert.ok(
      admxDoc.comments.some((c) => c.includes('evil- -name-')),
      'the header comment is well-formed',
    );
    assert.is(
      all(admlDoc.root)
        .find((e) => e.local === 'description')!
        .text.includes(HOSTILE),
      true,
    );
    assert.equal(lintAdmx(admx, adml, undefined, { ingestion: false }), []);
  }
});

test('text XML cannot carry is a UserError naming the value, not a broken file', () => {
  const cases: [string, { given: (p: Plan) => void; want: RegExp }][] = [
    ['control character in data', { given: (p) => setExtensions(p, 'a\u0001b'), want: /control character U\+0001/ }],
    ['unpaired surrogate in a title', { given: (p) => (p.controls[0]!.title = 'x\ud800y'), want: /unpaired UTF-16 surrogate/ }],
    ['line break in a value name (an attribute)', { given: (p) => setExtensions(p, 'py', 'a\nb'), want: /line break/ }],
  ];
  for (const [name, { given, want }] of cases) {
    const plan = structuredClone(plans.get('policies/profiles/recommended.json')!);
    given(plan);
    try {
      renderAdmx(plan);
      assert.unreachable(name);
    } catch (err) {
      assert.instance(err, UserError, name);
      assert.match((err as UserError).render(), want, name);
    }
  }
});

const OLE_KEY = 'software\\policies\\microsoft\\office\\common\\security';
function oleExtensions(plan: Plan): RegistryOperation {
  return plan.operations.find(
    (o): o is RegistryOperation => o.type === 'registry' && o.key === OLE_KEY && o.valueName === 'blockedextensions',
  )!;
}

function setExtensions(plan: Plan, data: string, valueName?: string): void {
  const op = oleExtensions(plan);
  op.value = { type: 'REG_SZ', data };
  if (valueName !== undefined) op.valueName = valueName;
}

test('values ADMX Value cannot hold become elements with the plan value as default', () => {
  const plan = structuredClone(plans.get('policies/profiles/recommended.json')!);
  const long = `${'x;'.repeat(200)}y`;
  setExtensions(plan, long);
  const op = plan.operations.find((o): o is RegistryOperation => o.type === 'registry' && o.valueName === 'AllowDDE')!;
  op.value = { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\x' };
  const { admx, adml } = render(plan);
  const evs = evaluateAdmx(admx, adml);
  const find = (name: string) =>
    evs.flatMap((e) => e.enabled).find((w) => w.valueName === name && (name !== 'blockedextensions' || w.key === OLE_KEY))!;
  assert.equal(find('blockedextensions').value, { type: 'REG_SZ', data: long }, 'REG_SZ over 255 characters');
  assert.equal(find('AllowDDE').value, { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\x' }, 'REG_EXPAND_SZ');
  assert.equal(lintAdmx(admx, adml, undefined, { ingestion: false }), []);
});

function all(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [el];
  for (const c of el.children) out.push(...all(c));
  return out;
}

test.run();
