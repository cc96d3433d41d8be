/**
 * src/lib/uuid.ts: UUIDv5 against published vectors (RFC 9562 appendix A.4 / Python's uuid module docs) and
 * independently computed ones, the GPMC spellings, and that the project namespace is what its comment says.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bracedLower, bracedUpper, T1559_UUID_NAMESPACE, UUID_NAMESPACE_DNS, UUID_NAMESPACE_URL, uuidv5 } from '../../src/lib/uuid.js';
import { InternalError } from '../../src/lib/errors.js';

const vectors: [string, { given: { name: string; namespace: string }; want: string }][] = [
  // RFC 9562 A.4 (UUIDv5 of "www.example.com" in the DNS namespace).
  ['RFC 9562 vector', { given: { name: 'www.example.com', namespace: UUID_NAMESPACE_DNS }, want: '2ed6657d-e927-568b-95e1-2665a8aea6a2' }],
  // Python documentation: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').
  ['python.org in DNS', { given: { name: 'python.org', namespace: UUID_NAMESPACE_DNS }, want: '886313e1-3b8a-5372-9b90-0c9aee199e5d' }],
  // Non-BMP name hashed as UTF-8 (value from Python's uuid.uuid5).
  [
    'non-BMP name is UTF-8',
    { given: { name: 'http://example.com/😀', namespace: UUID_NAMESPACE_URL }, want: '27c4a8db-97f5-5e9f-89b6-e30842e009ba' },
  ],
  [
    'project namespace',
    { given: { name: 'https://attack.mitre.org/techniques/T1559/', namespace: UUID_NAMESPACE_URL }, want: T1559_UUID_NAMESPACE },
  ],
  [
    'upper-case namespace accepted',
    { given: { name: 'python.org', namespace: UUID_NAMESPACE_DNS.toUpperCase() }, want: '886313e1-3b8a-5372-9b90-0c9aee199e5d' },
  ],
];

for (const [name, { given, want }] of vectors) {
  test(`uuidv5: ${name}`, () => {
    assert.is(uuidv5(given.name, given.namespace), want);
  });
}

test('uuidv5: version 5 and RFC 4122 variant bits for many names', () => {
  for (let i = 0; i < 200; i++) {
    const u = uuidv5(`name ${i}`);
    assert.match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
});

test('uuidv5: default namespace is the project namespace, different names differ', () => {
  assert.is(uuidv5('x'), uuidv5('x', T1559_UUID_NAMESPACE));
  assert.is.not(uuidv5('x'), uuidv5('y'));
  assert.is.not(uuidv5('x'), uuidv5('x', UUID_NAMESPACE_DNS));
});

const spellings: [string, { given: string; want: { upper: string; lower: string } }][] = [
  [
    'lower input',
    {
      given: '2ed6657d-e927-568b-95e1-2665a8aea6a2',
      want: { upper: '{2ED6657D-E927-568B-95E1-2665A8AEA6A2}', lower: '{2ed6657d-e927-568b-95e1-2665a8aea6a2}' },
    },
  ],
  [
    'upper input',
    {
      given: '2ED6657D-E927-568B-95E1-2665A8AEA6A2',
      want: { upper: '{2ED6657D-E927-568B-95E1-2665A8AEA6A2}', lower: '{2ed6657d-e927-568b-95e1-2665a8aea6a2}' },
    },
  ],
];
for (const [name, { given, want }] of spellings) {
  test(`braced spellings: ${name}`, () => {
    assert.is(bracedUpper(given), want.upper);
    assert.is(bracedLower(given), want.lower);
  });
}

const hostile: [string, { given: string }][] = [
  ['braces already', { given: '{2ed6657d-e927-568b-95e1-2665a8aea6a2}' }],
  ['too short', { given: '2ed6657d-e927-568b-95e1-2665a8aea6a' }],
  ['not hex', { given: '2ed6657d-e927-568b-95e1-2665a8aea6ag' }],
  ['empty', { given: '' }],
];
for (const [name, { given }] of hostile) {
  test(`bad UUID text is an internal error: ${name}`, () => {
    assert.throws(
      () => bracedUpper(given),
      (e: unknown) => e instanceof InternalError,
    );
    assert.throws(
      () => uuidv5('x', given),
      (e: unknown) => e instanceof InternalError,
    );
  });
}

test.run();
