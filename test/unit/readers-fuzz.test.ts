/**
 * Property-based fuzzing of every reader (issue 17): any input, random or a mutation of a valid file,
 * either reads or is refused with a UserError (exit 2) — never another exception (a stack trace, exit 1),
 * never a hang. A fixed seed and a small number of runs keep `npm test` fast and repeatable;
 * `npm run fuzz` runs many more (FUZZ_RUNS, FUZZ_SEED override both).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { UserError } from '../../src/lib/errors.js';
import { decodeText } from '../../src/lib/input.js';
import { parseJsonText } from '../../src/lib/json.js';
import { parseProfile } from '../../src/catalog/load.js';
import { decodePol, encodePol } from '../../src/formats/registry-pol.js';
import { polEntriesFromJson } from '../../src/formats/pol-json.js';
import { decodeLgpo } from '../../src/formats/lgpo-text.js';
import { parseSddl, sddlToSecurityDescriptorBytes } from '../../src/formats/sddl.js';
import { parseHexText } from '../../src/formats/sd-text.js';
import { decodeSecurityDescriptor, decodeSecurityDescriptorLenient } from '../../src/formats/security-descriptor.js';
import { lintAdmx } from '../../src/formats/admx-lint.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 17);
/** Per input: the largest generated inputs are a few KiB, so a second is a hang, not slowness. */
const MAX_MS_PER_INPUT = 1_000;
const MAX_HEAP_GROWTH = 512 * 1024 * 1024;

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const POL_JSON =
  '{"entries":[{"action":"set","key":"Software\\\\Policies\\\\T","valueName":"V","value":{"type":"REG_DWORD","data":1}},{"action":"deleteValue","key":"Software\\\\Policies\\\\T","valueName":"Old"}]}';
const SDDL = 'O:BAG:BAD:(A;;CCDCLC;;;WD)(A;;CCDCLCSWRP;;;SY)(D;;CC;;;AN)';

interface Reader {
  /** Valid inputs the mutations start from. */
  seeds: Buffer[];
  read: (bytes: Buffer) => unknown;
}

const READERS: [string, Reader][] = [
  [
    'profile',
    {
      seeds: [readFileSync(new URL('../../policies/profiles/recommended.json', import.meta.url))],
      read: (b) => parseProfile(decodeText(b, 'p.json'), 'p.json'),
    },
  ],
  [
    'Registry.pol',
    { seeds: [Buffer.from(encodePol(polEntriesFromJson(JSON.parse(POL_JSON), 'seed')))], read: (b) => decodePol(b, { file: 'x.pol' }) },
  ],
  [
    'pol JSON',
    {
      seeds: [Buffer.from(POL_JSON)],
      read: (b) => polEntriesFromJson(parseJsonText(decodeText(b, 'in.json', 'E_JSON'), 'in.json'), 'in.json'),
    },
  ],
  [
    'LGPO text',
    {
      seeds: [
        Buffer.from('Computer\r\nSoftware\\Policies\\T\r\nV\r\nDWORD:1\r\n\r\nUser\r\nSoftware\\Policies\\T\r\n*\r\nDELETEALLVALUES\r\n'),
        Buffer.from('\ufeffComputer\nK\nV\nSZ:text\n', 'utf16le'),
      ],
      read: (b) => decodeLgpo(b, { file: 'x.txt' }),
    },
  ],
  ['SDDL', { seeds: [Buffer.from(SDDL)], read: (b) => sddlToSecurityDescriptorBytes(parseSddlText(b)) }],
  [
    'descriptor hex',
    {
      seeds: [Buffer.from(Buffer.from(sddlToSecurityDescriptorBytes(SDDL)).toString('hex'))],
      read: (b) => [
        decodeSecurityDescriptorLenient(parseHexText(b.toString('latin1'), 'HEX')),
        tryStrict(parseHexText(b.toString('latin1'), 'HEX')),
      ],
    },
  ],
  [
    'ADMX',
    {
      seeds: [fixture('admx/clean.admx'), fixture('admx/presentation-control-missing.admx')],
      read: (b) => lintAdmx(decodeText(b, 'x.admx', 'E_ADMX'), undefined, { admx: 'x.admx' }),
    },
  ],
  [
    'ADML',
    {
      seeds: [fixture('admx/clean.adml')],
      read: (b) =>
        lintAdmx(fixture('admx/clean.admx').toString('utf8'), decodeText(b, 'x.adml', 'E_ADMX'), { admx: 'x.admx', adml: 'x.adml' }),
    },
  ],
];

function parseSddlText(b: Buffer): string {
  const text = b.toString('latin1');
  parseSddl(text);
  return text;
}
function tryStrict(bytes: Uint8Array): unknown {
  try {
    return decodeSecurityDescriptor(bytes);
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
}

/** Byte-level mutations: flip, insert, delete, duplicate a slice, or nest (repeat a bracket run). */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 8 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 16 }) }),
  fc.record({
    op: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 64 }),
    times: fc.integer({ min: 1, max: 50 }),
  }),
  fc.record({
    op: fc.constant('syntax' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '{',
      '[',
      '"',
      '<',
      '<a>',
      '&',
      ';',
      '(',
      ')',
      ':',
      '\\',
      '\r',
      '\0',
      '\ufffd',
      'DWORD:',
      'S-1-',
      '0x',
      ']]>',
      '<!DOCTYPE x>',
    ),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(seed: Buffer, mutations: Mutation[]): Buffer {
  let b = seed;
  for (const m of mutations) {
    const at = b.length === 0 ? 0 : m.at % (b.length + 1);
    if (m.op === 'set' && b.length > 0)
      b = Buffer.concat([b.subarray(0, at % b.length), Buffer.of(m.byte), b.subarray((at % b.length) + 1)]);
    if (m.op === 'insert') b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
    if (m.op === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.length)]);
    if (m.op === 'duplicate')
      b = Buffer.concat([b.subarray(0, at), ...Array<Buffer>(m.times).fill(b.subarray(at, at + m.length)), b.subarray(at)]);
    if (m.op === 'syntax') b = Buffer.concat([b.subarray(0, at), Buffer.from(m.text), b.subarray(at)]);
  }
  return b;
}

const inputFor = (seeds: Buffer[]) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }).map((a) => Buffer.from(a)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 256 }).map((s) => Buffer.from(s)) },
    {
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([s, ms]) => mutate(s, ms)),
    },
  );

for (const [name, { seeds, read }] of READERS) {
  test(`fuzz ${name}: reads or refuses with a UserError, within bounds (${RUNS} runs, seed ${SEED})`, () => {
    for (const seed of seeds) read(seed); // the seeds themselves are valid: a mutation starts from a readable file
    const heapBefore = process.memoryUsage().heapUsed;
    fc.assert(
      fc.property(inputFor(seeds), (bytes) => {
        const started = performance.now();
        try {
          read(bytes);
        } catch (err) {
          if (!(err instanceof UserError)) throw new Error(`not a UserError: ${(err as Error)?.stack ?? String(err)}`);
        }
        const ms = performance.now() - started;
        if (ms > MAX_MS_PER_INPUT) throw new Error(`took ${Math.round(ms)} ms`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    assert.ok(process.memoryUsage().heapUsed - heapBefore < MAX_HEAP_GROWTH, 'heap stays bounded');
  });
}

test.run();
