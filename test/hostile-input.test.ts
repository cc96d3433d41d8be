/**
 * Hostile input through the CLI (cases 1-6 of the hostile-input review): every case ends with exit 2, a
 * message that says what and where, no stack trace, and within a time bound. The commands run in-process
 * (test/helpers/run-cli.ts: the same oclif path as bin/run.js); the first case also runs as a real process,
 * so a crash that only a fresh process shows (stack size, exit code of an unhandled error) is caught too.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INPUT_LIMITS } from '../src/lib/input.js';
import { runCli } from './helpers/run-cli.js';

const BIN = resolve('bin', 'run.js');

const deepJson = (levels: number) => `{"entries":${'['.repeat(levels)}${']'.repeat(levels)}}`;
const deepXml = (levels: number) =>
  `<?xml version="1.0"?><policyDefinitions>${'<a>'.repeat(levels)}${'</a>'.repeat(levels)}</policyDefinitions>`;
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const sparse = (bytes: number) => (path: string) => {
  writeFileSync(path, '');
  truncateSync(path, bytes); // a sparse file: the size without the disk space
};

interface Case {
  /** File name -> content, or a function that creates it. */
  files: Record<string, string | Buffer | ((path: string) => void)>;
  args: string[];
  stderr: RegExp;
}

const CASES: [string, Case][] = [
  [
    '1. a profile nested 10,000 levels deep',
    {
      files: { 'p.json': `{"name":${'['.repeat(10_000)}${']'.repeat(10_000)}}` },
      args: ['build', '--profile', 'p.json', '--out', 'out'],
      stderr: /p\.json nests objects or arrays more than 256 levels deep\n\s+p\.json:1:\d+:/,
    },
  ],
  [
    '1. pol encode JSON nested 10,000 levels deep',
    { files: { 'in.json': deepJson(10_000) }, args: ['pol', 'encode', 'in.json', '--out', 'x.pol'], stderr: /more than 256 levels deep/ },
  ],
  [
    '1. unclosed JSON nested 100,000 levels deep',
    {
      files: { 'in.json': `{"entries":${'['.repeat(100_000)}` },
      args: ['pol', 'encode', 'in.json', '--out', 'x.pol'],
      stderr: /more than 256 levels deep/,
    },
  ],
  [
    '2. a profile with a UTF-16BE BOM and an odd number of bytes',
    {
      files: { 'p.json': Buffer.of(0xfe, 0xff, 0, 0x7b, 0) },
      args: ['build', '--profile', 'p.json', '--out', 'out'],
      stderr: /UTF-16BE byte order mark but has an odd number of bytes \(5\)\n\s+p\.json, byte offset 4: .*save the file as UTF-8/,
    },
  ],
  [
    '2. a profile in UTF-16LE with a lone surrogate',
    {
      files: { 'p.json': Buffer.from([0xff, 0xfe, 0x7b, 0, 0x00, 0xd8, 0x7d, 0]) },
      args: ['build', '--profile', 'p.json', '--out', 'out'],
      stderr: /surrogate without its pair\n\s+p\.json, byte offset 4/,
    },
  ],
  [
    '3. admx lint on an ADMX nested 10,000 levels deep',
    {
      files: { 'deep.admx': deepXml(10_000) },
      args: ['admx', 'lint', 'deep.admx'],
      stderr: /deep\.admx:1:\d+: elements are nested more than 256 levels deep/,
    },
  ],
  [
    '5. pol decode /dev/zero',
    { files: {}, args: ['pol', 'decode', '/dev/zero'], stderr: /Registry\.pol \/dev\/zero is not a regular file/ },
  ],
  [
    '5. pol encode /dev/zero',
    { files: {}, args: ['pol', 'encode', '/dev/zero', '--out', 'x.pol'], stderr: /input \/dev\/zero is not a regular file/ },
  ],
  ['5. admx lint /dev/zero', { files: {}, args: ['admx', 'lint', '/dev/zero'], stderr: /ADMX file \/dev\/zero is not a regular file/ }],
  [
    '5. build --profile /dev/zero',
    { files: {}, args: ['build', '--profile', '/dev/zero', '--out', 'out'], stderr: /profile \/dev\/zero is not a regular file/ },
  ],
  [
    '5. a Registry.pol over its limit',
    {
      files: { 'big.pol': sparse(INPUT_LIMITS.pol + 1) },
      args: ['pol', 'decode', 'big.pol'],
      stderr: /big\.pol is larger than 512 MiB, the limit for this kind of input/,
    },
  ],
  [
    '5. pol encode input over its limit',
    {
      files: { 'big.json': sparse(INPUT_LIMITS.polSource + 1) },
      args: ['pol', 'encode', 'big.json', '--out', 'x.pol'],
      stderr: /big\.json is larger than 512 MiB/,
    },
  ],
  [
    '5. an ADMX over its limit',
    { files: { 'big.admx': sparse(INPUT_LIMITS.admx + 1) }, args: ['admx', 'lint', 'big.admx'], stderr: /big\.admx is larger than 64 MiB/ },
  ],
  [
    '5. a profile over its limit',
    {
      files: { 'big.json': sparse(INPUT_LIMITS.profile + 1) },
      args: ['build', '--profile', 'big.json', '--out', 'out'],
      stderr: /big\.json is larger than 16 MiB/,
    },
  ],
  [
    '6. pol encode JSON with a Latin-1 byte in a key',
    {
      files: { 'in.json': latin1('{"entries":[{"action":"deleteAllValues","key":"Software\\\\caf\xe9"}]}') },
      args: ['pol', 'encode', 'in.json', '--out', 'x.pol'],
      stderr: /in\.json is not valid text: invalid UTF-8\n\s+in\.json, byte offset 60: invalid UTF-8; save the file as UTF-8/,
    },
  ],
  [
    '6. a profile with a Latin-1 byte in its display name',
    {
      files: { 'p.json': latin1('{"name":"caf\xe9","controls":{}}') },
      args: ['build', '--profile', 'p.json', '--out', 'out'],
      stderr: /p\.json, byte offset 12: invalid UTF-8/,
    },
  ],
  [
    '6. an ADMX with an overlong UTF-8 encoding',
    {
      files: { 'x.admx': Buffer.concat([Buffer.from('<?xml version="1.0"?><a b="'), Buffer.of(0xc0, 0xaf), Buffer.from('"/>')]) },
      args: ['admx', 'lint', 'x.admx'],
      stderr: /x\.admx, byte offset 27: invalid UTF-8/,
    },
  ],
];

