/**
 * The commands as users run them: exit codes, messages and files on disk, in temporary working
 * directories. The compiled commands (npm test compiles first) run in this process through oclif
 * (test/helpers/run-cli.ts); what needs a real process (timezone and locale, a build from another
 * directory, --version, output flushed at exit, an internal fault) is in test/e2e.test.ts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareGoldenFile } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';
import { snapshot } from './helpers/snapshot.js';

const ROOT = resolve('.');
const fixture = (name: string) => join(ROOT, 'test', 'fixtures', 'bad', name);

async function run(args: string[], cwd = mkdtempSync(join(tmpdir(), 't1559-cli-')), env: Record<string, string> = {}) {
  return { ...(await runCli(args, { cwd, env })), cwd };
}

type Case = [name: string, args: string[], want: { code: number; stderr: RegExp[] }];

const BAD_INPUT: Case[] = [
  [
    'malformed JSON gives line and column',
    ['build', '--profile', fixture('malformed.json'), '--out', 'o'],
    { code: 2, stderr: [/E_JSON/, /malformed\.json:5:3/] },
  ],
  [
    'unknown key is named with its path',
    ['build', '--profile', fixture('unknown-key.json'), '--out', 'o'],
    { code: 2, stderr: [/E_SCHEMA/, /\$: unknown key\(s\) "colour"/] },
  ],
  [
    'wrong type gives the JSON path',
    ['build', '--profile', fixture('wrong-type.json'), '--out', 'o'],
    { code: 2, stderr: [/\$\.officeVersions: .*array/i] },
  ],
  [
    'unknown control suggests the right id',
    ['build', '--profile', fixture('unknown-control.json'), '--out', 'o'],
    { code: 2, stderr: [/unknown control "word-dde-of"/, /did you mean "word-dde-off"/] },
  ],
  [
    'parameter out of range',
    ['build', '--profile', fixture('out-of-range.json'), '--out', 'o'],
    { code: 2, stderr: [/\$\.controls\["com-default-authentication"\]\.parameters\.authenticationLevel/, /6/] },
  ],
  [
    'bad SDDL points at the parameter and the character',
    ['build', '--profile', fixture('bad-sddl.json'), '--out', 'o'],
    {
      code: 2,
      stderr: [
        /\$\.controls\["com-default-permissions"\]\.parameters\.launchSddl: invalid SDDL at character 16: unknown access right 'XX'/,
        /appIds\[0\]\.appId: must be an AppID GUID/,
      ],
    },
  ],
  [
    'a launch permission denying Administrators is refused without acknowledgement',
    ['build', '--profile', fixture('lockout.json'), '--out', 'o'],
    { code: 2, stderr: [/MachineLaunchRestriction denies Administrators local launch/, /acknowledgeLockoutRisk/] },
  ],
  [
    'no controls selected',
    ['build', '--profile', fixture('no-controls.json'), '--out', 'o'],
    { code: 2, stderr: [/\$\.controls: select at least one control/] },
  ],
  [
    'an impossible backup time',
    ['build', '--profile', fixture('bad-backup-time.json'), '--out', 'o'],
    { code: 2, stderr: [/\$\.gpo\.backupTime: not a real date and time/] },
  ],
  [
    'duplicate targets',
    ['build', '--profile', fixture('duplicate-targets.json'), '--out', 'o'],
    { code: 2, stderr: [/\$\.targets: targets must be unique/] },
  ],
  [
    'a list item that cannot be a value name points at the item',
    ['build', '--profile', fixture('bad-value-name.json'), '--out', 'o'],
    {
      code: 2,
      stderr: [
        /parameters\.exclusions\[1\]: value name "\*\*del\.x" starts with "\*\*"/,
        /exclusions\[2\]: value name "HKLM\\\\Software" starts with a hive prefix/,
      ],
    },
  ],
  [
    'text no artifact can carry',
    ['build', '--profile', fixture('bad-text.json'), '--out', 'o'],
    { code: 2, stderr: [/\$\.description: no control characters/, /\$\.gpo\.displayName: contains a broken character/] },
  ],
  [
    'a repeated key (JSON.parse would keep the last silently)',
    ['build', '--profile', fixture('duplicate-key.json'), '--out', 'o'],
    { code: 2, stderr: [/duplicate-key\.json:6:5: \$\.controls\["asr-office-rules"\]: "asr-office-rules" appears twice/] },
  ],
  ['missing profile file', ['build', '--profile', 'nope.json', '--out', 'o'], { code: 2, stderr: [/E_IO/, /nope\.json does not exist/] }],
  ['unwritable output directory', ['build', '--out', '/proc/1/t1559-out'], { code: 2, stderr: [/E_OUTPUT/, /cannot write/] }],
  [
    'refuses the current directory',
    ['build', '--out', '.'],
    { code: 2, stderr: [/refusing to write the bundle into the current directory/] },
  ],
  ['refuses the file system root', ['build', '--out', '/'], { code: 2, stderr: [/file system root/] }],
  ['unknown command flag', ['build', '--frobnicate'], { code: 2, stderr: [/frobnicate/] }],
  ['explain an unknown control', ['explain', 'no-such-control'], { code: 2, stderr: [/unknown control "no-such-control"/] }],
];

for (const [name, args, want] of BAD_INPUT) {
  test(`bad input: ${name}`, async () => {
    const r = await run(args);
    assert.is(r.code, want.code, `exit code; stderr:\n${r.stderr}`);
    for (const re of want.stderr) assert.match(r.stderr, re);
    assert.is(existsSync(join(r.cwd, 'o')), false, 'nothing is written on bad input');
  });
}

test('a SOURCE_DATE_EPOCH past year 9999 is refused with where and how', async () => {
  const r = await run(['build', '--out', 'o'], undefined, { SOURCE_DATE_EPOCH: '999999999999' });
  assert.is(r.code, 2);
  assert.match(r.stderr, /environment: SOURCE_DATE_EPOCH: set it to a Unix time/);
});

test('output path that is a file is refused and left alone', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-cli-'));
  writeFileSync(join(cwd, 'o'), 'mine');
  const r = await run(['build', '--out', 'o'], cwd);
  assert.is(r.code, 2);
  assert.match(r.stderr, /exists and is not a directory/);
  assert.is(readFileSync(join(cwd, 'o'), 'utf8'), 'mine');
});

test('a non-empty directory t1559 did not create is refused', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-cli-'));
  mkdirSync(join(cwd, 'o'));
  writeFileSync(join(cwd, 'o', 'notes.txt'), 'mine');
  const r = await run(['build', '--out', 'o'], cwd);
  assert.is(r.code, 2);
  assert.match(r.stderr, /not empty and was not created by t1559/);
  assert.equal(readdirSync(join(cwd, 'o')), ['notes.txt']);
});

test('build twice gives identical bytes; --check passes, then flags a hand edit', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-cli-'));
  const first = await run(['build', '--out', 'o'], cwd);
  assert.is(first.code, 0, first.stderr);
  const a = snapshot(join(cwd, 'o'));
  assert.is((await run(['build', '--out', 'o'], cwd)).code, 0);
  assert.equal(snapshot(join(cwd, 'o')), a);
  const check = await run(['build', '--out', 'o', '--check'], cwd);
  assert.is(check.code, 0, check.stdout + check.stderr);
  assert.match(check.stdout, /up to date/);
  writeFileSync(join(cwd, 'o', 'plan.json'), '{}\n');
  const drift = await run(['build', '--out', 'o', '--check'], cwd);
  assert.is(drift.code, 1);
  assert.match(drift.stdout, /plan\.json/);
  const dry = await run(['build', '--out', 'o', '--dry-run'], cwd);
  assert.is(dry.code, 0);
  assert.match(dry.stdout, /would change plan\.json/);
  assert.is(readFileSync(join(cwd, 'o', 'plan.json'), 'utf8'), '{}\n', 'dry run writes nothing');
});

test('SOURCE_DATE_EPOCH sets the GPO backup time and nothing else leaks the clock', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-cli-'));
  assert.is((await run(['build', '--out', 'o', '--target', 'gpo'], cwd, { SOURCE_DATE_EPOCH: '1767225600' })).code, 0);
  const files = snapshot(join(cwd, 'o'));
  const info = Object.entries(files).find(([p]) => p.endsWith('bkupInfo.xml'))!;
  assert.match(Buffer.from(info[1], 'base64').toString('utf8'), /<BackupTime><!\[CDATA\[2026-01-01T00:00:00\]\]><\/BackupTime>/);
});

test("an admin's own files in the output directory are kept", async () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-cli-'));
  assert.is((await run(['build', '--out', 'o'], cwd)).code, 0);
  writeFileSync(join(cwd, 'o', 'NOTES.md'), 'mine');
  assert.is((await run(['build', '--out', 'o', '--target', 'plan'], cwd)).code, 0);
  assert.is(readFileSync(join(cwd, 'o', 'NOTES.md'), 'utf8'), 'mine');
});

test('drift: the bundle the profile built has none; another profile finds what is missing; a .pol needs its side', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-cli-'));
  assert.is((await run(['build', '--out', 'o', '--target', 'gpo', '--target', 'pol'], cwd)).code, 0);
  const backup = readdirSync(join(cwd, 'o', 'gpo')).find((n) => n.startsWith('{'))!;
  const clean = await run(['drift', join('o', 'gpo', backup)], cwd);
  assert.is(clean.code, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /\(Machine\): (\d+) of \1 entries as the profile wants/);
  const strict = await run(['drift', join('o', 'gpo', backup), '--profile', join(ROOT, 'policies', 'profiles', 'strict.json')], cwd);
  assert.is(strict.code, 1);
  assert.match(
    strict.stdout,
    /missing HKCU\\software\\policies\\microsoft\\office\\16\.0\\word\\security ! requireaddinsig {2}want REG_DWORD 1/,
  );
  assert.is((await run(['drift', join('o', 'pol', 'User', 'Registry.pol'), '--scope', 'User', '--local'], cwd)).code, 0);
  rmSync(join(cwd, 'o', 'gpo', backup, 'DomainSysvol', 'GPO', 'Machine', 'registry.pol'));
  const noMachine = await run(['drift', join('o', 'gpo', backup)], cwd);
  assert.is(noMachine.code, 1, 'a missing side is drift');
  assert.match(noMachine.stdout, /\(no Machine registry\.pol\) \(Machine\): 0 of \d+ entries/);
  const noScope = await run(['drift', join('o', 'pol', 'User', 'Registry.pol')], cwd);
  assert.is(noScope.code, 2);
  assert.match(noScope.stderr, /--scope Machine or --scope User/);
});

test('--target limits the bundle and its front page describes only what it holds', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-cli-'));
  assert.is((await run(['build', '--out', 'o', '--target', 'report', '--target', 'report'], cwd)).code, 0);
  assert.equal(readdirSync(join(cwd, 'o')).sort(), [
    '.t1559-manifest.json',
    'README.md',
    'attack-layer.json',
    'coverage.json',
    'report.html',
  ]);
  const readme = readFileSync(join(cwd, 'o', 'README.md'), 'utf8');
  assert.not.match(readme, /T1559Hardening|Import-GPO|LGPO\.exe/);
});

test('list --json is the reviewed golden (test/golden/list.json)', async () => {
  const r = await run(['list', '--json']);
  assert.is(r.code, 0, r.stderr);
  const problems = compareGoldenFile(join('test', 'golden', 'list.json'), r.stdout);
  assert.equal(problems, [], problems.join('\n'));
});

test('explain shows operations and channels', async () => {
  const r = await run(['explain', 'word-dde-off']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /delete HKCU\\software\\policies\\microsoft\\office\\16\.0\\word\\security ! allowdde/);
  assert.match(r.stdout, /set {4}HKCU\\Software\\Microsoft\\Office\\16\.0\\Word\\Security ! AllowDDE = REG_DWORD 0/);
  assert.match(r.stdout, /official policy: Microsoft Word 2016 > Word Options > Security > Trust Center > Dynamic Data Exchange: Disabled/);
  assert.match(r.stdout, /DSC v3 +not carried, because/);
  assert.match(r.stdout, /M1042 Disable or Remove Feature or Program/);
});

test('init writes a starter profile that builds, and will not overwrite', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-cli-'));
  assert.is((await run(['init', 'p.json'], cwd)).code, 0);
  const profile = JSON.parse(readFileSync(join(cwd, 'p.json'), 'utf8')) as { $schema: string };
  assert.ok(profile.$schema.endsWith('profile.schema.json'));
  assert.is((await run(['build', '--profile', 'p.json', '--out', 'o'], cwd)).code, 0);
  const again = await run(['init', 'p.json'], cwd);
  assert.is(again.code, 2);
  assert.match(again.stderr, /already exists/);
});

test.run();
