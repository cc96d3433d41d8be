/**
 * LGPO.exe text codec: every action both ways, ASCII/LF and UTF-16LE/BOM/CRLF inputs, comments,
 * entries LGPO cannot express (a UserError naming the entry), decode errors with line numbers, and
 * fast-check round trips. Fixtures are small hand-written texts in the shape of LGPO /parse output.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { decodeLgpo, encodeLgpo, lgpoExpressible, type LgpoRecord } from '../../src/formats/lgpo-text.js';
import type { PolEntry } from '../../src/formats/registry-pol.js';
import { UserError } from '../../src/lib/errors.js';

const K = 'Software\\Policies\\Microsoft\\Office\\16.0\\Word\\Security';
const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');
const utf16 = (s: string): Buffer => Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(s, 'utf16le')]);
const text = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
const crlf = (...lines: string[]): string => lines.map((l) => l + '\r\n').join('');

const C = (entry: PolEntry): LgpoRecord => ({ scope: 'Computer', entry });
const U = (entry: PolEntry): LgpoRecord => ({ scope: 'User', entry });
const dword = (valueName: string, data: number, key = K): PolEntry => ({
  action: 'set',
  key,
  valueName,
  value: { type: 'REG_DWORD', data },
});
const szv = (valueName: string, data: string, key = K): PolEntry => ({ action: 'set', key, valueName, value: { type: 'REG_SZ', data } });

// ---------------------------------------------------------------------------------------------
// Both directions (utf8): encode(records) === text and decode(text) deep-equals records

const both: [string, { given: LgpoRecord[]; want: string }][] = [
  ['no records', { given: [], want: '' }],
  ['DWORD', { given: [C(dword('VBAWarnings', 4))], want: crlf('Computer', K, 'VBAWarnings', 'DWORD:4', '') }],
  ['DWORD max', { given: [C(dword('V', 4294967295))], want: crlf('Computer', K, 'V', 'DWORD:4294967295', '') }],
  ['SZ', { given: [C(szv('NtpServer', 'pool.ntp.org,0x8'))], want: crlf('Computer', K, 'NtpServer', 'SZ:pool.ntp.org,0x8', '') }],
  ['SZ empty', { given: [C(szv('V', ''))], want: crlf('Computer', K, 'V', 'SZ:', '') }],
  ['SZ with colon, semicolon and trailing space', { given: [C(szv('V', 'a:b; c '))], want: crlf('Computer', K, 'V', 'SZ:a:b; c ', '') }],
  [
    'EXSZ',
    {
      given: [C({ action: 'set', key: K, valueName: 'P', value: { type: 'REG_EXPAND_SZ', data: '%ProgramFiles%\\x' } })],
      want: crlf('Computer', K, 'P', 'EXSZ:%ProgramFiles%\\x', ''),
    },
  ],
  ['DELETE', { given: [U({ action: 'deleteValue', key: K, valueName: 'Old' })], want: crlf('User', K, 'Old', 'DELETE', '') }],
  ['DELETEALLVALUES', { given: [C({ action: 'deleteAllValues', key: K })], want: crlf('Computer', K, '*', 'DELETEALLVALUES', '') }],
  ['CREATEKEY', { given: [U({ action: 'createKey', key: K })], want: crlf('User', K, '*', 'CREATEKEY', '') }],
  ['value name "*" with a value', { given: [C(dword('*', 1))], want: crlf('Computer', K, '*', 'DWORD:1', '') }],
  [
    'several records',
    { given: [C(dword('A', 1)), U(szv('B', 'x'))], want: crlf('Computer', K, 'A', 'DWORD:1', '', 'User', K, 'B', 'SZ:x', '') },
  ],
];

for (const [name, { given, want }] of both) {
  test(`encode: ${name}`, () => {
    assert.is(text(encodeLgpo(given)), want);
  });
  test(`decode: ${name}`, () => {
    assert.equal(decodeLgpo(ascii(want)), given);
  });
}

test('encode: comment lines at the top, then a blank line', () => {
  const out = encodeLgpo([C(dword('V', 1))], { comment: ['LGPO-text file, used with LGPO.exe.', '', 'from t1559\nsecond line'] });
  assert.is(
    text(out),
    crlf('; LGPO-text file, used with LGPO.exe.', ';', '; from t1559', '; second line', '', 'Computer', K, 'V', 'DWORD:1', ''),
  );
  assert.is(text(encodeLgpo([], { comment: ['only'] })), crlf('; only', ''));
});

test('encode returns a plain Uint8Array with its own buffer', () => {
  for (const encoding of ['utf8', 'utf16le'] as const) {
    const out = encodeLgpo([C(dword('V', 1))], { encoding });
    assert.is(out.constructor, Uint8Array);
    assert.is(out.byteOffset, 0);
    assert.is(out.buffer.byteLength, out.length);
  }
});

test('encode utf16le: BOM FF FE, UTF-16LE, CRLF', () => {
  const out = encodeLgpo([C(szv('Wert', 'é😀'))], { encoding: 'utf16le' });
  assert.equal(Buffer.from(out), utf16(crlf('Computer', K, 'Wert', 'SZ:é😀', '')));
  assert.equal(Array.from(out.subarray(0, 4)), [0xff, 0xfe, 0x43, 0x00]);
  assert.equal(Buffer.from(encodeLgpo([], { encoding: 'utf16le' })), Buffer.of(0xff, 0xfe));
});

test('encode utf8 refuses non-ASCII (LGPO reads BOM-less files as ANSI)', () => {
  try {
    encodeLgpo([C(dword('A', 1)), C(szv('Wert', 'é'))]);
    assert.unreachable();
  } catch (err) {
    assert.instance(err, UserError);
    const u = err as UserError;
    assert.is(u.code, 'E_LGPO');
    assert.is(u.message, 'cannot write LGPO text as ASCII');
    assert.equal(u.problems, [
      {
        where: 'output line 9',
        message: "non-ASCII text: LGPO.exe reads a file without BOM in the ANSI code page; use encoding 'utf16le'",
      },
    ]);
  }
});

// ---------------------------------------------------------------------------------------------
// Decoding the shapes LGPO produces

test('decode: ASCII, LF, comment header, double blank lines, no final newline', () => {
  const given = ascii(
    [
      '; ----------------------------------------------------------------------',
      '; LGPO-text file, used with LGPO.exe.',
      ';',
      '; from a baseline',
      '',
      '',
      'Computer',
      'SYSTEM\\CurrentControlSet\\Control\\Lsa',
      'RunAsPPL',
      'DWORD:1',
      '',
      '',
      '; another section',
      '',
      'Computer',
      K,
      '56a863a9-875e-4185-98a7-b882c64b5ce5',
      'SZ:1',
      '',
      '; ----------------------------------------------------------------------',
    ].join('\n'),
  );
  assert.equal(decodeLgpo(given), [
    C(dword('RunAsPPL', 1, 'SYSTEM\\CurrentControlSet\\Control\\Lsa')),
    C(szv('56a863a9-875e-4185-98a7-b882c64b5ce5', '1')),
  ]);
});

test('decode: UTF-16LE with BOM, CRLF, leading blank line and PARSING COMPLETED trailer', () => {
  const given = utf16(
    crlf('', 'Computer', K, 'AllowOnlineTips', 'DWORD:0', '', 'User', K, 'Wert', 'SZ:é😀', '', '; PARSING COMPLETED.', '; ------', ''),
  );
  assert.equal(decodeLgpo(given), [C(dword('AllowOnlineTips', 0)), U(szv('Wert', 'é😀'))]);
});

test('decode: UTF-8 with BOM and non-ASCII', () => {
  const given = Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from(crlf('Computer', K, 'Wert', 'SZ:é😀'), 'utf8')]);
  assert.equal(decodeLgpo(given), [C(szv('Wert', 'é😀'))]);
});

test('decode: empty file and comment-only file', () => {
  assert.equal(decodeLgpo(new Uint8Array(0)), []);
  assert.equal(decodeLgpo(ascii('; nothing\r\n\r\n')), []);
  assert.equal(decodeLgpo(Buffer.of(0xff, 0xfe)), []);
});

// ---------------------------------------------------------------------------------------------
// Decode errors: line number and what was expected

const bad: [string, { given: Buffer; want: { line: number; message: string } }][] = [
  [
    'unknown scope',
    {
      given: ascii('Machine\nK\nV\nDWORD:1\n'),
      want: { line: 1, message: `expected 'Computer' or 'User' to start a record, found "Machine"` },
    },
  ],
  [
    'scope in lower case',
    {
      given: ascii('\n\ncomputer\nK\nV\nDWORD:1\n'),
      want: { line: 3, message: `expected 'Computer' or 'User' to start a record, found "computer"` },
    },
  ],
  [
    'truncated record',
    {
      given: ascii('Computer\nK\nV'),
      want: {
        line: 3,
        message:
          'record starting at line 1 is truncated: expected the action (DWORD:, SZ:, EXSZ:, DELETE, DELETEALLVALUES or CREATEKEY) after line 3',
      },
    },
  ],
  [
    'blank line instead of the action',
    {
      given: ascii('Computer\nK\nV\n'),
      want: {
        line: 4,
        message:
          'expected the action (DWORD:, SZ:, EXSZ:, DELETE, DELETEALLVALUES or CREATEKEY) of the record starting at line 1, found a blank line',
      },
    },
  ],
  [
    'blank key',
    {
      given: ascii('Computer\n\nV\nDWORD:1\n'),
      want: { line: 2, message: 'expected the key of the record starting at line 1, found a blank line' },
    },
  ],
  [
    'comment instead of the value name',
    {
      given: ascii('Computer\nK\n; V\nDWORD:1\n'),
      want: { line: 3, message: 'expected the value name of the record starting at line 1, found a comment' },
    },
  ],
  [
    'unknown action',
    {
      given: ascii('Computer\nK\nV\nQWORD:1\n'),
      want: {
        line: 4,
        message: 'expected an action (DWORD:<decimal>, SZ:<text>, EXSZ:<text>, DELETE, DELETEALLVALUES or CREATEKEY), found "QWORD:1"',
      },
    },
  ],
  [
    'action in lower case',
    {
      given: ascii('Computer\nK\nV\ndelete\n'),
      want: {
        line: 4,
        message: 'expected an action (DWORD:<decimal>, SZ:<text>, EXSZ:<text>, DELETE, DELETEALLVALUES or CREATEKEY), found "delete"',
      },
    },
  ],
  [
    'DWORD in hex',
    {
      given: ascii('Computer\nK\nV\nDWORD:0x10\n'),
      want: { line: 4, message: 'expected DWORD:<decimal 0..4294967295>, found "DWORD:0x10"' },
    },
  ],
  [
    'DWORD negative',
    { given: ascii('Computer\nK\nV\nDWORD:-1\n'), want: { line: 4, message: 'expected DWORD:<decimal 0..4294967295>, found "DWORD:-1"' } },
  ],
  [
    'DWORD too large',
    {
      given: ascii('Computer\nK\nV\nDWORD:4294967296\n'),
      want: { line: 4, message: 'expected DWORD:<decimal 0..4294967295>, found "DWORD:4294967296"' },
    },
  ],
  [
    'DWORD empty',
    { given: ascii('Computer\nK\nV\nDWORD:\n'), want: { line: 4, message: 'expected DWORD:<decimal 0..4294967295>, found "DWORD:"' } },
  ],
  [
    'DELETEALLVALUES with a value name',
    {
      given: ascii('Computer\nK\nV\nDELETEALLVALUES\n'),
      want: { line: 3, message: `expected value name '*' for DELETEALLVALUES, found "V"` },
    },
  ],
  [
    'CREATEKEY with a value name',
    { given: ascii('User\nK\nV\nCREATEKEY\n'), want: { line: 3, message: `expected value name '*' for CREATEKEY, found "V"` } },
  ],
  [
    'no blank line between records',
    {
      given: ascii('Computer\nK\nV\nDWORD:1\nComputer\nK\nW\nDWORD:1\n'),
      want: { line: 5, message: 'expected a blank line after the record starting at line 1, found "Computer"' },
    },
  ],
  [
    'key with a hive',
    {
      given: ascii('Computer\nHKLM\\Software\\X\nV\nDWORD:1\n'),
      want: {
        line: 2,
        message: 'key "HKLM\\\\Software\\\\X" starts with a hive; write it without one (the Machine or User file decides HKLM/HKCU)',
      },
    },
  ],
  [
    'error on a later record, CRLF',
    {
      given: ascii('; c\r\n\r\nComputer\r\nK\r\nV\r\nDWORD:1\r\n\r\nUser\r\nK\r\nV\r\nSZ:x\r\n\r\nOops\r\n'),
      want: { line: 13, message: `expected 'Computer' or 'User' to start a record, found "Oops"` },
    },
  ],
  [
    'UTF-16BE',
    {
      given: Buffer.of(0xfe, 0xff, 0, 0x43),
      want: { line: 1, message: 'UTF-16BE is not supported; save the file as UTF-16LE (with BOM) or ASCII' },
    },
  ],
  [
    'UTF-16LE of odd length',
    { given: Buffer.of(0xff, 0xfe, 0x43, 0, 0x6f), want: { line: 1, message: 'UTF-16LE file has an odd number of bytes (5)' } },
  ],
  [
    'UTF-16LE without BOM',
    {
      given: Buffer.from('Computer\r\nK\r\n', 'utf16le'),
      want: { line: 1, message: 'NUL byte in a file without BOM; a UTF-16LE file must start with the BOM FF FE' },
    },
  ],
  [
    'invalid UTF-8 on line 3',
    {
      given: Buffer.concat([ascii('Computer\nK\n'), Buffer.of(0xc3, 0x28), ascii('\nDWORD:1\n')]),
      want: { line: 3, message: 'invalid UTF-8; expected ASCII/UTF-8, or UTF-16LE with BOM' },
    },
  ],
];

for (const [name, { given, want }] of bad) {
  test(`decode rejects: ${name}`, () => {
    try {
      decodeLgpo(given, { file: 'machine.txt' });
      assert.unreachable('should have thrown');
    } catch (err) {
      assert.instance(err, UserError);
      const u = err as UserError;
      assert.is(u.code, 'E_LGPO');
      assert.equal(u.problems, [{ where: `machine.txt, line ${want.line}`, message: want.message }]);
      assert.is(u.message, `invalid LGPO text: ${want.message}`);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Not expressible: a UserError naming the entry, never a silent drop

const notExpressible: [string, { given: PolEntry; want: string }][] = [
  [
    'REG_MULTI_SZ',
    {
      given: { action: 'set', key: K, valueName: 'M', value: { type: 'REG_MULTI_SZ', data: ['a'] } },
      want: 'LGPO text has no form for REG_MULTI_SZ values (only DWORD, SZ and EXSZ)',
    },
  ],
  [
    'REG_BINARY',
    {
      given: { action: 'set', key: K, valueName: 'M', value: { type: 'REG_BINARY', data: Uint8Array.of(1) } },
      want: 'LGPO text has no form for REG_BINARY values (only DWORD, SZ and EXSZ)',
    },
  ],
  [
    'REG_QWORD',
    {
      given: { action: 'set', key: K, valueName: 'M', value: { type: 'REG_QWORD', data: 1n } },
      want: 'LGPO text has no form for REG_QWORD values (only DWORD, SZ and EXSZ)',
    },
  ],
  [
    'REG_DWORD_BIG_ENDIAN',
    {
      given: { action: 'set', key: K, valueName: 'M', value: { type: 'REG_DWORD_BIG_ENDIAN', data: 1 } },
      want: 'LGPO text has no form for REG_DWORD_BIG_ENDIAN values (only DWORD, SZ and EXSZ)',
    },
  ],
  [
    'REG_NONE',
    {
      given: { action: 'set', key: K, valueName: 'M', value: { type: 'REG_NONE', data: Uint8Array.of(1) } },
      want: 'LGPO text has no form for REG_NONE values (only DWORD, SZ and EXSZ)',
    },
  ],
  [
    'softSet',
    {
      given: { action: 'softSet', key: K, valueName: 'M', value: { type: 'REG_DWORD', data: 1 } },
      want: 'LGPO text has no form for a soft set (**soft.)',
    },
  ],
  [
    'deleteValues',
    {
      given: { action: 'deleteValues', key: K, valueNames: ['a', 'b'] },
      want: 'LGPO text has no form for **DeleteValues; use one DELETE record per value',
    },
  ],
  ['deleteKeys', { given: { action: 'deleteKeys', key: K, subkeys: ['a'] }, want: 'LGPO text has no form for **DeleteKeys' }],
  ['secureKey', { given: { action: 'secureKey', key: K, secure: true }, want: 'LGPO text has no form for **SecureKey' }],
  ['line break in SZ', { given: szv('M', 'a\r\nb'), want: 'the REG_SZ data contains a line break' }],
  ['line break in value name', { given: dword('a\nb', 1), want: 'the value name contains a line break' }],
  ['empty value name (default value)', { given: dword('', 1), want: 'the value name is empty or blank (a blank line separates records)' }],
  [
    'blank value name of DELETE',
    {
      given: { action: 'deleteValue', key: K, valueName: '  ' },
      want: 'the value name is empty or blank (a blank line separates records)',
    },
  ],
  ['value name starting with ;', { given: dword(' ;x', 1), want: "the value name starts with ';', which LGPO reads as a comment" }],
  ['key with a hive', { given: dword('V', 1, 'HKCU:\\Software'), want: 'starts with a hive' }],
  ['DWORD out of range', { given: dword('V', -1), want: 'REG_DWORD data -1 is not an integer in 0..0xFFFFFFFF' }],
];

for (const [name, { given, want }] of notExpressible) {
  test(`not expressible: ${name}`, () => {
    const x = lgpoExpressible(given);
    assert.is(x.ok, false);
    assert.ok(!x.ok && x.reason.includes(want), !x.ok ? x.reason : '');
    try {
      encodeLgpo([C(dword('Fine', 1)), U(given)]);
      assert.unreachable('should have thrown');
    } catch (err) {
      assert.instance(err, UserError);
      const u = err as UserError;
      assert.is(u.code, 'E_LGPO');
      assert.is(u.problems.length, 1);
      const valueName = 'valueName' in given ? ` ${JSON.stringify(given.valueName)}` : '';
      assert.is(u.problems[0]!.where, `record 1 User [${given.key}]${valueName}`);
      assert.ok(u.problems[0]!.message.includes(want));
    }
  });
}

test('expressible: the supported actions', () => {
  for (const e of [
    dword('V', 0),
    szv('V', ''),
    { action: 'deleteValue', key: K, valueName: 'V' },
    { action: 'deleteAllValues', key: K },
    { action: 'createKey', key: K },
  ] as PolEntry[]) {
    assert.equal(lgpoExpressible(e), { ok: true });
  }
});

test('encode rejects an unknown scope', () => {
  try {
    encodeLgpo([{ scope: 'Machine' as 'Computer', entry: dword('V', 1) }]);
    assert.unreachable();
  } catch (err) {
    assert.equal((err as UserError).problems, [{ where: 'record 0', message: `scope "Machine" is not 'Computer' or 'User'` }]);
  }
});

// ---------------------------------------------------------------------------------------------
// Properties

const HIVE = /^(?:HKEY_|Registry::|(?:HKLM|HKCU|HKCR|HKU|HKCC)(?:\\|:|$))/i;
const lineOk = (s: string) => !/[\r\n\0]/.test(s);
const fieldOk = (s: string) => lineOk(s) && s.trim() !== '' && !s.trimStart().startsWith(';') && !HIVE.test(s);
const plain = <T extends Record<string, unknown>>(m: { [P in keyof T]: fc.Arbitrary<T[P]> }) =>
  fc.record(m, { noNullPrototype: true }) as fc.Arbitrary<T>;
/** Strings with structural characters; `ascii` keeps them 7-bit (for the utf8 encoding). */
const anyStr = (maxLength: number, ascii = false) =>
  fc.oneof(
    fc.string({ unit: ascii ? 'binary-ascii' : 'binary', maxLength }),
    fc.string({ unit: fc.constantFrom('a', ' ', ';', ':', '*', '\\', 'Z', ...(ascii ? [] : ['é', '😀'])), maxLength }),
  );
