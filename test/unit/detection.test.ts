/**
 * The detection pack fires: every generated Sigma rule and Sysmon rule is run over synthetic Sysmon events
 * (test/helpers/detection-evaluate.ts), with positive and negative cases per rule type; every hardened value
 * of the shipped profiles has a tamper rule; both files follow their schemas (docs/formats.md "Sysmon
 * configuration", docs/formats.md "Sigma rules").
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { planFromProfile } from '../../src/build.js';
import { attribute, parseXml } from '../../src/formats/xml-reader.js';
import type { Artifact } from '../../src/model/artifact.js';
import type { Plan, RegistryOperation } from '../../src/model/plan.js';
import { hiveOf } from '../../src/model/registry.js';
import { renderDetection, SYSMON_FRAGMENT_PATH } from '../../src/targets/detection/index.js';
import { sigmaString } from '../../src/targets/detection/sigma-rules.js';
import { sysmonDword } from '../../src/targets/detection/rules.js';
import { sigmaFires, sigmaPattern, sysmonMatch, type SysmonEvent } from '../helpers/detection-evaluate.js';
import { SYSMON_SCHEMA } from '../helpers/sysmon-schema-4.90.js';

const PROFILES = [
  'policies/profiles/recommended.json',
  'policies/profiles/strict.json',
  'test/fixtures/profiles/every-type.json',
  'test/fixtures/profiles/appids.json',
];

function text(artifacts: Artifact[], path: string): string {
  const a = artifacts.find((x) => x.path === path);
  if (!a) throw new Error(`missing ${path}`);
  return Buffer.from(a.bytes).toString('utf8');
}

function sigmaFiles(artifacts: Artifact[]): [string, string][] {
  return artifacts.filter((a) => a.path.startsWith('detection/sigma/')).map((a) => [a.path, Buffer.from(a.bytes).toString('utf8')]);
}

/** The registry path Sysmon writes for a value of this scope (user hives appear as HKU\<SID>). */
function sysmonPath(op: RegistryOperation): string {
  const hive = op.scope === 'Machine' ? 'HKLM' : 'HKU\\S-1-5-21-1004336348-1177238915-682003330-1001';
  return `${hive}\\${op.key}\\${op.valueName}`;
}

function setValue(op: RegistryOperation, details: string): SysmonEvent {
  return { EventID: 13, EventType: 'SetValue', Image: 'C:\\Windows\\regedit.exe', TargetObject: sysmonPath(op), Details: details };
}

const plans = new Map<string, Plan>(PROFILES.map((p) => [p, planFromProfile({ profilePath: p })]));

for (const [profile, plan] of plans) {
  test(`${profile}: every hardened value has a tamper rule that fires on a change and not on the profile's data`, () => {
    const artifacts = renderDetection(plan);
    const fragment = text(artifacts, SYSMON_FRAGMENT_PATH);
    const rules = sigmaFiles(artifacts);
    const watched = plan.operations.filter(
      (o): o is RegistryOperation => o.type === 'registry' && o.routes.detection.status !== 'notCarried',
    );
    const hardened = plan.operations.filter(
      (o): o is RegistryOperation => o.type === 'registry' && (o.action === 'set' || o.action === 'deleteValue') && o.valueName !== '',
    );
    assert.equal(
      watched.map((o) => o.id),
      hardened.map((o) => o.id),
      'every set or removed value is watched',
    );
    assert.is(rules.filter(([p]) => p.includes('/tamper-')).length, watched.length, 'one tamper rule per value');
    for (const op of watched) {
      const other = op.value?.type === 'REG_DWORD' ? sysmonDword(op.value.data === 0 ? 1 : 0) : 'DWORD (0x00000001)';
      const tamper = setValue(op, other);
      const firing = rules.filter(([, y]) => sigmaFires(y, tamper)).map(([p]) => p);
      assert.ok(firing.length >= 1, `${op.id}: a Sigma rule fires on ${tamper.TargetObject} = ${other}`);
      assert.ok(
        sysmonMatch(fragment, tamper)?.includes(`control=${op.controls.join('+')}`),
        `${op.id}: Sysmon collects it under its control`,
      );
      if (op.action === 'set' && op.value?.type === 'REG_DWORD') {
        const own = setValue(op, sysmonDword(op.value.data));
        const ownFiring = rules.filter(([, y]) => sigmaFires(y, own)).map(([p]) => p);
        assert.equal(ownFiring, [], `${op.id}: the profile's own data ${own.Details} is not an alert`);
      }
    }
  });
}

