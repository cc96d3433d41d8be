/**
 * README.md: lists every control and the matrix, gives deployment steps only for the targets the profile
 * builds, quotes PowerShell through psString, and keeps hostile text inside its table cell.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderReadmeText } from '../../src/targets/report/readme.js';
import { bundleOf } from '../../src/targets/index.js';
import { planFromProfile } from '../../src/build.js';
import type { TargetName } from '../../src/model/profile.js';
import { CHANNELS } from '../../src/model/plan.js';
import { psString } from '../../src/lib/powershell.js';
import { assertParsesCleanly, loadPowerShellGrammar } from '../helpers/powershell-grammar.js';
import { control, fallback, notCarried, settingOf, syntheticPlan } from '../helpers/plan-builder.js';

test.before(loadPowerShellGrammar);

/** The bodies of the ```powershell blocks. */
function powershellBlocks(md: string): string[] {
  return [...md.matchAll(/^(`{3,})powershell\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]!);
}

/** GFM cells of a table row: split on pipes not escaped by a backslash. */
const cellsOf = (row: string) =>
  row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/).length;
const section = (md: string, heading: string) => {
  const start = md.indexOf(heading);
  if (start < 0) return '';
  const next = md.indexOf('\n## ', start + heading.length);
  return md.slice(start, next < 0 ? undefined : next);
};
const tableRows = (md: string, heading: string) =>
  section(md, heading)
    .split('\n')
    .filter((l) => l.startsWith('|'));

const SECTIONS = {
  gpo: '### Group Policy (domain): `gpo/`',
  lgpo: '### Local policy with LGPO.exe',
  admx: '### Administrative template: `admx/`',
  dsc: '### PowerShell DSC: `dsc/`',
  intune: '### Intune: `intune/`',
} as const;

const TARGET_CASES: [string, { given: TargetName[]; want: { sections: (keyof typeof SECTIONS)[]; has: string[]; hasNot: string[] } }][] = [
  [
    'GPO only',
    {
      given: ['gpo', 'report'],
      want: {
        sections: ['gpo'],
        has: ['Import-GPO -BackupGpoName', 'gpo/{BackupId}', 'Back up first'],
        hasNot: ['LGPO.exe', 'Invoke-MgGraphRequest', 'Start-DscConfiguration', 'PolicyDefinitions', '`plan.json`'],
      },
    },
  ],
  [
    'pol only',
    {
      given: ['pol', 'report'],
      want: {
        sections: ['lgpo'],
        has: ['LGPO.exe /m pol\\Machine\\Registry.pol /u pol\\User\\Registry.pol', '`pol/Machine/Registry.pol`'],
        hasNot: ['LGPO.exe /t', 'Import-GPO'],
      },
    },
  ],
  [
    'lgpo only',
    {
      given: ['lgpo', 'report'],
      want: { sections: ['lgpo'], has: ['LGPO.exe /t lgpo\\machine.txt'], hasNot: ['LGPO.exe /m', 'prefer the `.pol` files'] },
    },
  ],
  [
    'pol and lgpo',
    {
      given: ['pol', 'lgpo', 'report'],
      want: { sections: ['lgpo'], has: ['LGPO.exe /m', 'LGPO.exe /t', 'prefer the `.pol` files'], hasNot: [] },
    },
  ],
  [
    'ADMX only',
    {
      given: ['admx', 'report'],
      want: {
        sections: ['admx'],
        has: ["$store = '\\\\contoso.com\\SYSVOL\\contoso.com\\Policies\\PolicyDefinitions'", 'en-US'],
        hasNot: ['Import-GPO', 'Back up first'],
      },
    },
  ],
  [
    'DSC only',
    {
      given: ['dsc', 'report'],
      want: {
        sections: ['dsc'],
        has: ['T1559Hardening -OutputPath .\\mof', 'dsc config set --file dsc\\T1559Hardening.dsc.config.yaml'],
        hasNot: ['Import-GPO'],
      },
    },
  ],
  [
    'Intune only',
    {
      given: ['intune', 'report'],
      want: { sections: ['intune'], has: ['deviceConfigurations', 'deviceHealthScripts', 'unassign'], hasNot: ['Import-GPO', 'LGPO.exe'] },
    },
  ],
  [
    'report only',
    { given: ['report'], want: { sections: [], has: ['attack-layer.json'], hasNot: ['Back up first', 'Import-GPO', 'LGPO.exe'] } },
  ],
  [
    'everything',
    {
      given: ['plan', 'pol', 'lgpo', 'gpo', 'admx', 'dsc', 'intune', 'report'],
      want: { sections: ['gpo', 'lgpo', 'admx', 'dsc', 'intune'], has: ['`plan.json`'], hasNot: [] },
    },
  ],
];

for (const [name, { given, want }] of TARGET_CASES) {
  test(`targets: ${name}`, () => {
    const p = planFromProfile({ profilePath: 'policies/profiles/strict.json' });
    p.profile.targets = given;
    const md = renderReadmeText(p, bundleOf(p, p.profile.targets));
    for (const [key, heading] of Object.entries(SECTIONS)) {
      assert.is(md.includes(heading), (want.sections as string[]).includes(key), `${key} section`);
    }
    for (const s of want.has) assert.ok(md.includes(s), `missing ${s}`);
    for (const s of want.hasNot) assert.not.ok(md.includes(s), `unexpected ${s}`);
    // The matrix marks channels the bundle does not build.
    const header = tableRows(md, '## Coverage by delivery channel')[0]!;
    assert.is(header.includes('ADMX (not built in this bundle)'), !given.includes('admx'));
  });
}

for (const profile of [
  'policies/profiles/recommended.json',
  'policies/profiles/strict.json',
  'test/fixtures/profiles/appids.json',
  'test/fixtures/profiles/every-type.json',
]) {
  test(`${profile}: every control in the controls table and in the matrix`, () => {
    const p = planFromProfile({ profilePath: profile });
    const md = renderReadmeText(p, bundleOf(p, p.profile.targets));
    assert.is(md.split('\n')[0], `<!-- generated by t1559 ${p.tool.version} from profile ${p.profile.name} -->`);
    assert.not.match(md, /\b20\d\d-\d\d-\d\dT\d\d:\d\d/, 'no timestamp');
    const controls = tableRows(md, '## Controls').slice(2);
    const matrix = tableRows(md, '## Coverage by delivery channel').slice(2);
    assert.equal(
      controls.map((r) => /^\| `([^`]+)`/.exec(r)?.[1]),
      p.controls.map((c) => c.id),
    );
    assert.equal(
      matrix.map((r) => /^\| `([^`]+)`/.exec(r)?.[1]),
      p.controls.map((c) => c.id),
    );
    for (const r of controls) assert.is(cellsOf(r), 7, r);
    for (const r of matrix) assert.is(cellsOf(r), CHANNELS.length + 1, r);
    for (const c of p.controls.filter((x) => x.lockoutRisk)) assert.ok(md.includes(`**Lockout risk: ${c.id}**`), c.id);
  });
}

test('hostile text stays in its cell and PowerShell strings stay quoted', () => {
  const hostile = "a | b\n| c <script>alert(1)</script> `x` it's \u{1F600}";
  const p = syntheticPlan(
    [
      settingOf('c1/a', ['c1'], { title: hostile, routes: { admx: notCarried(hostile), intune: fallback('script') } }),
      settingOf('c1/b', ['c1'], { routes: { dscV3: notCarried('other') } }),
      settingOf('c2/x', ['c2'], { kind: 'preference', scope: 'Machine', key: "SOFTWARE\\Vendor\\it's", valueName: 'v' }),
    ],
    {
      controls: [
        control('c1', { title: hostile, parameters: { mode: hostile } }),
        control('c2', { lockoutRisk: true, tier: 'optIn', optInReason: hostile }),
      ],
      profile: { name: 'n', description: hostile },
      gpo: { displayName: "GPO it's ```", domain: 'contoso.com', backupTime: '2000-01-01T00:00:00Z' },
    },
  );
  const md = renderReadmeText(p, bundleOf(p, p.profile.targets));
  // Outside code spans and fences (where CommonMark shows text verbatim) no raw HTML survives.
  const prose = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
  assert.not.ok(prose.includes('<script>'), prose);
  assert.ok(md.includes('\\<script\\>'));
  assert.ok(md.includes('\u{1F600}'));
  const controls = tableRows(md, '## Controls').slice(2);
  assert.is(controls.length, 2);
  for (const r of controls) assert.is(cellsOf(r), 7, r);
  const matrix = tableRows(md, '## Coverage by delivery channel').slice(2);
  assert.is(matrix.length, 2);
  for (const r of matrix) assert.is(cellsOf(r), CHANNELS.length + 1, r);
  assert.ok(matrix[0]!.includes('partly carried; not carried: a \\| b \\| c'));
  // Every PowerShell value is a psString literal, and the fences cannot be closed by the display name.
  assert.ok(md.includes(`Import-GPO -BackupGpoName ${psString("GPO it's ```")}`));
  assert.ok(md.includes(`reg.exe export ${psString("HKLM\\SOFTWARE\\Vendor\\it's")}`));
  const fences = md.split('\n').filter((l) => /^`{3,}/.test(l));
  assert.is(fences.length % 2, 0);
  assert.ok(
    fences.some((f) => f.startsWith('````powershell')),
    'a longer fence around the backticks in the name',
  );
  powershellBlocks(md).forEach((b, i) => assertParsesCleanly(b, `hostile block ${i + 1}`));
  // The lockout warning names the control.
  assert.ok(md.includes('**Lockout risk: c2**'));
});

test('every PowerShell block of a full README parses', () => {
  const p = planFromProfile({ profilePath: 'test/fixtures/profiles/appids.json' });
  const blocks = powershellBlocks(renderReadmeText(p, bundleOf(p, p.profile.targets)));
  assert.ok(blocks.length >= 8, `${blocks.length} blocks`);
  blocks.forEach((b, i) => assertParsesCleanly(b, `block ${i + 1}`));
});

test.run();