function recordArbitrary(ascii: boolean): fc.Arbitrary<LgpoRecord> {
  const seg = anyStr(8, ascii).filter((s) => s.length > 0 && !s.includes('\\') && lineOk(s));
  const keyArb = fc
    .array(seg, { minLength: 1, maxLength: 3 })
    .map((a) => a.join('\\'))
    .filter(fieldOk);
  const nameArb = anyStr(10, ascii).filter(fieldOk);
  const entryArb: fc.Arbitrary<PolEntry> = fc.oneof(
    plain({
      action: fc.constant('set' as const),
      key: keyArb,
      valueName: nameArb,
      value: plain({ type: fc.constant('REG_DWORD' as const), data: fc.integer({ min: 0, max: 0xffffffff }) }),
    }),
    plain({
      action: fc.constant('set' as const),
      key: keyArb,
      valueName: nameArb,
      value: plain({ type: fc.constantFrom('REG_SZ' as const, 'REG_EXPAND_SZ' as const), data: anyStr(12, ascii).filter(lineOk) }),
    }),
    plain({ action: fc.constant('deleteValue' as const), key: keyArb, valueName: nameArb }),
    plain({ action: fc.constant('deleteAllValues' as const), key: keyArb }),
    plain({ action: fc.constant('createKey' as const), key: keyArb }),
  );
  return plain({ scope: fc.constantFrom('Computer' as const, 'User' as const), entry: entryArb });
}
const recordArb = recordArbitrary(false);