test('the Word AllowDDE preference: DWORD 1 written by a user fires, DWORD 0 does not, another value does not', () => {
  const plan = plans.get('policies/profiles/recommended.json')!;
  const artifacts = renderDetection(plan);
  const rule = text(artifacts, 'detection/sigma/tamper-word-dde-off-allowdde-preference-16-0.yml');
  const fragment = text(artifacts, SYSMON_FRAGMENT_PATH);
  const path = 'HKU\\S-1-5-21-1-2-3-1001\\Software\\Microsoft\\Office\\16.0\\Word\\Security\\AllowDDE';
  const cases: [string, SysmonEvent, boolean][] = [
    ['enabled again', { EventID: 13, TargetObject: path, Details: 'DWORD (0x00000001)' }, true],
    ['lower case path', { EventID: 13, TargetObject: path.toLowerCase(), Details: 'DWORD (0x00000002)' }, true],
    ["profile's value", { EventID: 13, TargetObject: path, Details: 'DWORD (0x00000000)' }, false],
    ['other value name', { EventID: 13, TargetObject: `${path}X`, Details: 'DWORD (0x00000001)' }, false],
    ['process event', { EventID: 1, TargetObject: path, Details: 'DWORD (0x00000001)' }, false],
  ];
  for (const [name, event, want] of cases) assert.is(sigmaFires(rule, event), want, name);
  assert.ok(sysmonMatch(fragment, { EventID: 13, TargetObject: path, Details: 'DWORD (0x00000001)' })?.includes('control=word-dde-off'));
  assert.ok(
    sysmonMatch(fragment, { EventID: 12, EventType: 'DeleteValue', TargetObject: path })?.includes('control=word-dde-off'),
    'deletion collected too',
  );
  assert.is(sysmonMatch(fragment, { EventID: 13, TargetObject: `${path}X` }), undefined);
});

const EXCEL = 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE';
const PROCESS_CASES: [string, SysmonEvent, string | undefined][] = [
  [
    'Excel starts cmd (DDE)',
    { EventID: 1, ParentImage: EXCEL, Image: 'C:\\Windows\\System32\\cmd.exe', CommandLine: 'cmd.exe /c calc' },
    'office-spawns-shell',
  ],
  [
    'Outlook starts PowerShell',
    {
      EventID: 1,
      ParentImage: 'C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE',
      Image: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    },
    'office-spawns-shell',
  ],
  ['Excel starts splwow64 (printing)', { EventID: 1, ParentImage: EXCEL, Image: 'C:\\Windows\\splwow64.exe' }, undefined],
  [
    'mmc -Embedding starts cmd',
    {
      EventID: 1,
      ParentImage: 'C:\\Windows\\System32\\mmc.exe',
      ParentCommandLine: 'C:\\Windows\\system32\\mmc.exe -Embedding',
      Image: 'C:\\Windows\\System32\\cmd.exe',
    },
    'dcom-mmc-spawns-shell',
  ],
  [
    'mmc started by a user starts cmd',
    {
      EventID: 1,
      ParentImage: 'C:\\Windows\\System32\\mmc.exe',
      ParentCommandLine: 'mmc.exe compmgmt.msc',
      Image: 'C:\\Windows\\System32\\cmd.exe',
    },
    undefined,
  ],
  [
    'dllhost starts mshta',
    { EventID: 1, ParentImage: 'C:\\Windows\\System32\\dllhost.exe', Image: 'C:\\Windows\\System32\\mshta.exe' },
    'dcom-dllhost-spawns-shell',
  ],
  [
    'explorer starts cmd',
    { EventID: 1, ParentImage: 'C:\\Windows\\explorer.exe', Image: 'C:\\Windows\\System32\\cmd.exe' },
    'dcom-explorer-spawns-shell',
  ],
  [
    'explorer starts notepad',
    { EventID: 1, ParentImage: 'C:\\Windows\\explorer.exe', Image: 'C:\\Windows\\System32\\notepad.exe' },
    undefined,
  ],
  [
    'Word loads VBE7',
    {
      EventID: 7,
      Image: 'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE',
      ImageLoaded: 'C:\\Program Files\\Common Files\\Microsoft Shared\\VBA\\VBA7.1\\VBE7.DLL',
    },
    'office-loads-vba',
  ],
  ['Excel loads wshom.ocx', { EventID: 7, Image: EXCEL, ImageLoaded: 'C:\\Windows\\System32\\wshom.ocx' }, 'office-loads-script-com'],
  ['Excel loads kernel32', { EventID: 7, Image: EXCEL, ImageLoaded: 'C:\\Windows\\System32\\kernel32.dll' }, undefined],
  ['notepad loads VBE7', { EventID: 7, Image: 'C:\\Windows\\notepad.exe', ImageLoaded: 'C:\\x\\VBE7.DLL' }, undefined],
];

