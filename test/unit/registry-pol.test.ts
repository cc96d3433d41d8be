/**
 * Registry.pol codec: every value type and special name both ways, canonical order, every malformed
 * file with its exact message and byte offset, encoder validation, and fast-check round trips/fuzzing.
 * Fixtures are built here byte by byte (Buffer utf16le + u32), independent of the codec.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { canonicalOrder, decodePol, dumpPol, encodePol, type PolEntry, type RegData } from '../../src/formats/registry-pol.js';
import { UserError } from '../../src/lib/errors.js';

// ---------------------------------------------------------------------------------------------
// Byte builders

const HDR = '5052656701000000';
const u16 = (s: string): Buffer => Buffer.from(s, 'utf16le');
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
/** Concatenate buffers and hex strings. */
const cat = (...parts: (Buffer | string)[]): Buffer =>
  Buffer.concat(parts.map((x) => (typeof x === 'string' ? Buffer.from(x.replace(/\s+/g, ''), 'hex') : x)));
/** One well-formed record; `size` may lie. */
const rec = (key: string, name: string, type: number, data: Buffer, size = data.length): Buffer =>
  cat(u16(`[${key}\0;${name}\0;`), u32(type), u16(';'), u32(size), u16(';'), data, u16(']'));
const pol = (...recs: (Buffer | string)[]): Buffer => cat(HDR, ...recs);
const sz = (s: string): Buffer => u16(s + '\0');
const hex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
const GPMC_MARK = sz(' '); // 20 00 00 00

const K = 'Software\\Policies\\T';

// ---------------------------------------------------------------------------------------------
// Both directions: encode(given) === want and decode(want) deep-equals given