test('property: decode(encode(records, utf16le)) == records', () => {
  fc.assert(
    fc.property(fc.array(recordArb, { maxLength: 8 }), fc.array(anyStr(20), { maxLength: 2 }), (records, comment) => {
      assert.equal(decodeLgpo(encodeLgpo(records, { encoding: 'utf16le', comment })), records);
    }),
    { numRuns: 300 },
  );
});

test('property: decode(encode(records, utf8)) == records for ASCII content', () => {
  fc.assert(
    fc.property(fc.array(recordArbitrary(true), { maxLength: 8 }), (records) => {
      assert.equal(decodeLgpo(encodeLgpo(records)), records);
    }),
    { numRuns: 300 },
  );
});

test('fuzz: decoding arbitrary bytes or text returns records or throws UserError E_LGPO', () => {
  const lines = fc.array(
    fc.oneof(
      fc.constantFrom('Computer', 'User', '', ';c', 'K', '*', 'DWORD:1', 'SZ:x', 'DELETE', 'CREATEKEY', 'DELETEALLVALUES', 'DWORD:x'),
      anyStr(6),
    ),
    { maxLength: 14 },
  );
  const input = fc.oneof(
    fc.uint8Array({ maxLength: 120 }),
    lines.map((l) => ascii(l.join('\n'))),
    lines.map((l) => utf16(l.join('\r\n'))),
  );
  fc.assert(
    fc.property(input, (bytes) => {
      try {
        const records = decodeLgpo(bytes);
        // Whatever decodes, writes back and decodes to the same records.
        assert.equal(decodeLgpo(encodeLgpo(records, { encoding: 'utf16le' })), records);
      } catch (err) {
        if (!(err instanceof UserError) || err.code !== 'E_LGPO') throw err;
      }
    }),
    { numRuns: 300 },
  );
});

test.run();