for (const [name, event, want] of PROCESS_CASES) {
  test(`process and module rules: ${name}`, () => {
    const artifacts = renderDetection(plans.get('policies/profiles/strict.json')!);
    const firing = sigmaFiles(artifacts)
      .filter(([, y]) => sigmaFires(y, event))
      .map(([p]) => p.replace(/^detection\/sigma\/|\.yml$/g, ''));
    assert.equal(firing, want ? [want] : [], 'Sigma');
    const sysmon = sysmonMatch(text(artifacts, SYSMON_FRAGMENT_PATH), event);
    assert.is(sysmon?.replace(/^.*,rule=/, ''), want, 'Sysmon');
  });
}

const ESCAPES: [string, string, string[], string[]][] = [
  ['wildcards are literal', '\\Key\\a*b?', ['HKLM\\Key\\a*b?'], ['HKLM\\Key\\aXXbY', 'HKLM\\Key\\ab']],
  ['trailing backslash', '\\Key\\name\\', ['HKLM\\Key\\name\\'], ['HKLM\\Key\\name']],
  ['double backslash', '\\Key\\\\x', ['HKLM\\Key\\\\x'], ['HKLM\\Key\\x']],
  ['plain path', '\\Software\\Policies\\x', ['HKU\\S-1\\software\\policies\\X'], ['HKU\\S-1\\Software\\Policies\\xy']],
];
for (const [name, literal, yes, no] of ESCAPES) {
  test(`Sigma values escape registry text: ${name}`, () => {
    const re = sigmaPattern(sigmaString(literal), 'endswith');
    for (const v of yes) assert.ok(re.test(v), `${v} matches`);
    for (const v of no) assert.not.ok(re.test(v), `${v} does not match`);
  });
}

// The subset of SigmaHQ/sigma-specification json-schema/sigma-detection-rule-schema.json (V2.0.0) the pack relies on.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TOP_LEVEL = [
  'title',
  'id',
  'related',
  'name',
  'taxonomy',
  'status',
  'description',
  'license',
  'author',
  'references',
  'date',
  'modified',
  'logsource',
  'detection',
  'fields',
  'falsepositives',
  'level',
  'tags',
  'scope',
];
function sigmaSchemaProblems(rule: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k of ['title', 'logsource', 'detection']) if (!(k in rule)) out.push(`missing ${k}`);
  for (const k of Object.keys(rule)) if (!TOP_LEVEL.includes(k)) out.push(`unknown key ${k}`);
  if (typeof rule.title !== 'string' || rule.title.length > 256) out.push('title: string of at most 256');
  if (typeof rule.id !== 'string' || !UUID.test(rule.id)) out.push('id: uuid');
  if (!['stable', 'test', 'experimental', 'deprecated', 'unsupported'].includes(rule.status as string)) out.push('status');
  if (!['informational', 'low', 'medium', 'high', 'critical'].includes(rule.level as string)) out.push('level');
  const tags = rule.tags as unknown[];
  if (
    !Array.isArray(tags) ||
    new Set(tags).size !== tags.length ||
    tags.some((t) => typeof t !== 'string' || !/^[a-z0-9_-]+\.[a-z0-9._-]+$/.test(t))
  )
    out.push('tags');
  const fp = rule.falsepositives as unknown[];
  if (!Array.isArray(fp) || fp.length === 0 || fp.some((f) => typeof f !== 'string' || f.length < 2)) out.push('falsepositives');
  const refs = rule.references as unknown[];
  if (!Array.isArray(refs) || new Set(refs).size !== refs.length || refs.some((r) => typeof r !== 'string')) out.push('references');
  const related = (rule.related ?? []) as { id: unknown; type: unknown }[];
  if (
    !Array.isArray(related) ||
    related.some(
      (r) =>
        typeof r.id !== 'string' || !UUID.test(r.id) || !['derived', 'obsolete', 'merged', 'renamed', 'similar'].includes(r.type as string),
    )
  )
    out.push('related');
  const ls = rule.logsource as Record<string, unknown>;
  if (typeof ls !== 'object' || Object.values(ls).some((v) => typeof v !== 'string')) out.push('logsource');
  const det = rule.detection as Record<string, unknown>;
  if (typeof det !== 'object' || typeof det.condition !== 'string') out.push('detection.condition');
  else
    for (const [k, v] of Object.entries(det))
      if (k !== 'condition' && (typeof v !== 'object' || v === null)) out.push(`detection.${k}: map or list`);
  return out;
}