function setUp(c: Case): string {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-hostile-'));
  for (const [file, content] of Object.entries(c.files)) {
    if (typeof content === 'function') content(join(cwd, file));
    else writeFileSync(join(cwd, file), content);
  }
  return cwd;
}

function check(c: Case, cwd: string, r: { code: number | null; stderr: string }, ms: number): void {
  assert.is(r.code, 2, `exit ${r.code}: ${r.stderr}`);
  assert.match(r.stderr, c.stderr);
  assert.not.match(r.stderr, /\n\s+at /, 'no stack trace');
  assert.ok(ms < 15_000, `answered in ${ms} ms`);
  assert.equal(readdirSync(cwd).sort(), Object.keys(c.files).sort(), 'nothing was written');
}

for (const [name, c] of CASES) {
  test(name, async () => {
    const cwd = setUp(c);
    const started = Date.now();
    const r = await runCli(c.args, { cwd });
    check(c, cwd, r, Date.now() - started);
  });
}

test(`as a real process: ${CASES[0]![0]}`, () => {
  const c = CASES[0]![1];
  const cwd = setUp(c);
  const started = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...c.args], { cwd, encoding: 'utf8', timeout: 30_000 });
  check(c, cwd, { code: r.status, stderr: r.stderr }, Date.now() - started);
});

test.run();
