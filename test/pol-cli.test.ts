/** `t1559 pol encode|decode` as users run it (in-process, test/helpers/run-cli.ts): round trips, formats and malformed input. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/run-cli.js';

const run = (args: string[], cwd: string) => runCli(args, { cwd });

const ENTRIES = {
  entries: [
    { action: 'deleteAllValues', key: 'Software\\Policies\\T' },
    { action: 'set', key: 'Software\\Policies\\T', valueName: 'Bin', value: { type: 'REG_BINARY', data: '3b5d5b00ff' } },
    { action: 'set', key: 'Software\\Policies\\T', valueName: 'Big', value: { type: 'REG_QWORD', data: '18446744073709551615' } },
    { action: 'set', key: 'Software\\Policies\\T', valueName: 'Multi', value: { type: 'REG_MULTI_SZ', data: ['a;b', ']'] } },
    { action: 'deleteValue', key: 'Software\\Policies\\T', valueName: 'Old' },
  ],
};

test('JSON -> pol -> JSON round trip keeps every value exactly', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-pol-'));
  writeFileSync(join(cwd, 'in.json'), JSON.stringify(ENTRIES));
  const enc = await run(['pol', 'encode', 'in.json', '--out', 'x.pol', '--order', 'asGiven'], cwd);
  assert.is(enc.code, 0, enc.stderr);
  const dec = await run(['pol', 'decode', 'x.pol'], cwd);
  assert.is(dec.code, 0, dec.stderr);
  assert.equal(JSON.parse(dec.stdout), ENTRIES);
  assert.equal([...readFileSync(join(cwd, 'x.pol')).subarray(0, 8)], [0x50, 0x52, 0x65, 0x67, 1, 0, 0, 0]);
});

test('LGPO text -> pol -> LGPO text', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-pol-'));
  const lgpo =
    'User\r\nSoftware\\Policies\\Microsoft\\Office\\16.0\\Word\\Security\r\nallowdde\r\nDELETE\r\n\r\nUser\r\nSoftware\\Policies\\Microsoft\\Office\\16.0\\Word\\Options\r\ndontupdatelinks\r\nDWORD:1\r\n\r\n';
  writeFileSync(join(cwd, 'user.txt'), lgpo);
  assert.is((await run(['pol', 'encode', 'user.txt', '--out', 'u.pol'], cwd)).code, 0);
  const back = await run(['pol', 'decode', 'u.pol', '--format', 'lgpo', '--scope', 'User'], cwd);
  assert.is(back.code, 0, back.stderr);
  assert.match(back.stdout, /User\r\nSoftware\\Policies\\Microsoft\\Office\\16\.0\\Word\\Options\r\ndontupdatelinks\r\nDWORD:1/);
  assert.match(back.stdout, /allowdde\r\nDELETE/);
});

test('non-ASCII entries decode to UTF-16LE LGPO text (with BOM), which LGPO.exe reads', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-pol-'));
  writeFileSync(
    join(cwd, 'in.json'),
    JSON.stringify({
      entries: [
        {
          action: 'set',
          key: 'Software\\Policies\\Caf\u00e9',
          valueName: 'n\u00e4me',
          value: { type: 'REG_SZ', data: '\u00fc \u{1F600}' },
        },
      ],
    }),
  );
  assert.is((await run(['pol', 'encode', 'in.json', '--out', 'x.pol'], cwd)).code, 0);
  const r = await run(['pol', 'decode', 'x.pol', '--format', 'lgpo'], cwd);
  assert.is(r.code, 0, r.stderr);
  assert.equal([...r.stdoutBytes.subarray(0, 2)], [0xff, 0xfe]);
  assert.match(r.stdoutBytes.subarray(2).toString('utf16le'), /Software\\Policies\\Caf\u00e9\r\nn\u00e4me\r\nSZ:\u00fc \u{1F600}/u);
});

test('pol decode --format lgpo: entries without an LGPO form are commented out as ImportRegPol did, each named in a warning', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 't1559-pol-'));
  const entries = {
    entries: [
      ...ENTRIES.entries,
      { action: 'set', key: 'Software\\Policies\\T', valueName: 'Lines', value: { type: 'REG_SZ', data: 'one\r\ntwo' } },
      { action: 'set', key: 'Software\\Policies\\T', valueName: 'Ok', value: { type: 'REG_DWORD', data: 1 } },
    ],
  };
  writeFileSync(join(cwd, 'in.json'), JSON.stringify(entries));
  assert.is((await run(['pol', 'encode', 'in.json', '--out', 'x.pol', '--order', 'asGiven'], cwd)).code, 0);
  const r = await run(['pol', 'decode', 'x.pol', '--format', 'lgpo'], cwd);
  assert.is(r.code, 0, r.stderr);
  const out = r.stdout;
  // The expressible records, as records.
  assert.match(out, /Computer\r\nSoftware\\Policies\\T\r\n\*\r\nDELETEALLVALUES\r\n/);
  assert.match(out, /Computer\r\nSoftware\\Policies\\T\r\nOld\r\nDELETE\r\n/);
  assert.match(out, /Computer\r\nSoftware\\Policies\\T\r\nOk\r\nDWORD:1\r\n/);
  // The others, commented out with type and size (5 bytes; 8; ("a;b" NUL "]" NUL NUL) * 2 = 14; ("one\r\ntwo" + NUL) * 2 = 18).
  const cases: [string, string][] = [
    ['Bin', 'REG_BINARY (data not shown; size = 5)'],
    ['Big', 'REG_QWORD (data not shown; size = 8)'],
    ['Multi', 'REG_MULTI_SZ (data not shown; size = 14)'],
    ['Lines', 'REG_SZ (data not shown; size = 18)'],
  ];
  for (const [name, action] of cases) {
    assert.ok(out.includes(`; Computer\r\n; Software\\Policies\\T\r\n; ${name}\r\n; ${action}\r\n`), `${name} commented out`);
    assert.match(r.stderr, new RegExp(`warning: x\\.pol: entry \\d+ \\[Software\\\\Policies\\\\T\\] "${name}" commented out`));
  }
  assert.is(r.stderr.trim().split('\n').length, cases.length, 'one warning per skipped entry');
  assert.not.ok(out.includes('one\r\ntwo') || out.includes('3b5d5b00ff'), 'no data of a skipped entry leaks into a record');
  // Read back as LGPO text, the commented-out entries are comments: only the expressible records remain.
  writeFileSync(join(cwd, 'y.txt'), out);
  const enc = await run(['pol', 'encode', 'y.txt', '--out', 'y.pol', '--order', 'asGiven'], cwd);
  assert.is(enc.code, 0, enc.stderr);
  const names = (
    JSON.parse((await run(['pol', 'decode', 'y.pol'], cwd)).stdout) as { entries: { action: string; valueName?: string }[] }
  ).entries.map((e) => e.valueName ?? e.action);
  assert.equal(names, ['deleteAllValues', 'Old', 'Ok']);
});

const BAD: [string, { file: string; bytes: Buffer | string; args?: string[]; stderr: RegExp }][] = [
  ['wrong magic', { file: 'bad.pol', bytes: Buffer.from('PReX\x01\x00\x00\x00', 'latin1'), stderr: /E_POL.*\n.*byte 0/ }],
  [
    'truncated entry',
    {
      file: 'trunc.pol',
      bytes: Buffer.concat([Buffer.from('PReg\x01\x00\x00\x00', 'latin1'), Buffer.from('[Soft', 'utf16le')]),
      stderr: /E_POL/,
    },
  ],
  [
    'JSON that is not entries',
    { file: 'e.json', bytes: '{"entries":[{"action":"set","key":"K"}]}', stderr: /E_SCHEMA[\s\S]*\$\.entries\[0\]/ },
  ],
  ['--strict: LGPO binary is not expressible', { file: 'b.pol', bytes: '', args: ['decode-binary'], stderr: /E_LGPO[\s\S]*Bin/ }],
];

for (const [name, { file, bytes, args, stderr }] of BAD) {
  test(`pol: ${name} exits 2 with a located message`, async () => {
    const cwd = mkdtempSync(join(tmpdir(), 't1559-pol-'));
    let r;
    if (args?.[0] === 'decode-binary') {
      writeFileSync(join(cwd, 'in.json'), JSON.stringify(ENTRIES));
      await run(['pol', 'encode', 'in.json', '--out', file], cwd);
      r = await run(['pol', 'decode', file, '--format', 'lgpo', '--strict'], cwd);
      assert.is(r.stdout, '', 'nothing half-written on stdout');
    } else {
      writeFileSync(join(cwd, file), bytes);
      r = await (file.endsWith('.pol') ? run(['pol', 'decode', file], cwd) : run(['pol', 'encode', file, '--out', 'o.pol'], cwd));
      assert.is(existsSync(join(cwd, 'o.pol')), false, 'nothing written');
    }
    assert.is(r.code, 2, r.stderr);
    assert.match(r.stderr, stderr);
  });
}

test.run();