test('Sigma schema check refuses broken rules (the checker can fail)', () => {
  const good = {
    title: 't',
    id: '1abe4b4c-d293-5e9e-9126-1a596fc79733',
    status: 'experimental',
    level: 'low',
    tags: ['attack.t1559.002'],
    falsepositives: ['xx'],
    references: [],
    logsource: { category: 'registry_set' },
    detection: { selection: { a: 'b' }, condition: 'selection' },
  };
  assert.equal(sigmaSchemaProblems(good), []);
  const bad: [string, Record<string, unknown>][] = [
    ['tag with capital', { ...good, tags: ['attack.T1559'] }],
    ['no condition', { ...good, detection: { selection: {} } }],
    ['id not uuid', { ...good, id: 'x' }],
    ['level', { ...good, level: 'severe' }],
    ['unknown key', { ...good, date_created: 'x' }],
    ['long title', { ...good, title: 'x'.repeat(257) }],
  ];
  for (const [name, rule] of bad) assert.ok(sigmaSchemaProblems(rule).length > 0, name);
});

for (const [profile, plan] of plans) {
  test(`${profile}: Sigma files pass the rule schema, ids unique and stable, tags name the techniques`, () => {
    const files = sigmaFiles(renderDetection(plan));
    const again = sigmaFiles(renderDetection(planFromProfile({ profilePath: profile })));
    assert.equal(files, again, 'same bytes on a second build');
    const ids = new Set<string>();
    for (const [path, yml] of files) {
      const rule = parse(yml) as Record<string, unknown>;
      assert.equal(sigmaSchemaProblems(rule), [], path);
      ids.add(rule.id as string);
      assert.ok(
        (rule.tags as string[]).some((t) => /^attack\.t1559(\.00[12])?$/.test(t)),
        `${path} has a T1559 tag`,
      );
    }
    assert.is(ids.size, files.length, 'ids unique');
  });
}

test('rule ids depend on the profile', () => {
  const id = (p: string) =>
    (parse(sigmaFiles(renderDetection(plans.get(p)!)).find(([f]) => f.endsWith('/office-spawns-shell.yml'))![1]) as { id: string }).id;
  assert.is.not(id('policies/profiles/recommended.json'), id('policies/profiles/strict.json'));
});

for (const [profile, plan] of plans) {
  test(`${profile}: the Sysmon fragment uses only schema ${SYSMON_SCHEMA.version} elements, fields and conditions`, () => {
    const doc = parseXml(text(renderDetection(plan), SYSMON_FRAGMENT_PATH), SYSMON_FRAGMENT_PATH);
    const problems: string[] = [];
    if (doc.root.name !== 'Sysmon' || attribute(doc.root, 'schemaversion') !== SYSMON_SCHEMA.version) problems.push('root');
    const [filtering, ...rest] = doc.root.children;
    if (filtering?.name !== 'EventFiltering' || rest.length) problems.push('EventFiltering');
    const checkField = (event: keyof typeof SYSMON_SCHEMA.events, el: (typeof doc)['root']) => {
      if (!(SYSMON_SCHEMA.events[event].fields as readonly string[]).includes(el.name)) problems.push(`${event} has no field ${el.name}`);
      if (!(SYSMON_SCHEMA.filters as readonly string[]).includes(attribute(el, 'condition') ?? 'is'))
        problems.push(`condition ${attribute(el, 'condition')}`);
      if (el.text === '') problems.push(`${el.name} is empty`);
    };
    for (const group of filtering?.children ?? []) {
      if (group.name !== 'RuleGroup' || !['and', 'or'].includes(attribute(group, 'groupRelation') ?? ''))
        problems.push(`group ${group.name}`);
      for (const filter of group.children) {
        const event = filter.name as keyof typeof SYSMON_SCHEMA.events;
        if (!(event in SYSMON_SCHEMA.events) || attribute(filter, 'onmatch') !== 'include') problems.push(`filter ${filter.name}`);
        for (const rule of filter.children) {
          const name = attribute(rule, 'name') ?? '';
          if (!/^technique_id=T1559[^,]*,technique_name=[^,]+,control=[^,]+,rule=[a-z0-9-]+$/.test(name))
            problems.push(`rule name ${name}`);
          if (rule.name === 'Rule') for (const f of rule.children) checkField(event, f);
          else checkField(event, rule);
        }
      }
    }
    assert.equal(problems, []);
  });
}

test('hive prefix in the description follows the scope', () => {
  const plan = plans.get('policies/profiles/strict.json')!;
  const op = plan.operations.find(
    (o): o is RegistryOperation => o.type === 'registry' && o.scope === 'Machine' && o.routes.detection.status !== 'notCarried',
  )!;
  const yml = sigmaFiles(renderDetection(plan)).find(([, y]) => y.includes(op.valueName))![1];
  assert.ok(yml.includes(`${hiveOf(op.scope)}\\${op.key}\\${op.valueName}`));
});

test.run();
