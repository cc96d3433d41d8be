/**
 * End to end: the compiled CLI (npm test compiles first) started as users start it, `node bin/run.js`,
 * for what only a real process shows. Everything else about the commands runs in-process (test/cli.test.ts,
 * test/pol-cli.test.ts, test/sddl-cli.test.ts, test/unit/admx-lint.test.ts), which is much faster.
 *
 * - timezone and locale are read at process start, so determinism across them needs separate processes;
 * - a build started from another directory finds templates and catalog from the package, not the cwd;
 * - `--version` is answered by oclif before any command runs;
 * - exit code 1 set with process.exitCode must not cut off a large report piped to another program;
 * - an internal fault (here: a broken installation) exits 1 and says it is a bug.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { snapshot } from './helpers/snapshot.js';

const ROOT = resolve('.');
const BIN = join(ROOT, 'bin', 'run.js');

function run(args: string[], cwd = mkdtempSync(join(tmpdir(), 't1559-e2e-')), env: Record<string, string> = {}, bin = BIN) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, cwd };
}

test('the same profile gives the same bytes in any timezone, locale and directory', () => {
  const a = mkdtempSync(join(tmpdir(), 't1559-e2e-'));
  const b = mkdtempSync(join(tmpdir(), 't1559-other-place-'));
  assert.is(run(['build', '--out', 'o'], a, { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }).code, 0);
  assert.is(run(['build', '--out', 'bundle'], b, { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }).code, 0);
  assert.equal(snapshot(join(b, 'bundle')), snapshot(join(a, 'o')));
});

test('a build from any working directory gives exactly the golden bundle (templates, includes, catalog found from the package)', () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-elsewhere-'));
  const r = run(['build', '--profile', join(ROOT, 'test', 'fixtures', 'profiles', 'appids.json'), '--out', 'o'], cwd);
  assert.is(r.code, 0, r.stderr);
  const built = snapshot(join(cwd, 'o'));
  delete built['.t1559-manifest.json'];
  const golden = snapshot(join(ROOT, 'test', 'golden', 'appids'));
  for (const k of Object.keys(golden)) if (k.endsWith('.dump.txt')) delete golden[k];
  assert.equal(Object.keys(built).sort(), Object.keys(golden).sort());
  for (const k of Object.keys(golden)) assert.is(built[k], golden[k], k);
});

test('--version names the tool and the package version', () => {
  const r = run(['--version']);
  assert.is(r.code, 0, r.stderr);
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.match(r.stdout, new RegExp(`^t1559/${version.replace(/\./g, '\\.')} `));
});

test('--version (answered in bin/run.js without loading oclif) is byte for byte what oclif answers', async () => {
  const { Config } = await import('@oclif/core');
  const config = await Config.load(ROOT);
  for (const args of [['--version'], ['--version', '--help'], ['--version', 'extra']]) {
    const r = run(args);
    assert.is(r.code, 0, r.stderr);
    assert.is(r.stdout, `${config.userAgent}\n`, args.join(' '));
  }
});

test('admx lint --json: a large report piped to another program is complete, and the exit code is 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 't1559-admx-'));
  const admx = join(dir, 'many.admx');
  const fixtures = join(ROOT, 'test', 'fixtures', 'admx');
  const policy = (i: number) =>
    `<policy name="P${i}" class="Machine" displayName="$(string.Simple)" key="Software\\Policies\\Microsoft\\Windows Defender\\K${i}" valueName="v"><parentCategory ref="Root"/><supportedOn ref="SUPPORTED_Fixture"/></policy>`;
  const many = readFileSync(join(fixtures, 'clean.admx'), 'utf8').replace(
    '  </policies>',
    `${Array.from({ length: 600 }, (_, i) => policy(i)).join('\n')}\n  </policies>`,
  );
  writeFileSync(admx, many);
  const r = run(['admx', 'lint', admx, '--adml', join(fixtures, 'clean.adml'), '--json']);
  assert.is(r.code, 1);
  assert.ok(r.stdout.length > 65536, 'more than one pipe buffer');
  assert.is((JSON.parse(r.stdout) as { problems: unknown[] }).problems.length, 600);
});

test("an internal fault (an installation without its catalog) exits 1 and says it is a bug, not the user's mistake", () => {
  // A copy of the installed package with policies/catalog missing: loadCatalog cannot read it.
  const pkg = mkdtempSync(join(tmpdir(), 't1559-broken-install-'));
  for (const part of ['package.json', 'bin', 'dist', 'templates']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
  mkdirSync(join(pkg, 'policies', 'profiles'), { recursive: true });
  cpSync(join(ROOT, 'policies', 'profiles'), join(pkg, 'policies', 'profiles'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  const r = run(['list'], undefined, {}, join(pkg, 'bin', 'run.js'));
  assert.is(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /^internal error \(a bug in t1559, please report it\): .*cannot read the catalog directory/);
  assert.is(r.stdout, '');
});

test('a tampered generated catalog (dist/catalog.json) is refused: exit 1, an internal error, nothing printed', () => {
  const pkg = mkdtempSync(join(tmpdir(), 't1559-tampered-install-'));
  for (const part of ['package.json', 'bin', 'dist', 'templates', 'policies'])
    cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  const generated = join(pkg, 'dist', 'catalog.json');
  writeFileSync(generated, readFileSync(generated, 'utf8').replace('"title":"', '"title":"Tampered '));
  const r = run(['list'], undefined, {}, join(pkg, 'bin', 'run.js'));
  assert.is(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /^internal error \(a bug in t1559, please report it\): .*generated catalog .*does not match its SHA-256/);
  assert.is(r.stdout, '');
});

test.run();
