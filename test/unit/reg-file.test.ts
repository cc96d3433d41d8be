/** The .reg codec (src/formats/reg-file.ts): both header versions, every data form, and hostile or truncated files. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeRegFile } from '../../src/formats/reg-file.js';
import { UserError } from '../../src/lib/errors.js';

const utf16 = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
const ascii = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const hexOf = (s: string, wide: boolean) =>
  [...Buffer.from(s, wide ? 'utf16le' : 'latin1')].map((b) => b.toString(16).padStart(2, '0')).join(',');

const V5 = 'Windows Registry Editor Version 5.00\r\n\r\n';
const KEY = '[HKEY_CURRENT_USER\\Software\\Policies\\Microsoft\\Office\\Common\\Security]\r\n';

test('a reg export (5.00, UTF-16LE) with every data form', () => {
  const body = [
    V5 + KEY,
    '"automationsecurity"=dword:00000002',
    '"text"="a \\"quoted\\" \\\\ value é"',
    '@="default"',
    `"expand"=hex(2):${hexOf('%SystemRoot%\\x\0', true)}`,
    `"multi"=hex(7):${hexOf('a\0\0b\0\0', true)}`,
    '"bin"=hex:00,01,\\',
    '  ff',
    '"q"=hex(b):ff,ff,ff,ff,ff,ff,ff,ff',
    '"none"=hex(0):',
    '"gone"=-',
    '; a comment',
    '[-HKEY_LOCAL_MACHINE\\Software\\Old]',
    '',
  ].join('\r\n');
  const f = decodeRegFile(utf16(body), { file: 'x.reg' });
  assert.is(f.version, '5.00');
  const values = f.entries.map((e) =>
    e.action === 'set'
      ? [
          e.valueName,
          e.value.type,
          e.value.data instanceof Uint8Array
            ? Buffer.from(e.value.data).toString('hex')
            : typeof e.value.data === 'bigint'
              ? e.value.data.toString()
              : e.value.data,
        ]
      : [e.action, 'valueName' in e ? e.valueName : e.key],
  );
  assert.equal(values, [
    ['createKey', 'Software\\Policies\\Microsoft\\Office\\Common\\Security'],
    ['automationsecurity', 'REG_DWORD', 2],
    ['text', 'REG_SZ', 'a "quoted" \\ value é'],
    ['', 'REG_SZ', 'default'],
    ['expand', 'REG_EXPAND_SZ', '%SystemRoot%\\x'],
    ['multi', 'REG_MULTI_SZ', ['a', '', 'b']],
    ['bin', 'REG_BINARY', '0001ff'],
    ['q', 'REG_QWORD', '18446744073709551615'],
    ['none', 'REG_NONE', ''],
    ['deleteValue', 'gone'],
    ['deleteKey', 'Software\\Old'],
  ]);
  assert.is(f.entries[1]!.hive, 'HKEY_CURRENT_USER');
});

test('REGEDIT4 (single-byte strings in hex(2))', () => {
  const f = decodeRegFile(
    ascii(`REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\Software\\A]\r\n"e"=hex(2):${hexOf('%x%\0', false)}\r\n"d"=dword:ffffffff\r\n`),
  );
  assert.is(f.version, 'REGEDIT4');
  assert.equal(
    f.entries.slice(1).map((e) => (e.action === 'set' ? e.value.data : null)),
    ['%x%', 0xffffffff],
  );
});

const BAD: [string, Uint8Array, RegExp][] = [
  ['no header', utf16('[HKEY_LOCAL_MACHINE\\A]\r\n'), /line 1, byte 2 .*starts with "Windows Registry Editor Version 5.00"/],
  ['5.00 without BOM', ascii(`${V5}${KEY}`), /UTF-16LE with a byte order mark/],
  ['abbreviated hive', utf16(`${V5}[HKLM\\Software]\r\n`), /line 3, byte 82 .*unknown hive "HKLM"/],
  ['value before key', utf16(`${V5}"a"=dword:00000001\r\n`), /line 3.*before any \[key\]/],
  ['short dword', utf16(`${V5}${KEY}"a"=dword:1\r\n`), /line 4.*eight hex digits/],
  ['text after quote', utf16(`${V5}${KEY}"a"="x" y\r\n`), /text after the closing quote/],
  ['unclosed quote', utf16(`${V5}${KEY}"a"="x\r\n`), /no closing quote/],
  ['bad escape', utf16(`${V5}${KEY}"a"="\\n"\r\n`), /unknown escape/],
  ['truncated continuation', utf16(`${V5}${KEY}"a"=hex:00,\\`), /truncated/],
  ['odd UTF-16 file', new Uint8Array([...utf16(`${V5}${KEY}`), 0x41]), /odd number of bytes/],
  ['odd string bytes', utf16(`${V5}${KEY}"a"=hex(2):41\r\n`), /odd number of bytes/],
  ['multi without terminator', utf16(`${V5}${KEY}"a"=hex(7):${hexOf('a', true)}\r\n`), /double NUL/],
  ['qword length', utf16(`${V5}${KEY}"a"=hex(b):01\r\n`), /8 bytes/],
  ['unknown type', utf16(`${V5}${KEY}"a"=hex(8):01\r\n`), /hex\(8\)/],
  ['unknown data', utf16(`${V5}${KEY}"a"=qword:1\r\n`), /unknown data/],
  ['ANSI without BOM', new Uint8Array([...ascii('REGEDIT4\r\n[HKEY_LOCAL_MACHINE\\A]\r\n"a"="'), 0xe9, 0x22]), /outside ASCII/],
  ['empty segment', utf16(`${V5}[HKEY_LOCAL_MACHINE\\A\\\\B]\r\n`), /empty path segment/],
];

for (const [name, bytes, message] of BAD) {
  test(`refused: ${name}`, () => {
    try {
      decodeRegFile(bytes, { file: 'bad.reg' });
      assert.unreachable('should have thrown');
    } catch (err) {
      assert.instance(err, UserError);
      const text = (err as UserError).render();
      assert.match(text, /^error E_REG: invalid \.reg file/);
      assert.match(text, /bad\.reg.*byte \d+/);
      assert.match(text, message);
    }
  });
}

test.run();
