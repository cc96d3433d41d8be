/** JSON reading: every syntax error gets a line and column; profiles saved by Windows PowerShell (UTF-16) read. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJsonText } from '../../src/lib/json.js';
import { findDuplicateKeys, locateJsonError } from '../../src/lib/json-locate.js';
import { readTextFile } from '../../src/catalog/load.js';
import { UserError } from '../../src/lib/errors.js';

const LOCATED: [string, { given: string; want: string }][] = [
  ['bad literal (V8 gives no position)', { given: '{\n  "a": tru\n}', want: 'f.json:2:11' }],
  ['trailing comma', { given: '{\n  "a": 1,\n}', want: 'f.json:3:1' }],
  ['missing comma', { given: '[1 2]', want: 'f.json:1:4' }],
  ['unterminated string', { given: '{"a": "x', want: 'f.json:1:9' }],
  ['control character in a string', { given: '{"a": "x\ty"}', want: 'f.json:1:9' }],
  ['empty input', { given: '', want: 'f.json:1:1' }],
  ['garbage after the value', { given: '{} x', want: 'f.json:1:4' }],
];

for (const [name, { given, want }] of LOCATED) {
  test(`JSON error located: ${name}`, () => {
    try {
      parseJsonText(given, 'f.json');
      assert.unreachable('should fail');
    } catch (err) {
      assert.instance(err, UserError);
      assert.is((err as UserError).problems[0]!.where, want);
      assert.not.match((err as UserError).problems[0]!.message, /\n/, 'one line');
    }
  });
}

test('repeated keys are found with their object path, only within one object', () => {
  const text = '{"a": 1, "b": {"x": 1, "x": 2}, "c": [{"k": 1}, {"k": 2}], "a": 3}';
  assert.equal(
    findDuplicateKeys(text).map((d) => [d.key, d.path]),
    [
      ['x', ['b']],
      ['a', []],
    ],
  );
  assert.equal(
    findDuplicateKeys('{"\\u0061": 1, "a": 2}').map((d) => d.key),
    ['a'],
    'escapes are compared decoded',
  );
});

test('the locator agrees with JSON.parse on valid JSON', () => {
  for (const text of ['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]}', ' 0 ']) assert.is(locateJsonError(text), text.length);
});

test('profiles in UTF-16 (LE or BE, with BOM) and UTF-8 with BOM read the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 't1559-json-'));
  const text = '{"name":"caf\u00e9"}';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  const u8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  for (const [name, bytes] of [
    ['le', le],
    ['be', be],
    ['u8', u8],
  ] as const) {
    writeFileSync(join(dir, name), bytes);
    assert.equal(parseJsonText(readTextFile(join(dir, name), 'profile'), name), { name: 'caf\u00e9' });
  }
});

test.run();
