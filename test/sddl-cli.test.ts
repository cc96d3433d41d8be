/** `t1559 sddl encode|decode` (in-process, test/helpers/run-cli.ts): the admin's view of the security descriptor codec. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseHexText, regHexText } from '../src/formats/sd-text.js';
import { decodeSecurityDescriptor, decodeSecurityDescriptorLenient, encodeSecurityDescriptor } from '../src/formats/security-descriptor.js';
import { parseSddl, sddlToSecurityDescriptorBytes } from '../src/formats/sddl.js';
import { UserError } from '../src/lib/errors.js';
import { runCli } from './helpers/run-cli.js';

const run = (args: string[]) => runCli(args);
const SDDL = 'O:BAG:BAD:(A;;CCDCLCSWRP;;;BA)(A;;CCDCSW;;;SY)(A;;CCDCSW;;;IU)';

test('encode then decode through the CLI gives the SDDL back, with COM rights spelled out', async () => {
  const enc = await run(['sddl', 'encode', SDDL]);
  assert.is(enc.code, 0, enc.stderr);
  const dec = await run(['sddl', 'decode', enc.stdout.trim()]);
  assert.is(dec.code, 0, dec.stderr);
  assert.is(dec.stdout.split('\n')[0], SDDL);
  assert.match(dec.stdout, /allow SY\s+0xb\s+EXECUTE, EXECUTE_LOCAL, ACTIVATE_LOCAL/);
});

test('the .reg form round-trips through decode', async () => {
  const reg = await run(['sddl', 'encode', SDDL, '--format', 'reg', '--value-name', 'DefaultLaunchPermission']);
  assert.is(reg.code, 0);
  assert.match(reg.stdout, /^"DefaultLaunchPermission"=hex:01,00,04,80,/);
  const value = reg.stdout.slice(reg.stdout.indexOf('=') + 1);
  assert.is((await run(['sddl', 'decode', value])).stdout.split('\n')[0], SDDL);
});

const HEX_FORMS: [string, string][] = [
  ['plain', '0100'],
  ['spaced', '01 00'],
  ['0x prefix', '0x0100'],
  ['.reg', 'hex:01,00'],
  ['.reg wrapped', 'hex:01,\\\r\n  00'],
];
for (const [name, text] of HEX_FORMS) test(`hex text form: ${name}`, () => assert.equal([...parseHexText(text)], [1, 0]));

test('bad hex and bad SDDL exit 2 with where and how', async () => {
  const hex = await run(['sddl', 'decode', '01 0g']);
  assert.is(hex.code, 2);
  assert.match(hex.stderr, /unexpected character "g"/);
  const sddl = await run(['sddl', 'encode', 'O:BAG:BAD:(A;;CCXX;;;BA)']);
  assert.is(sddl.code, 2);
  assert.match(sddl.stderr, /sddl\[16\]: unknown access right 'XX'/);
});

test('lenient decode names control bits SDDL cannot express (as Windows leaves on real descriptors)', async () => {
  const bytes = sddlToSecurityDescriptorBytes('O:BAG:BAD:(A;;CCDC;;;BA)');
  const withOrphanSaclBit = Uint8Array.from(bytes);
  withOrphanSaclBit[3] = withOrphanSaclBit[3]! | 0x08; // SE_SACL_AUTO_INHERITED (0x0800) without SE_SACL_PRESENT
  assert.throws(
    () => decodeSecurityDescriptor(withOrphanSaclBit),
    (e: unknown) => e instanceof UserError && /SACL flags/.test(e.render()),
  );
  const { sd, ignored } = decodeSecurityDescriptorLenient(withOrphanSaclBit);
  assert.equal(ignored, ['SE_SACL_AUTO_INHERITED (0x0800)']);
  assert.equal(encodeSecurityDescriptor(sd), bytes, 'the rest is intact');
  assert.equal(sd, parseSddl('O:BAG:BAD:(A;;CCDC;;;BA)'));
  const cli = await run(['sddl', 'decode', Buffer.from(withOrphanSaclBit).toString('hex')]);
  assert.match(cli.stdout, /note: control bit SE_SACL_AUTO_INHERITED \(0x0800\) has no SDDL form/);
  assert.is((await run(['sddl', 'decode', Buffer.from(withOrphanSaclBit).toString('hex'), '--strict'])).code, 2);
});

test('regHexText wraps like regedit and escapes the value name', () => {
  const text = regHexText(new Uint8Array(40), 'a"b\\c');
  assert.match(text, /^"a\\"b\\\\c"=hex:00,/);
  for (const line of text.split('\r\n')) assert.ok(line.length <= 80, line);
});

test.run();