const both: [string, { given: PolEntry[]; want: Buffer }][] = [
  ['empty file is the header only', { given: [], want: cat(HDR) }],
  [
    'REG_SZ',
    {
      given: [{ action: 'set', key: K, valueName: 'S', value: { type: 'REG_SZ', data: 'negotiate' } }],
      want: pol(rec(K, 'S', 1, sz('negotiate'))),
    },
  ],
  [
    'REG_SZ empty string is one NUL',
    { given: [{ action: 'set', key: K, valueName: 'S', value: { type: 'REG_SZ', data: '' } }], want: pol(rec(K, 'S', 1, cat('0000'))) },
  ],
  [
    'REG_SZ with ; ] [ and non-BMP',
    {
      given: [{ action: 'set', key: K, valueName: 'S', value: { type: 'REG_SZ', data: 'a;]b[😀' } }],
      want: pol(rec(K, 'S', 1, sz('a;]b[😀'))),
    },
  ],
  [
    'REG_EXPAND_SZ',
    {
      given: [{ action: 'set', key: K, valueName: 'E', value: { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\x' } }],
      want: pol(rec(K, 'E', 2, sz('%SystemRoot%\\x'))),
    },
  ],
  [
    'REG_BINARY with structural bytes',
    {
      given: [
        { action: 'set', key: K, valueName: 'B', value: { type: 'REG_BINARY', data: Uint8Array.of(0x5b, 0, 0x3b, 0, 0x5d, 0, 0xff) } },
      ],
      want: pol(rec(K, 'B', 3, cat('5b003b005d00ff'))),
    },
  ],
  [
    'REG_BINARY empty',
    {
      given: [{ action: 'set', key: K, valueName: 'B', value: { type: 'REG_BINARY', data: new Uint8Array(0) } }],
      want: pol(rec(K, 'B', 3, cat(''))),
    },
  ],
  [
    'REG_DWORD',
    {
      given: [{ action: 'set', key: K, valueName: 'D', value: { type: 'REG_DWORD', data: 0xfffffffe } }],
      want: pol(rec(K, 'D', 4, cat('feffffff'))),
    },
  ],
  [
    'REG_DWORD_BIG_ENDIAN',
    {
      given: [{ action: 'set', key: K, valueName: 'D', value: { type: 'REG_DWORD_BIG_ENDIAN', data: 0x01020304 } }],
      want: pol(rec(K, 'D', 5, cat('01020304'))),
    },
  ],
  [
    'REG_MULTI_SZ',
    {
      given: [{ action: 'set', key: K, valueName: 'M', value: { type: 'REG_MULTI_SZ', data: ['a', 'bc'] } }],
      want: pol(rec(K, 'M', 7, u16('a\0bc\0\0'))),
    },
  ],
  [
    'REG_MULTI_SZ empty list is one NUL',
    {
      given: [{ action: 'set', key: K, valueName: 'M', value: { type: 'REG_MULTI_SZ', data: [] } }],
      want: pol(rec(K, 'M', 7, cat('0000'))),
    },
  ],
  [
    'REG_QWORD',
    {
      given: [{ action: 'set', key: K, valueName: 'Q', value: { type: 'REG_QWORD', data: 0x0102030405060708n } }],
      want: pol(rec(K, 'Q', 11, cat('0807060504030201'))),
    },
  ],
  [
    'REG_NONE with data',
    {
      given: [{ action: 'set', key: K, valueName: 'N', value: { type: 'REG_NONE', data: Uint8Array.of(1, 2, 3) } }],
      want: pol(rec(K, 'N', 0, cat('010203'))),
    },
  ],
  [
    'default value (empty name)',
    { given: [{ action: 'set', key: K, valueName: '', value: { type: 'REG_SZ', data: 'x' } }], want: pol(rec(K, '', 1, sz('x'))) },
  ],
  [
    '**soft.',
    {
      given: [{ action: 'softSet', key: K, valueName: 'V', value: { type: 'REG_DWORD', data: 7 } }],
      want: pol(rec(K, '**soft.V', 4, u32(7))),
    },
  ],
  [
    '**del. (REG_SZ " ", size 4, as GPMC)',
    {
      given: [{ action: 'deleteValue', key: K, valueName: 'NetworkPredictionOptions' }],
      want: pol(rec(K, '**del.NetworkPredictionOptions', 1, GPMC_MARK)),
    },
  ],
  ['**del. of the default value', { given: [{ action: 'deleteValue', key: K, valueName: '' }], want: pol(rec(K, '**del.', 1, GPMC_MARK)) }],
  [
    '**delvals. (REG_SZ " ", size 4, as GPMC)',
    { given: [{ action: 'deleteAllValues', key: K }], want: pol(rec(K, '**delvals.', 1, GPMC_MARK)) },
  ],
  [
    '**DeleteValues',
    { given: [{ action: 'deleteValues', key: K, valueNames: ['a', 'b'] }], want: pol(rec(K, '**DeleteValues', 1, sz('a;b'))) },
  ],
  [
    '**DeleteKeys',
    { given: [{ action: 'deleteKeys', key: K, subkeys: ['k1', 'k2\\sub'] }], want: pol(rec(K, '**DeleteKeys', 1, sz('k1;k2\\sub'))) },
  ],
  ['**SecureKey 1', { given: [{ action: 'secureKey', key: K, secure: true }], want: pol(rec(K, '**SecureKey', 4, u32(1))) }],
  ['**SecureKey 0', { given: [{ action: 'secureKey', key: K, secure: false }], want: pol(rec(K, '**SecureKey', 4, u32(0))) }],
  ['key only (create key)', { given: [{ action: 'createKey', key: K }], want: pol(rec(K, '', 0, cat(''))) }],
  // Hand-checked hex, byte by byte.
  [
    'literal hex: **delvals. on key K',
    {
      given: [{ action: 'deleteAllValues', key: 'K' }],
      want: cat(
        '50526567 01000000',
        '5b00 4b00 0000 3b00', // [ K \0 ;
        '2a00 2a00 6400 6500 6c00 7600 6100 6c00 7300 2e00 0000 3b00', // **delvals. \0 ;
        '01000000 3b00 04000000 3b00', // REG_SZ ; 4 ;
        '2000 0000 5d00', // " " \0 ]
      ),
    },
  ],
  [
    'literal hex: key only',
    { given: [{ action: 'createKey', key: 'K' }], want: cat(HDR, '5b00 4b00 0000 3b00 0000 3b00 00000000 3b00 00000000 3b00 5d00') },
  ],
  [
    'literal hex: DWORD 2',
    {
      given: [{ action: 'set', key: 'K', valueName: 'V', value: { type: 'REG_DWORD', data: 2 } }],
      want: cat(HDR, '5b00 4b00 0000 3b00 5600 0000 3b00 04000000 3b00 04000000 3b00 02000000 5d00'),
    },
  ],
];

for (const [name, { given, want }] of both) {
  test(`encode: ${name}`, () => {
    assert.is(hex(encodePol(given, { order: 'asGiven' })), want.toString('hex'));
  });
  test(`decode: ${name}`, () => {
    assert.equal(decodePol(want), given);
  });
}

test('encode returns a plain Uint8Array with its own buffer', () => {
  const out = encodePol([{ action: 'createKey', key: 'K' }]);
  assert.is(out.constructor, Uint8Array);
  assert.is(out.byteOffset, 0);
  assert.is(out.buffer.byteLength, out.length);
});

test('decode copies binary data (no view into the input)', () => {
  const bytes = pol(rec(K, 'B', 3, cat('0102')));
  const [e] = decodePol(bytes);
  bytes.fill(0);
  assert.equal(e, { action: 'set', key: K, valueName: 'B', value: { type: 'REG_BINARY', data: Uint8Array.of(1, 2) } });
});

test('decode reads binary data containing ] ; [ by size, and a key repeated across entries', () => {
  const bytes = pol(rec(K, 'B', 3, u16(']\0;[')), rec(K, 'C', 3, cat('5d00')), rec(K + 'x', 'D', 4, u32(1)));
  assert.equal(decodePol(bytes), [
    { action: 'set', key: K, valueName: 'B', value: { type: 'REG_BINARY', data: Uint8Array.from(u16(']\0;[')) } },
    { action: 'set', key: K, valueName: 'C', value: { type: 'REG_BINARY', data: Uint8Array.of(0x5d, 0) } },
    { action: 'set', key: K + 'x', valueName: 'D', value: { type: 'REG_DWORD', data: 1 } },
  ]);
});

test('decode accepts a Uint8Array that is a view at an odd offset', () => {
  const inner = pol(rec(K, 'B', 3, cat('01')), rec(K, 'S', 1, sz('x')));
  const big = new Uint8Array(inner.length + 3);
  big.set(inner, 1);
  assert.equal(decodePol(big.subarray(1, 1 + inner.length)), decodePol(inner));
});

// ---------------------------------------------------------------------------------------------
// Canonical order

const e = {
  set: (key: string, valueName: string, data = 1): PolEntry => ({ action: 'set', key, valueName, value: { type: 'REG_DWORD', data } }),
  soft: (key: string, valueName: string): PolEntry => ({ action: 'softSet', key, valueName, value: { type: 'REG_DWORD', data: 1 } }),
  del: (key: string, valueName: string): PolEntry => ({ action: 'deleteValue', key, valueName }),
  delvals: (key: string): PolEntry => ({ action: 'deleteAllValues', key }),
  create: (key: string): PolEntry => ({ action: 'createKey', key }),
  delValues: (key: string): PolEntry => ({ action: 'deleteValues', key, valueNames: ['z'] }),
  delKeys: (key: string): PolEntry => ({ action: 'deleteKeys', key, subkeys: ['z'] }),
  secure: (key: string): PolEntry => ({ action: 'secureKey', key, secure: true }),
};

const orderCases: [string, { given: PolEntry[]; want: PolEntry[] }][] = [
  [
    'keys case-insensitive',
    {
      given: [e.set('software\\b', 'x'), e.set('Software\\A', 'x'), e.set('SOFTWARE\\c', 'x')],
      want: [e.set('Software\\A', 'x'), e.set('software\\b', 'x'), e.set('SOFTWARE\\c', 'x')],
    },
  ],
  [
    'keys segment by segment (Trust\\X before TrustedPeople, FVE\\X before FVE_NKP)',
    {
      given: [
        e.create('S\\TrustedPeople'),
        e.create('S\\FVE_NKP'),
        e.create('S\\Trust\\CTLs'),
        e.create('S\\FVE\\CRLs'),
        e.create('S\\Trust'),
      ],
      want: [
        e.create('S\\FVE\\CRLs'),
        e.create('S\\FVE_NKP'),
        e.create('S\\Trust'),
        e.create('S\\Trust\\CTLs'),
        e.create('S\\TrustedPeople'),
      ],
    },
  ],
  [
    '**delvals. first, other ** entries before values, values by name case-insensitive',
    {
      given: [
        e.set(K, 'b'),
        e.set(K, 'A'),
        e.del(K, 'z'),
        e.soft(K, 'c'),
        e.secure(K),
        e.delKeys(K),
        e.delValues(K),
        e.create(K),
        e.delvals(K),
        e.del(K, 'a'),
      ],
      want: [
        e.delvals(K),
        e.create(K),
        e.delKeys(K),
        e.delValues(K),
        e.del(K, 'a'),
        e.del(K, 'z'),
        e.secure(K),
        e.soft(K, 'c'),
        e.set(K, 'A'),
        e.set(K, 'b'),
      ],
    },
  ],
  [
    'ties broken by exact spelling, then input order (stable)',
    {
      given: [e.set(K, 'a', 1), e.set('software\\policies\\t', 'x'), e.set(K, 'A'), e.set(K, 'a', 2)],
      want: [e.set(K, 'A'), e.set(K, 'a', 1), e.set(K, 'a', 2), e.set('software\\policies\\t', 'x')],
    },
  ],
];

for (const [name, { given, want }] of orderCases) {
  test(`canonicalOrder: ${name}`, () => {
    const before = [...given];
    assert.equal(canonicalOrder(given), want);
    assert.equal(given, before, 'input not mutated');
    // encodePol defaults to canonical order.
    assert.is(hex(encodePol(given)), hex(encodePol(want, { order: 'asGiven' })));
  });
}

// ---------------------------------------------------------------------------------------------
// Malformed files: exact message and byte offset

const A = (name: string): Buffer => u16(`[A\0;${name}\0;`); // '[' at 8, key at 10, name at 16
const bad: [string, { given: Buffer; want: { at: number; message: string } }][] = [
  ['empty input', { given: cat(''), want: { at: 0, message: 'truncated header: 0 of 8 bytes' } }],
  [
    'wrong magic',
    {
      given: cat('5052454701000000'),
      want: { at: 0, message: 'wrong signature 50 52 45 47; a Registry.pol starts with 50 52 65 67 ("PReg")' },
    },
  ],
  [
    'wrong magic, short file',
    { given: cat('5045'), want: { at: 0, message: 'wrong signature 50 45; a Registry.pol starts with 50 52 65 67 ("PReg")' } },
  ],
  ['truncated header', { given: cat('50526567 0100'), want: { at: 6, message: 'truncated header: 6 of 8 bytes' } }],
  ['wrong version', { given: cat('50526567 02000000'), want: { at: 4, message: 'unsupported version 2; expected 1' } }],
  ['missing [', { given: pol(u16('X')), want: { at: 8, message: "expected '[' (5b 00) in entry 0, found 58 00" } }],
  ['half a [', { given: pol('5b'), want: { at: 8, message: "entry 0 is truncated: the file ends where '[' was expected" } }],
  [
    'key without NUL',
    { given: pol(u16('[Software')), want: { at: 10, message: 'the key of entry 0 has no NUL terminator before the end of the file' } },
  ],
  [
    'key of odd length',
    {
      given: pol(u16('[Ab'), '41'),
      want: { at: 10, message: 'the key of entry 0 has an odd number of bytes: the file ends inside a UTF-16 character' },
    },
  ],
  [
    'missing ; after key',
    { given: pol(u16('[A\0:')), want: { at: 14, message: "expected ';' after the key (3b 00) in entry 0, found 3a 00" } },
  ],
  [
    'truncated after key',
    { given: pol(u16('[A\0')), want: { at: 14, message: "entry 0 is truncated: the file ends where ';' after the key was expected" } },
  ],
  [
    'value name without NUL',
    {
      given: pol(u16('[A\0;Val')),
      want: { at: 16, message: 'the value name of entry 0 has no NUL terminator before the end of the file' },
    },
  ],
  [
    'missing ; after value name',
    { given: pol(u16('[A\0;V\0]')), want: { at: 20, message: "expected ';' after the value name (3b 00) in entry 0, found 5d 00" } },
  ],
  [
    'truncated type',
    { given: pol(A('V'), '0400'), want: { at: 22, message: 'entry 0 is truncated: the file ends inside the type field' } },
  ],
  [
    'missing ; after type',
    { given: pol(A('V'), u32(4), u16(',')), want: { at: 26, message: "expected ';' after the type (3b 00) in entry 0, found 2c 00" } },
  ],
  [
    'truncated size',
    { given: pol(A('V'), u32(4), u16(';'), '04'), want: { at: 28, message: 'entry 0 is truncated: the file ends inside the size field' } },
  ],
  [
    'missing ; after size',
    {
      given: pol(A('V'), u32(4), u16(';'), u32(4), '0000'),
      want: { at: 32, message: "expected ';' after the size (3b 00) in entry 0, found 00 00" },
    },
  ],
  [
    'size past the end',
    {
      given: pol(A('V'), u32(4), u16(';'), u32(100), u16(';'), '01000000', u16(']')),
      want: { at: 28, message: 'data size 100 runs past the end of the file (6 bytes left)' },
    },
  ],
  [
    'size 0xFFFFFFFF',
    {
      given: pol(A('V'), u32(3), u16(';'), u32(0xffffffff), u16(';'), '01'),
      want: { at: 28, message: 'data size 4294967295 runs past the end of the file (1 bytes left)' },
    },
  ],
  [
    'missing ] after data',
    {
      given: pol(A('V'), u32(4), u16(';'), u32(4), u16(';'), '01000000', u16(')')),
      want: { at: 38, message: "expected ']' after 4 bytes of data (5d 00) in entry 0, found 29 00" },
    },
  ],
  [
    'size shorter than the data',
    {
      given: pol(rec('A', 'V', 4, cat('01000000'), 2)),
      want: { at: 36, message: "expected ']' after 2 bytes of data (5d 00) in entry 0, found 00 00" },
    },
  ],
  [
    'truncated before ]',
    {
      given: pol(A('V'), u32(4), u16(';'), u32(4), u16(';'), '01000000'),
      want: { at: 38, message: "entry 0 is truncated: the file ends where ']' after 4 bytes of data was expected" },
    },
  ],
  [
    'data over the GPMC limit',
    {
      given: pol(rec('A', 'V', 3, Buffer.alloc(0x10000))),
      want: { at: 28, message: 'data size 65536 exceeds the GPMC limit of 65535 bytes' },
    },
  ],
  ['unknown type', { given: pol(rec('A', 'V', 6, cat(''))), want: { at: 22, message: 'unsupported registry type 6' } }],
  [
    'REG_DWORD of 3 bytes',
    { given: pol(rec('A', 'V', 4, cat('010000'))), want: { at: 34, message: 'REG_DWORD data must be 4 bytes, size is 3' } },
  ],
  [
    'REG_DWORD of 8 bytes',
    { given: pol(rec('A', 'V', 4, Buffer.alloc(8))), want: { at: 34, message: 'REG_DWORD data must be 4 bytes, size is 8' } },
  ],
  [
    'REG_DWORD_BIG_ENDIAN of 2 bytes',
    { given: pol(rec('A', 'V', 5, cat('0100'))), want: { at: 34, message: 'REG_DWORD_BIG_ENDIAN data must be 4 bytes, size is 2' } },
  ],
  [
    'REG_QWORD of 4 bytes',
    { given: pol(rec('A', 'V', 11, u32(1))), want: { at: 34, message: 'REG_QWORD data must be 8 bytes, size is 4' } },
  ],
  [
    'REG_SZ of odd size',
    { given: pol(rec('A', 'V', 1, cat('610000'))), want: { at: 34, message: 'REG_SZ data size 3 is odd; UTF-16 data has an even size' } },
  ],
  ['REG_SZ without NUL', { given: pol(rec('A', 'V', 1, u16('ab'))), want: { at: 34, message: 'REG_SZ data is not NUL-terminated' } }],
  ['REG_SZ of size 0', { given: pol(rec('A', 'V', 1, cat(''))), want: { at: 34, message: 'REG_SZ data is not NUL-terminated' } }],
  [
    'REG_SZ with a NUL inside',
    { given: pol(rec('A', 'V', 1, u16('a\0b\0'))), want: { at: 36, message: 'REG_SZ data has a NUL before its terminator' } },
  ],
  [
    'REG_EXPAND_SZ without NUL',
    { given: pol(rec('A', 'V', 2, u16('%x%'))), want: { at: 34, message: 'REG_EXPAND_SZ data is not NUL-terminated' } },
  ],
  [
    'REG_MULTI_SZ of odd size',
    {
      given: pol(rec('A', 'V', 7, cat('6100000000'))),
      want: { at: 34, message: 'REG_MULTI_SZ data size 5 is odd; UTF-16 data has an even size' },
    },
  ],
  [
    'REG_MULTI_SZ with one final NUL only',
    {
      given: pol(rec('A', 'V', 7, u16('a\0'))),
      want: { at: 34, message: 'REG_MULTI_SZ data does not end with two NULs (each string NUL-terminated, then a final NUL)' },
    },
  ],
  [
    'REG_MULTI_SZ of size 0',
    { given: pol(rec('A', 'V', 7, cat(''))), want: { at: 34, message: 'REG_MULTI_SZ data does not end with a NUL' } },
  ],
  [
    'key with hive HKLM\\',
    {
      given: pol(rec('HKLM\\Software', 'V', 4, u32(1))),
      want: {
        at: 10,
        message: 'key "HKLM\\\\Software" starts with a hive; write it without one (the Machine or User file decides HKLM/HKCU)',
      },
    },
  ],
  ['empty key', { given: pol(rec('', 'V', 4, u32(1))), want: { at: 10, message: 'the key is empty' } }],
  [
    'key with trailing backslash',
    {
      given: pol(rec('A\\', 'V', 4, u32(1))),
      want: { at: 10, message: 'key "A\\\\" has an empty path segment (leading, trailing or doubled \'\\\')' },
    },
  ],
  [
    'marker spelled **Del.',
    {
      given: pol(rec('A', '**Del.X', 1, GPMC_MARK)),
      want: {
        at: 16,
        message: `value name "**Del.X" spells the '**del.' marker differently from GPMC; only GPMC's spelling is read, so that the file writes back identically`,
      },
    },
  ],
  [
    '**del. with other data',
    { given: pol(rec('A', '**del.X', 1, sz('x'))), want: { at: 46, message: `'**del.' data is "x"; GPMC writes " " (20 00 00 00)` } },
  ],
  [
    '**delvals. as REG_DWORD',
    {
      given: pol(rec('A', '**delvals.', 4, u32(1))),
      want: { at: 40, message: `'**delvals.' entry 0 has type REG_DWORD; GPMC writes REG_SZ` },
    },
  ],
  [
    '**SecureKey of 2',
    { given: pol(rec('A', '**SecureKey', 4, u32(2))), want: { at: 54, message: `'**SecureKey' data is 2; expected 1 or 0` } },
  ],
  [
    '**DeleteValues with an empty name',
    { given: pol(rec('A', '**DeleteValues', 1, sz('a;;b'))), want: { at: 60, message: `'**DeleteValues' data contains an empty name` } },
  ],
  [
    'error in the second entry',
    {
      given: pol(rec('A', 'V', 4, u32(1)), rec('A', 'W', 4, cat('01'))),
      want: { at: 66, message: 'REG_DWORD data must be 4 bytes, size is 1' },
    },
  ],
];

for (const [name, { given, want }] of bad) {
  test(`decode rejects: ${name}`, () => {
    try {
      decodePol(given, { file: 'x.pol' });
      assert.unreachable('should have thrown');
    } catch (err) {
      assert.instance(err, UserError);
      const u = err as UserError;
      assert.is(u.code, 'E_POL');
      assert.equal(u.problems, [{ where: `x.pol, byte ${want.at} (0x${want.at.toString(16)})`, message: want.message }]);
      assert.is(u.message, `invalid Registry.pol: ${want.message}`);
    }
  });
}

test('decode without a file name says Registry.pol', () => {
  try {
    decodePol(cat('00'));
    assert.unreachable();
  } catch (err) {
    assert.is((err as UserError).problems[0]!.where, 'Registry.pol, byte 0 (0x0)');
  }
});

// ---------------------------------------------------------------------------------------------
// Encoder validation

const sets = (valueName: string, value: RegData, key = K): PolEntry => ({ action: 'set', key, valueName, value });
const badEntries: [string, { given: PolEntry; want: string }][] = [
  ['hive HKLM\\', { given: sets('V', { type: 'REG_DWORD', data: 1 }, 'HKLM\\Software\\X'), want: 'starts with a hive' }],
  [
    'hive HKEY_LOCAL_MACHINE\\',
    { given: sets('V', { type: 'REG_DWORD', data: 1 }, 'HKEY_LOCAL_MACHINE\\Software'), want: 'starts with a hive' },
  ],
  ['hive HKCU:\\', { given: sets('V', { type: 'REG_DWORD', data: 1 }, 'HKCU:\\Software'), want: 'starts with a hive' }],
  ['hive lower-case hklm', { given: { action: 'createKey', key: 'hklm\\Software' }, want: 'starts with a hive' }],
  [
    'value name with hive',
    { given: sets('HKLM\\x', { type: 'REG_DWORD', data: 1 }), want: 'value name "HKLM\\\\x" starts with a hive prefix' },
  ],
  ['empty key', { given: { action: 'createKey', key: '' }, want: 'the key is empty' }],
  ['leading backslash', { given: { action: 'createKey', key: '\\Software' }, want: 'empty path segment' }],
  ['doubled backslash', { given: { action: 'createKey', key: 'Software\\\\X' }, want: 'empty path segment' }],
  ['NUL in key', { given: { action: 'createKey', key: 'Soft\0ware' }, want: 'contains a NUL character' }],
  ['NUL in value name', { given: sets('a\0b', { type: 'REG_DWORD', data: 1 }), want: 'contains a NUL character' }],
  ['NUL in REG_SZ', { given: sets('V', { type: 'REG_SZ', data: 'a\0' }), want: 'REG_SZ data contains a NUL character' }],
  ['NUL in REG_MULTI_SZ', { given: sets('V', { type: 'REG_MULTI_SZ', data: ['a', 'b\0'] }), want: 'contains a NUL character' }],
  ['DWORD -1', { given: sets('V', { type: 'REG_DWORD', data: -1 }), want: 'REG_DWORD data -1 is not an integer in 0..0xFFFFFFFF' }],
  ['DWORD 1.5', { given: sets('V', { type: 'REG_DWORD', data: 1.5 }), want: 'is not an integer' }],
  ['DWORD 2^32', { given: sets('V', { type: 'REG_DWORD', data: 2 ** 32 }), want: 'is not an integer' }],
  ['DWORD NaN', { given: sets('V', { type: 'REG_DWORD_BIG_ENDIAN', data: NaN }), want: 'is not an integer' }],
  ['QWORD negative', { given: sets('V', { type: 'REG_QWORD', data: -1n }), want: 'REG_QWORD data -1 is not a bigint' }],
  ['QWORD 2^64', { given: sets('V', { type: 'REG_QWORD', data: 2n ** 64n }), want: 'is not a bigint' }],
  [
    'data over 0xFFFF',
    { given: sets('V', { type: 'REG_BINARY', data: new Uint8Array(0x10000) }), want: 'data is 65536 bytes; GPMC allows at most 65535' },
  ],
  ['string over 0xFFFF bytes', { given: sets('V', { type: 'REG_SZ', data: 'x'.repeat(0x8000) }), want: 'data is 65538 bytes' }],
  ['set with a marker name', { given: sets('**del.X', { type: 'REG_SZ', data: ' ' }), want: "is a '**' marker; use the matching action" }],
  ['set with a marker name, other case', { given: sets('**DELVALS.', { type: 'REG_SZ', data: ' ' }), want: "is a '**' marker" }],
  ['default REG_NONE without data', { given: sets('', { type: 'REG_NONE', data: new Uint8Array(0) }), want: "use action 'createKey'" }],
  ['deleteValues empty', { given: { action: 'deleteValues', key: K, valueNames: [] }, want: 'valueNames must be a non-empty list' }],
  ['deleteValues with ;', { given: { action: 'deleteValues', key: K, valueNames: ['a;b'] }, want: "contains ';', the list separator" }],
  ['deleteKeys with an empty segment', { given: { action: 'deleteKeys', key: K, subkeys: ['a\\'] }, want: 'empty path segment' }],
  ['unknown type', { given: sets('V', { type: 'REG_LINK', data: 'x' } as unknown as RegData), want: 'unknown value type "REG_LINK"' }],
  ['unknown action', { given: { action: 'frob', key: K } as unknown as PolEntry, want: 'unknown action "frob"' }],
];

for (const [name, { given, want }] of badEntries) {
  test(`encode rejects: ${name}`, () => {
    try {
      encodePol([e.create('Software\\Ok'), given]);
      assert.unreachable('should have thrown');
    } catch (err) {
      assert.instance(err, UserError);
      const u = err as UserError;
      assert.is(u.code, 'E_POL');
      assert.is(u.problems.length, 1);
      assert.ok(u.problems[0]!.message.includes(want), u.problems[0]!.message);
      assert.ok(u.problems[0]!.where.startsWith('entry '), u.problems[0]!.where);
    }
  });
}

test('encode reports every invalid entry, naming key and value name', () => {
  try {
    encodePol(
      [sets('A', { type: 'REG_DWORD', data: -1 }), sets('B', { type: 'REG_SZ', data: 'ok' }), sets('C', { type: 'REG_SZ', data: '\0' })],
      { order: 'asGiven' },
    );
    assert.unreachable();
  } catch (err) {
    const u = err as UserError;
    assert.is(u.message, 'cannot write Registry.pol: 2 invalid entries');
    assert.equal(
      u.problems.map((p) => p.where),
      [`entry 0 [${K}] "A"`, `entry 2 [${K}] "C"`],
    );
  }
});

// ---------------------------------------------------------------------------------------------
// dumpPol

test('dumpPol: one stable line per entry', () => {
  const entries: PolEntry[] = [
    { action: 'deleteAllValues', key: 'K\\L' },
    { action: 'set', key: 'K', valueName: 'S', value: { type: 'REG_SZ', data: 'a"b' } },
    { action: 'set', key: 'K', valueName: 'D', value: { type: 'REG_DWORD', data: 255 } },
    { action: 'set', key: 'K', valueName: 'Q', value: { type: 'REG_QWORD', data: 1n } },
    { action: 'set', key: 'K', valueName: 'M', value: { type: 'REG_MULTI_SZ', data: ['x', 'y'] } },
    { action: 'set', key: 'K', valueName: 'B', value: { type: 'REG_BINARY', data: Uint8Array.of(0, 0xab) } },
    { action: 'softSet', key: 'K', valueName: 'E', value: { type: 'REG_EXPAND_SZ', data: '%x%' } },
    { action: 'deleteValue', key: 'K', valueName: 'V' },
    { action: 'deleteValues', key: 'K', valueNames: ['a', 'b'] },
    { action: 'deleteKeys', key: 'K', subkeys: ['c'] },
    { action: 'secureKey', key: 'K', secure: false },
    { action: 'createKey', key: 'K' },
  ];
  assert.fixture(
    dumpPol(entries),
    [
      'deleteAllValues "K\\\\L"',
      'set "K" "S" REG_SZ "a\\"b"',
      'set "K" "D" REG_DWORD 255 (0x000000ff)',
      'set "K" "Q" REG_QWORD 1 (0x0000000000000001)',
      'set "K" "M" REG_MULTI_SZ ["x", "y"]',
      'set "K" "B" REG_BINARY 2 bytes 00ab',
      'softSet "K" "E" REG_EXPAND_SZ "%x%"',
      'deleteValue "K" "V"',
      'deleteValues "K" ["a", "b"]',
      'deleteKeys "K" ["c"]',
      'secureKey "K" false',
      'createKey "K"',
      '',
    ].join('\n'),
  );
  assert.is(dumpPol([]), '');
});

// ---------------------------------------------------------------------------------------------
// Properties

const MARKER = /^\*\*(?:del\.|delvals|soft\.|deletevalues$|deletekeys$|securekey$)/i;
const HIVE = /^(?:HKEY_|Registry::|(?:HKLM|HKCU|HKCR|HKU|HKCC)(?:\\|:|$))/i;

/** fc.record with an ordinary prototype (deep equality compares constructors). */
function plain<T extends Record<string, unknown>>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  return fc.record(model, { noNullPrototype: true }) as fc.Arbitrary<T>;
}

/** Any string without NUL: non-BMP code points and, sometimes, lone surrogates. */
const str = (maxLength: number, minLength = 0) =>
  fc
    .oneof(
      fc.string({ unit: 'binary', minLength, maxLength }),
      fc.string({ unit: fc.constantFrom('a', ';', ']', '[', '\\', '😀', '\ud800', 'é', ' ', '*'), minLength, maxLength }),
    )
    .filter((s) => !s.includes('\0'));
const segment = fc
  .oneof(fc.constantFrom('Software', 'Policies', 'Trust', 'TrustedPeople', 'FVE_NKP'), str(10, 1))
  .filter((s) => !s.includes('\\'));
const keyArb = fc
  .array(segment, { minLength: 1, maxLength: 4 })
  .map((a) => a.join('\\'))
  .filter((k) => !HIVE.test(k));
const nameArb = str(12).filter((s) => !HIVE.test(s));
const plainNameArb = nameArb.filter((s) => !MARKER.test(s));
const bytesArb = fc
  .array(fc.oneof(fc.constantFrom(0x5b, 0x5d, 0x3b, 0x00, 0x2a), fc.integer({ min: 0, max: 255 })), { maxLength: 40 })
  .map((a) => Uint8Array.from(a));
const dataArb: fc.Arbitrary<RegData> = fc.oneof(
  plain({ type: fc.constantFrom('REG_SZ' as const, 'REG_EXPAND_SZ' as const), data: str(20) }),
  plain({ type: fc.constantFrom('REG_DWORD' as const, 'REG_DWORD_BIG_ENDIAN' as const), data: fc.integer({ min: 0, max: 0xffffffff }) }),
  plain({ type: fc.constant('REG_QWORD' as const), data: fc.bigInt({ min: 0n, max: 0xffffffffffffffffn }) }),
  plain({ type: fc.constant('REG_MULTI_SZ' as const), data: fc.array(str(8), { maxLength: 4 }) }),
  plain({ type: fc.constantFrom('REG_BINARY' as const, 'REG_NONE' as const), data: bytesArb }),
);
const listItem = str(8, 1).filter((s) => !s.includes(';'));
const entryArb: fc.Arbitrary<PolEntry> = fc.oneof(
  plain({ action: fc.constant('set' as const), key: keyArb, valueName: plainNameArb, value: dataArb }).filter(
    (x) => !(x.valueName === '' && x.value.type === 'REG_NONE' && (x.value.data as Uint8Array).length === 0),
  ),
  plain({ action: fc.constant('softSet' as const), key: keyArb, valueName: nameArb, value: dataArb }),
  plain({ action: fc.constant('deleteValue' as const), key: keyArb, valueName: nameArb }),
  plain({ action: fc.constant('deleteAllValues' as const), key: keyArb }),
  plain({ action: fc.constant('deleteValues' as const), key: keyArb, valueNames: fc.array(listItem, { minLength: 1, maxLength: 3 }) }),
  plain({
    action: fc.constant('deleteKeys' as const),
    key: keyArb,
    subkeys: fc.array(
      keyArb.filter((k) => !k.includes(';')),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  plain({ action: fc.constant('secureKey' as const), key: keyArb, secure: fc.boolean() }),
  plain({ action: fc.constant('createKey' as const), key: keyArb }),
);
const RUNS = { numRuns: 300 };

test('property: decode(encode(entries, asGiven)) == entries, and encode(decode(bytes)) == bytes', () => {
  fc.assert(
    fc.property(fc.array(entryArb, { maxLength: 12 }), (entries) => {
      const bytes = encodePol(entries, { order: 'asGiven' });
      const back = decodePol(bytes);
      assert.equal(back, entries);
      assert.is(hex(encodePol(back, { order: 'asGiven' })), hex(bytes));
    }),
    RUNS,
  );
});

test('property: canonical encoding decodes to canonicalOrder and is idempotent', () => {
  fc.assert(
    fc.property(fc.array(entryArb, { maxLength: 12 }), (entries) => {
      const bytes = encodePol(entries);
      assert.equal(decodePol(bytes), canonicalOrder(entries));
      assert.is(hex(encodePol(decodePol(bytes))), hex(bytes));
      assert.equal(canonicalOrder(canonicalOrder(entries)), canonicalOrder(entries));
    }),
    { numRuns: 100 },
  );
});

/** The documented order, written the slow obvious way. */
function referenceOrder(entries: readonly PolEntry[]): PolEntry[] {
  const rank = ['deleteAllValues', 'createKey', 'deleteKeys', 'deleteValues', 'deleteValue', 'secureKey', 'softSet', 'set'];
  const name = (x: PolEntry) => ('valueName' in x ? x.valueName : '');
  const c = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const segs = (k: string) => k.toUpperCase().split('\\');
  const cs = (a: string[], b: string[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return c(a[i]!, b[i]!);
    return a.length - b.length;
  };
  return entries
    .map((x, i) => ({ x, i }))
    .sort(
      (p, q) =>
        cs(segs(p.x.key), segs(q.x.key)) ||
        c(p.x.key, q.x.key) ||
        rank.indexOf(p.x.action) - rank.indexOf(q.x.action) ||
        c(name(p.x).toUpperCase(), name(q.x).toUpperCase()) ||
        c(name(p.x), name(q.x)) ||
        p.i - q.i,
    )
    .map((p) => p.x);
}

test('property: canonicalOrder equals the documented order (reference implementation)', () => {
  const smallKey = fc
    .array(fc.constantFrom('a', 'A', 'b', 'B', '_', 'ß', 'é', 'É', 'Trust', 'TrustedPeople', 'x😀'), { minLength: 1, maxLength: 3 })
    .map((a) => a.join('\\'));
  const smallName = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'ß', 'SS', 'ss', 'é', 'É', '_', '😀', 'ǅ'), maxLength: 4 });
  const small: fc.Arbitrary<PolEntry> = fc.oneof(
    plain({
      action: fc.constant('set' as const),
      key: smallKey,
      valueName: smallName,
      value: fc.constant({ type: 'REG_DWORD' as const, data: 1 }),
    }),
    plain({ action: fc.constant('deleteValue' as const), key: smallKey, valueName: smallName }),
    plain({
      action: fc.constant('softSet' as const),
      key: smallKey,
      valueName: smallName,
      value: fc.constant({ type: 'REG_DWORD' as const, data: 2 }),
    }),
    plain({ action: fc.constant('deleteAllValues' as const), key: smallKey }),
    plain({ action: fc.constant('createKey' as const), key: smallKey }),
    plain({ action: fc.constant('secureKey' as const), key: smallKey, secure: fc.boolean() }),
  );
  fc.assert(
    fc.property(fc.array(small, { maxLength: 30 }), (entries) => {
      const got = canonicalOrder(entries);
      const want = referenceOrder(entries);
      assert.ok(
        got.every((x, i) => x === want[i]),
        dumpPol(got) + '---\n' + dumpPol(want),
      );
    }),
    RUNS,
  );
});

/** Decoding never throws anything but UserError('E_POL'); whatever it accepts writes back identically. */
function checkDecode(bytes: Uint8Array): void {
  let entries: PolEntry[];
  try {
    entries = decodePol(bytes);
  } catch (err) {
    if (!(err instanceof UserError) || err.code !== 'E_POL') throw err;
    return;
  }
  assert.is(hex(encodePol(entries, { order: 'asGiven' })), hex(bytes));
}

test('fuzz: arbitrary bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (b) => checkDecode(b)),
    RUNS,
  );
});

test('fuzz: header then arbitrary bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (b) => checkDecode(cat(HDR, Buffer.from(b)))),
    RUNS,
  );
});

test('fuzz: mutated valid files (flip, truncate, insert, delete bytes)', () => {
  const mutation = fc.oneof(
    plain({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.oneof(fc.constantFrom(0, 0x3b, 0x5b, 0x5d, 0xff), fc.nat(255)) }),
    plain({ kind: fc.constant('cut' as const), at: fc.nat(), byte: fc.constant(0) }),
    plain({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.nat(255) }),
    plain({ kind: fc.constant('delete' as const), at: fc.nat(), byte: fc.constant(0) }),
  );
  fc.assert(
    fc.property(fc.array(entryArb, { minLength: 1, maxLength: 5 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (entries, muts) => {
      let b = Buffer.from(encodePol(entries, { order: 'asGiven' }));
      for (const m of muts) {
        const at = m.at % (b.length + 1);
        if (m.kind === 'set' && at < b.length) b[at] = m.byte;
        else if (m.kind === 'cut') b = b.subarray(0, at);
        else if (m.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.of(m.byte), b.subarray(at)]);
        else if (m.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + 1)]);
      }
      checkDecode(b);
    }),
    RUNS,
  );
});

test.run();
