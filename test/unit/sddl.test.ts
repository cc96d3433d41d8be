import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { UserError } from '../../src/lib/errors.js';
import {
  describeComRights,
  formatRights,
  formatSddl,
  formatSid,
  parseSddl,
  SDDL_RELATIVE_SID_ALIASES,
  SDDL_SID_ALIASES,
  sddlSidToString,
  sddlToSecurityDescriptorBytes,
  securityDescriptorBytesToSddl,
} from '../../src/formats/sddl.js';
import {
  canonicalSid,
  decodeSecurityDescriptor,
  encodeSecurityDescriptor,
  parseSid,
  sidToString,
  type Ace,
  type AceType,
  type AclSlot,
  type SecurityDescriptor,
} from '../../src/formats/security-descriptor.js';

/* ------------------------------------------------------------------------------------------------ */
/* helpers                                                                                           */
/* ------------------------------------------------------------------------------------------------ */

/** "01,00,04,80 ..." (commas, spaces, newlines or backslashes between bytes) -> bytes. */
function hex(text: string): Uint8Array {
  const parts = text
    .replace(/\\/g, ' ')
    .split(/[\s,]+/)
    .filter((p) => p.length > 0);
  return Uint8Array.from(parts.map((p) => parseInt(p, 16)));
}
const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(',');

function assertBytes(actual: Uint8Array, expected: Uint8Array, label: string): void {
  assert.is(toHex(actual), toHex(expected), label);
}

/** Run fn, expect a UserError with this code, `where` and a message matching `message`. */
function expectUserError(fn: () => unknown, code: 'E_SDDL' | 'E_SD', where: string, message: RegExp | string): void {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof UserError)) throw new Error(`expected UserError, got ${String(err)}`);
    assert.is(err.code, code);
    assert.is(err.problems.length, 1, 'one problem');
    const p = err.problems[0]!;
    assert.is(p.where, where, `where for ${p.message}`);
    if (typeof message === 'string') assert.ok(p.message.includes(message), `message "${p.message}" should include "${message}"`);
    else assert.match(p.message, message);
    return;
  }
  assert.unreachable(`expected UserError ${code} at ${where}`);
}

/* ------------------------------------------------------------------------------------------------ */
/* Known answers: published registry exports                                                         */
/* ------------------------------------------------------------------------------------------------ */

/*
 * These are regedit exports of HKLM\SOFTWARE\Microsoft\Ole as written by Windows / dcomcnfg, published in the
 * blog post "DCOM Settings For Missing Windows Updates Section" (gerryw1389/gerryw1389.github.io, 2016-05-26),
 * and of HKCR\AppID\{8EEC1D19-363F-4A92-832E-A6C250124685} (7-Zip) quoted in a public AutoIt script. They are
 * the strongest evidence for the layout: header, DACL at 0x14, then owner, then group, with ACE sizes and
 * AclSize exactly as we compute them.
 */
const PUBLISHED: { name: string; sddl: string; hex: string }[] = [
  {
    // The Windows default launch permission: Administrators, Interactive, SYSTEM get every COM right.
    name: 'Ole DefaultLaunchPermission',
    sddl: 'O:BAG:BAD:(A;;CCDCLCSWRP;;;BA)(A;;CCDCLCSWRP;;;IU)(A;;CCDCLCSWRP;;;SY)',
    hex: `01,00,04,80,5c,00,00,00,6c,00,00,00,00,00,00,00,
      14,00,00,00,02,00,48,00,03,00,00,00,00,00,18,00,1f,00,00,00,01,02,00,00,00,
      00,00,05,20,00,00,00,20,02,00,00,00,00,14,00,1f,00,00,00,01,01,00,00,00,00,
      00,05,04,00,00,00,00,00,14,00,1f,00,00,00,01,01,00,00,00,00,00,05,12,00,00,
      00,01,02,00,00,00,00,00,05,20,00,00,00,20,02,00,00,01,02,00,00,00,00,00,05,
      20,00,00,00,20,02,00,00`,
  },
  {
    // Default machine-wide access limit. S-1-5-32-562 is "Distributed COM Users": it has no SDDL alias
    // (CD is Certificate Service DCOM Access, S-1-5-32-574), so it stays numeric.
    name: 'Ole MachineAccessRestriction',
    sddl: 'O:BAG:BAD:(A;;CCDCLC;;;WD)(A;;CCDC;;;AN)(A;;CCDCLC;;;S-1-5-32-562)(A;;CCDCLC;;;LU)',
    hex: `01,00,04,80,74,00,00,00,84,00,00,00,00,00,00,00,
      14,00,00,00,02,00,60,00,04,00,00,00,00,00,14,00,07,00,00,00,01,01,00,00,00,
      00,00,01,00,00,00,00,00,00,14,00,03,00,00,00,01,01,00,00,00,00,00,05,07,00,
      00,00,00,00,18,00,07,00,00,00,01,02,00,00,00,00,00,05,20,00,00,00,32,02,00,
      00,00,00,18,00,07,00,00,00,01,02,00,00,00,00,00,05,20,00,00,00,2f,02,00,00,
      01,02,00,00,00,00,00,05,20,00,00,00,20,02,00,00,01,02,00,00,00,00,00,05,20,
      00,00,00,20,02,00,00`,
  },
  {
    // Default machine-wide launch limit: Everyone gets local launch and activation only (0x0b).
    name: 'Ole MachineLaunchRestriction',
    sddl: 'O:BAG:BAD:(A;;CCDCLCSWRP;;;BA)(A;;CCDCSW;;;WD)(A;;CCDCLCSWRP;;;S-1-5-32-562)(A;;CCDCLCSWRP;;;LU)',
    hex: `01,00,04,80,78,00,00,00,88,00,00,00,00,00,00,00,
      14,00,00,00,02,00,64,00,04,00,00,00,00,00,18,00,1f,00,00,00,01,02,00,00,00,
      00,00,05,20,00,00,00,20,02,00,00,00,00,14,00,0b,00,00,00,01,01,00,00,00,00,
      00,01,00,00,00,00,00,00,18,00,1f,00,00,00,01,02,00,00,00,00,00,05,20,00,00,
      00,32,02,00,00,00,00,18,00,1f,00,00,00,01,02,00,00,00,00,00,05,20,00,00,00,
      2f,02,00,00,01,02,00,00,00,00,00,05,20,00,00,00,20,02,00,00,01,02,00,00,00,
      00,00,05,20,00,00,00,20,02,00,00`,
  },
  {
    // AppID LaunchPermission that denies everything to Everyone: a deny ACE (AceType 0x01).
    name: 'AppID LaunchPermission (deny Everyone)',
    sddl: 'O:BAG:BAD:(D;;CCDCLCSWRP;;;WD)',
    hex: `01,00,04,80,30,00,00,00,40,00,00,00,00,00,00,00,14,00,
      00,00,02,00,1c,00,01,00,00,00,01,00,14,00,1f,00,00,00,01,01,00,00,00,00,00,
      01,00,00,00,00,01,02,00,00,00,00,00,05,20,00,00,00,20,02,00,00,01,02,00,00,
      00,00,00,05,20,00,00,00,20,02,00,00`,
  },
  {
    name: 'AppID AccessPermission (SELF and SYSTEM)',
    sddl: 'O:BAG:BAD:(A;;CCDC;;;PS)(A;;CCDC;;;SY)',
    hex: `01,00,04,80,44,00,00,00,54,00,00,00,00,00,00,00,14,00,
      00,00,02,00,30,00,02,00,00,00,00,00,14,00,03,00,00,00,01,01,00,00,00,00,00,
      05,0a,00,00,00,00,00,14,00,03,00,00,00,01,01,00,00,00,00,00,05,12,00,00,00,
      01,02,00,00,00,00,00,05,20,00,00,00,20,02,00,00,01,02,00,00,00,00,00,05,20,
      00,00,00,20,02,00,00`,
  },
];

for (const k of PUBLISHED) {
  test(`known answer (published): ${k.name}: SDDL -> bytes`, () => {
    assertBytes(sddlToSecurityDescriptorBytes(k.sddl), hex(k.hex), k.name);
  });
  test(`known answer (published): ${k.name}: bytes -> SDDL`, () => {
    assert.is(securityDescriptorBytesToSddl(hex(k.hex)), k.sddl);
  });
}

/* ------------------------------------------------------------------------------------------------ */
/* Known answers: derived by hand, field by field                                                    */
/* ------------------------------------------------------------------------------------------------ */

test('known answer (by hand): O:BAG:BAD:(A;;CCDCLCSWRP;;;WD)(A;;CCDCLCSWRP;;;BA)', () => {
  // prettier-ignore
  const expected = Uint8Array.from([
    // SECURITY_DESCRIPTOR header (MS-DTYP 2.4.6), 20 bytes
    0x01, // Revision 1
    0x00, // Sbz1
    0x04,
    0x80, // Control 0x8004 = SE_SELF_RELATIVE | SE_DACL_PRESENT
    0x48,
    0x00,
    0x00,
    0x00, // OffsetOwner 72 = 20 + 52 (after the DACL)
    0x58,
    0x00,
    0x00,
    0x00, // OffsetGroup 88 = 72 + 16
    0x00,
    0x00,
    0x00,
    0x00, // OffsetSacl 0 (no SACL)
    0x14,
    0x00,
    0x00,
    0x00, // OffsetDacl 20 (right after the header)
    // ACL (MS-DTYP 2.4.5) at 20
    0x02, // AclRevision 2
    0x00, // Sbz1
    0x34,
    0x00, // AclSize 52 = 8 + 20 + 24
    0x02,
    0x00, // AceCount 2
    0x00,
    0x00, // Sbz2
    // ACE 1 at 28: ACCESS_ALLOWED_ACE (2.4.4.2), Everyone
    0x00, // AceType ACCESS_ALLOWED
    0x00, // AceFlags none
    0x14,
    0x00, // AceSize 20 = 4 header + 4 mask + 12 SID
    0x1f,
    0x00,
    0x00,
    0x00, // Mask 0x1f = CC DC LC SW RP = all five COM rights
    0x01,
    0x01, // SID revision 1, 1 sub-authority
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x01, // IdentifierAuthority 1 (WORLD), big-endian
    0x00,
    0x00,
    0x00,
    0x00, // SubAuthority 0 -> S-1-1-0
    // ACE 2 at 48: ACCESS_ALLOWED_ACE, BUILTIN\Administrators
    0x00,
    0x00,
    0x18,
    0x00, // AceSize 24 = 4 + 4 + 16
    0x1f,
    0x00,
    0x00,
    0x00,
    0x01,
    0x02, // SID revision 1, 2 sub-authorities
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x05, // authority 5 (NT)
    0x20,
    0x00,
    0x00,
    0x00, // 32 (BUILTIN)
    0x20,
    0x02,
    0x00,
    0x00, // 544 -> S-1-5-32-544
    // owner SID at 72: BA
    0x01,
    0x02,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x05,
    0x20,
    0x00,
    0x00,
    0x00,
    0x20,
    0x02,
    0x00,
    0x00,
    // group SID at 88: BA; total 104 bytes
    0x01,
    0x02,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x05,
    0x20,
    0x00,
    0x00,
    0x00,
    0x20,
    0x02,
    0x00,
    0x00,
  ]);
  const text = 'O:BAG:BAD:(A;;CCDCLCSWRP;;;WD)(A;;CCDCLCSWRP;;;BA)';
  const bytes = sddlToSecurityDescriptorBytes(text);
  assert.is(bytes.length, 104);
  assertBytes(bytes, expected, 'hand-built');
  assert.is(securityDescriptorBytesToSddl(expected), text);
});

test('known answer (by hand): SACL first, PROTECTED/AUTO_INHERITED control bits, ACE flags', () => {
  const text = 'O:SYG:SYD:PAI(D;OICI;SD;;;AN)(A;OICIID;FA;;;SY)S:AI(AU;SAFA;RC;;;WD)';
  // prettier-ignore
  const expected = Uint8Array.from([
    0x01,
    0x00,
    0x14,
    0x9c, // Control 0x9c14 = SELF_RELATIVE 0x8000 | SACL_AUTO_INHERITED 0x0800
    //   | DACL_PROTECTED 0x1000 | DACL_AUTO_INHERITED 0x0400 | SACL_PRESENT 0x10 | DACL_PRESENT 0x04
    0x60,
    0x00,
    0x00,
    0x00, // OffsetOwner 96 = 20 + 28 + 48
    0x6c,
    0x00,
    0x00,
    0x00, // OffsetGroup 108 = 96 + 12
    0x14,
    0x00,
    0x00,
    0x00, // OffsetSacl 20: the SACL comes first
    0x30,
    0x00,
    0x00,
    0x00, // OffsetDacl 48 = 20 + 28
    // SACL at 20
    0x02,
    0x00,
    0x1c,
    0x00,
    0x01,
    0x00,
    0x00,
    0x00, // revision 2, AclSize 28, 1 ACE
    0x02, // SYSTEM_AUDIT_ACE_TYPE
    0xc0, // SUCCESSFUL_ACCESS 0x40 | FAILED_ACCESS 0x80
    0x14,
    0x00,
    0x00,
    0x00,
    0x02,
    0x00, // READ_CONTROL 0x20000
    0x01,
    0x01,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    0x00,
    0x00,
    0x00, // S-1-1-0
    // DACL at 48
    0x02,
    0x00,
    0x30,
    0x00,
    0x02,
    0x00,
    0x00,
    0x00, // AclSize 48 = 8 + 20 + 20, 2 ACEs
    0x01, // ACCESS_DENIED_ACE_TYPE
    0x03, // OBJECT_INHERIT 0x01 | CONTAINER_INHERIT 0x02
    0x14,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00, // DELETE 0x10000
    0x01,
    0x01,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x05,
    0x07,
    0x00,
    0x00,
    0x00, // S-1-5-7 Anonymous
    0x00, // ACCESS_ALLOWED
    0x13, // OI | CI | INHERITED 0x10
    0x14,
    0x00,
    0xff,
    0x01,
    0x1f,
    0x00, // FILE_ALL_ACCESS 0x1f01ff
    0x01,
    0x01,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x05,
    0x12,
    0x00,
    0x00,
    0x00, // S-1-5-18 SYSTEM
    // owner at 96, group at 108: SYSTEM; total 120
    0x01,
    0x01,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x05,
    0x12,
    0x00,
    0x00,
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x05,
    0x12,
    0x00,
    0x00,
    0x00,
  ]);
  assertBytes(sddlToSecurityDescriptorBytes(text), expected, 'hand-built with SACL');
  assert.is(securityDescriptorBytesToSddl(expected), text);
});

test('known answer (by hand): object ACE, GUID byte order, ACL revision 4, no owner/group', () => {
  const text = 'D:(OA;CI;CR;00299570-246d-11d0-a768-00aa006e0529;;S-1-5-21-1-2-3-1104)';
  // prettier-ignore
  const expected = Uint8Array.from([
    0x01,
    0x00,
    0x04,
    0x80, // Control 0x8004
    0x00,
    0x00,
    0x00,
    0x00, // no owner
    0x00,
    0x00,
    0x00,
    0x00, // no group
    0x00,
    0x00,
    0x00,
    0x00, // no SACL
    0x14,
    0x00,
    0x00,
    0x00, // DACL at 20
    0x04,
    0x00,
    0x40,
    0x00,
    0x01,
    0x00,
    0x00,
    0x00, // ACL_REVISION_DS 4, AclSize 64 = 8 + 56, 1 ACE
    0x05, // ACCESS_ALLOWED_OBJECT_ACE_TYPE (2.4.4.3)
    0x02, // CONTAINER_INHERIT
    0x38,
    0x00, // AceSize 56 = 4 + 4 mask + 4 flags + 16 GUID + 28 SID
    0x00,
    0x01,
    0x00,
    0x00, // CONTROL_ACCESS 0x100
    0x01,
    0x00,
    0x00,
    0x00, // Flags ACE_OBJECT_TYPE_PRESENT
    0x70,
    0x95,
    0x29,
    0x00, // Data1 00299570, little-endian
    0x6d,
    0x24, // Data2 246d, little-endian
    0xd0,
    0x11, // Data3 11d0, little-endian
    0xa7,
    0x68,
    0x00,
    0xaa,
    0x00,
    0x6e,
    0x05,
    0x29, // Data4 as written
    0x01,
    0x05,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x05, // SID rev 1, 5 sub-authorities, authority 5
    0x15,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    0x00,
    0x00,
    0x02,
    0x00,
    0x00,
    0x00,
    0x03,
    0x00,
    0x00,
    0x00,
    0x50,
    0x04,
    0x00,
    0x00, // 1104 -> S-1-5-21-1-2-3-1104
  ]);
  assertBytes(sddlToSecurityDescriptorBytes(text), expected, 'object ACE');
  assert.is(securityDescriptorBytesToSddl(expected), text);
});

/* ------------------------------------------------------------------------------------------------ */
/* Table tests: accepted forms                                                                       */
/* ------------------------------------------------------------------------------------------------ */

const firstAce = (text: string, section: 'dacl' | 'sacl' = 'dacl'): Ace => {
  const slot = parseSddl(text)[section];
  const ace = slot?.aces?.[0];
  if (!ace) throw new Error(`no ACE in ${text}`);
  return ace;
};

const G = '00299570-246d-11d0-a768-00aa006e0529';
const ACE_TYPE_CASES: [string, string, AceType, number, 'dacl' | 'sacl', number][] = [
  // [name, sddl, model type, AceType byte, slot, ACL revision]
  ['A allow', 'D:(A;;CC;;;WD)', 'allow', 0x00, 'dacl', 2],
  ['D deny', 'D:(D;;CC;;;WD)', 'deny', 0x01, 'dacl', 2],
  ['OA object allow', `D:(OA;;CC;${G};;WD)`, 'objectAllow', 0x05, 'dacl', 4],
  ['OD object deny', `D:(OD;;CC;;${G};WD)`, 'objectDeny', 0x06, 'dacl', 4],
  ['AU audit', 'S:(AU;SA;CC;;;WD)', 'audit', 0x02, 'sacl', 2],
  ['AL alarm', 'S:(AL;FA;CC;;;WD)', 'alarm', 0x03, 'sacl', 2],
  ['OU object audit', `S:(OU;SA;CC;${G};;WD)`, 'objectAudit', 0x07, 'sacl', 4],
  ['OL object alarm', `S:(OL;SA;CC;${G};${G};WD)`, 'objectAlarm', 0x08, 'sacl', 4],
  ['OA without GUIDs becomes A (ConvertStringSecurityDescriptorToSecurityDescriptor)', 'D:(OA;;CC;;;WD)', 'allow', 0x00, 'dacl', 2],
];
for (const [name, text, typeName, type, slot, revision] of ACE_TYPE_CASES) {
  test(`ACE type: ${name}`, () => {
    const sd = parseSddl(text);
    assert.is(sd[slot]?.aces?.[0]?.type, typeName);
    const bytes = encodeSecurityDescriptor(sd);
    const aclAt = slot === 'dacl' ? 16 : 12;
    const off = new DataView(bytes.buffer).getUint32(aclAt, true);
    assert.is(bytes[off], revision, 'AclRevision byte');
    assert.is(bytes[off + 8], type, 'AceType byte');
  });
}

const ACE_FLAG_CASES: [string, number][] = [
  ['', 0x00],
  ['OI', 0x01],
  ['CI', 0x02],
  ['NP', 0x04],
  ['IO', 0x08],
  ['ID', 0x10],
  ['SA', 0x40],
  ['FA', 0x80],
  ['OICI', 0x03],
  ['CIOI', 0x03],
  ['OICINPIOIDSAFA', 0xdf],
];
for (const [flags, value] of ACE_FLAG_CASES) {
  test(`ACE flags: '${flags}' = 0x${value.toString(16)}`, () => {
    assert.is(firstAce(`S:(AU;${flags};CC;;;WD)`, 'sacl').flags, value);
    const bytes = sddlToSecurityDescriptorBytes(`S:(AU;${flags};CC;;;WD)`);
    assert.is(bytes[20 + 8 + 1], value, 'AceFlags byte');
  });
}

const RIGHTS_CASES: [string, number][] = [
  ['CC', 0x1],
  ['DC', 0x2],
  ['LC', 0x4],
  ['SW', 0x8],
  ['RP', 0x10],
  ['CCDCLCSWRP', 0x1f],
  ['RPSWLCDCCC', 0x1f],
  ['WP', 0x20],
  ['DT', 0x40],
  ['LO', 0x80],
  ['CR', 0x100],
  ['SD', 0x10000],
  ['RC', 0x20000],
  ['WD', 0x40000],
  ['WO', 0x80000],
  ['GA', 0x10000000],
  ['GX', 0x20000000],
  ['GW', 0x40000000],
  ['GR', 0x80000000],
  ['FA', 0x1f01ff],
  ['FR', 0x120089],
  ['FW', 0x120116],
  ['FX', 0x1200a0],
  ['KA', 0xf003f],
  ['KR', 0x20019],
  ['KW', 0x20006],
  ['KX', 0x20019],
  ['CCCC', 0x1],
  ['0x1f', 0x1f],
  ['0X1F', 0x1f],
  ['0x0', 0],
  ['0x80000000', 0x80000000],
  ['0xffffffff', 0xffffffff],
  ['0x1200a9', 0x1200a9],
];
for (const [rights, mask] of RIGHTS_CASES) {
  test(`rights: ${rights} = 0x${mask.toString(16)}`, () => {
    assert.is(firstAce(`D:(A;;${rights};;;WD)`).mask, mask);
    const bytes = sddlToSecurityDescriptorBytes(`D:(A;;${rights};;;WD)`);
    assert.is(new DataView(bytes.buffer).getUint32(20 + 8 + 4, true), mask, 'Mask field');
  });
}

const FORMAT_RIGHTS: [number, string][] = [
  [0x1f, 'CCDCLCSWRP'],
  [0x0b, 'CCDCSW'],
  [0x07, 'CCDCLC'],
  [0x03, 'CCDC'],
  [0x10, 'RP'],
  [0x1f01ff, 'FA'],
  [0x20019, 'KR'],
  [0xf003f, 'KA'],
  [0x1200a9, '0x1200a9'], // SYNCHRONIZE (0x100000) has no letter
  [0x200, '0x200'],
  [0x0, '0x0'],
  [0x80000000, 'GR'],
  [0x100e003f, 'CCDCLCSWRPWPRCWDWOGA'],
];
for (const [mask, want] of FORMAT_RIGHTS) {
  test(`formatRights 0x${mask.toString(16)} -> ${want}`, () => {
    assert.is(formatRights(mask), want);
  });
}

const SID_CASES: [string, string, string][] = [
  // [SDDL SID, standard string, canonical SDDL form]
  ['S-1-5-32-544', 'S-1-5-32-544', 'BA'],
  ['S-1-0x000000000005-32-544', 'S-1-5-32-544', 'BA'],
  ['S-1-0x5-18', 'S-1-5-18', 'SY'],
  ['S-1-0x123456789ABC-1', 'S-1-0x123456789ABC-1', 'S-1-0x123456789ABC-1'],
  ['S-1-0xffffffffffff', 'S-1-0xFFFFFFFFFFFF', 'S-1-0xFFFFFFFFFFFF'],
  ['S-1-4294967295-4294967295', 'S-1-4294967295-4294967295', 'S-1-4294967295-4294967295'],
  ['S-1-5', 'S-1-5', 'S-1-5'],
  ['S-1-5-32-562', 'S-1-5-32-562', 'S-1-5-32-562'],
  [
    'S-1-5-21-1004336348-1177238915-682003330-512',
    'S-1-5-21-1004336348-1177238915-682003330-512',
    'S-1-5-21-1004336348-1177238915-682003330-512',
  ],
  ['S-1-5-1-2-3-4-5-6-7-8-9-10-11-12-13-14-15', 'S-1-5-1-2-3-4-5-6-7-8-9-10-11-12-13-14-15', 'S-1-5-1-2-3-4-5-6-7-8-9-10-11-12-13-14-15'],
  ['S-1-5-007', 'S-1-5-7', 'AN'],
];
for (const [input, standard, canonical] of SID_CASES) {
  test(`SID form: ${input}`, () => {
    const ace = firstAce(`D:(A;;CC;;;${input})`);
    assert.is(ace.sid, standard);
    assert.is(formatSid(ace.sid), canonical);
    assert.is(sddlSidToString(input), standard);
    assert.is(canonicalSid(input), standard);
    // Owner position too (a SID followed by another section).
    const sd = parseSddl(`O:${input}G:${input}D:`);
    assert.is(sd.owner, standard);
    assert.is(sd.group, standard);
  });
}

test('SID form: hex authority ending in D right before D: is not eaten', () => {
  const sd = parseSddl('O:S-1-0xADG:BAD:(A;;CC;;;S-1-0xAD)');
  assert.is(sd.owner, 'S-1-173');
  assert.is(sd.dacl!.aces![0]!.sid, 'S-1-173');
  const sd2 = parseSddl('O:S-1-0xADD:');
  assert.is(sd2.owner, 'S-1-173');
  assert.ok(sd2.dacl);
});

test('parseSid / canonicalSid (model SID strings)', () => {
  assert.equal(parseSid('S-1-5-32-544'), { authority: 5, subAuthorities: [32, 544] });
  assert.equal(parseSid('S-1-0xFFFFFFFFFFFF'), { authority: 2 ** 48 - 1, subAuthorities: [] });
  assert.is(canonicalSid('S-1-0x0000000005-007'), 'S-1-5-7');
  assert.is(canonicalSid('S-1-4294967296-1'), 'S-1-0x000100000000-1');
  for (const bad of [
    '',
    'BA',
    'S-1',
    'S-2-5',
    'S-1-5-',
    'S-1-5-4294967296',
    'S-1-0x1000000000000',
    'S-1-5' + '-1'.repeat(16),
    's-1-5-18',
    'S-1-5-18 ',
  ]) {
    assert.is(parseSid(bad), null, bad);
  }
});

/** Independent expectations for the aliases the brief names (MS-DTYP 2.4.2.4). */
const ALIAS_EXPECTED: Record<string, string> = {
  AA: 'S-1-5-32-579',
  AC: 'S-1-15-2-1',
  AN: 'S-1-5-7',
  AU: 'S-1-5-11',
  BA: 'S-1-5-32-544',
  BG: 'S-1-5-32-546',
  BO: 'S-1-5-32-551',
  BU: 'S-1-5-32-545',
  CD: 'S-1-5-32-574',
  CG: 'S-1-3-1',
  CO: 'S-1-3-0',
  ED: 'S-1-5-9',
  IU: 'S-1-5-4',
  LS: 'S-1-5-19',
  LU: 'S-1-5-32-559',
  NS: 'S-1-5-20',
  NU: 'S-1-5-2',
  PS: 'S-1-5-10',
  PU: 'S-1-5-32-547',
  RD: 'S-1-5-32-555',
  RU: 'S-1-5-32-554',
  SO: 'S-1-5-32-549',
  SU: 'S-1-5-6',
  SY: 'S-1-5-18',
  WD: 'S-1-1-0',
};
for (const [alias, expected] of Object.entries(ALIAS_EXPECTED)) {
  test(`SID alias ${alias} = ${expected}`, () => {
    assert.is(firstAce(`D:(A;;CC;;;${alias})`).sid, expected);
    assert.is(sddlSidToString(alias), expected);
  });
}
test('every accepted alias parses and formats back to itself (owner, group and ACE positions)', () => {
  for (const [alias, { sid: s }] of Object.entries(SDDL_SID_ALIASES)) {
    const text = `O:${alias}G:${alias}D:(A;;CC;;;${alias})`;
    const sd = parseSddl(text);
    assert.is(sd.owner, s, alias);
    assert.is(formatSddl(sd), text, alias);
    assert.is(formatSid(s), alias);
  }
});
test('every domain-relative alias is rejected with the RID to use', () => {
  for (const [alias, { rid }] of Object.entries(SDDL_RELATIVE_SID_ALIASES)) {
    expectUserError(
      () => parseSddl(`D:(A;;CC;;;${alias})`),
      'E_SDDL',
      'sddl[11]',
      new RegExp(`'${alias}'.*full SID.*S-1-5-21-<(domain|machine)>-${rid}$`),
    );
  }
});

const ACL_FLAG_CASES: [string, number, boolean][] = [
  // [DACL text, Control, NULL DACL]
  ['D:', 0x8004, false],
  ['D:P', 0x9004, false],
  ['D:AI', 0x8404, false],
  ['D:AR', 0x8104, false],
  ['D:PAI', 0x9404, false],
  ['D:PARAI', 0x9504, false],
  ['D:AIARP', 0x9504, false],
  ['D:NO_ACCESS_CONTROL', 0x8004, true],
  ['D:PNO_ACCESS_CONTROL', 0x9004, true],
  ['S:', 0x8010, false],
  ['S:PAIAR', 0xaa10, false],
  ['S:NO_ACCESS_CONTROL', 0x8010, true],
];
for (const [text, control, isNull] of ACL_FLAG_CASES) {
  test(`ACL flags: ${text} -> control 0x${control.toString(16)}`, () => {
    const bytes = sddlToSecurityDescriptorBytes(text);
    const view = new DataView(bytes.buffer);
    assert.is(view.getUint16(2, true), control);
    const aclOffset = view.getUint32(text.startsWith('D') ? 16 : 12, true);
    if (isNull) {
      assert.is(aclOffset, 0, 'NULL ACL has offset 0');
      assert.is(bytes.length, 20);
    } else {
      assert.is(aclOffset, 20);
      assert.is(bytes.length, 28, 'empty ACL is just its 8-byte header');
      assert.is(view.getUint16(22, true), 8, 'AclSize 8');
    }
  });
}

test('absent parts: no O:, G:, D: or S: gives offsets 0 and no PRESENT bits', () => {
  const bytes = sddlToSecurityDescriptorBytes('O:SY');
  assertBytes(bytes, hex('01 00 00 80 14 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01 01 00 00 00 00 00 05 12 00 00 00'), 'owner only');
  assert.is(formatSddl(decodeSecurityDescriptor(bytes)), 'O:SY');
});

test('sections in any order; output in O, G, D, S order', () => {
  const sd = parseSddl('S:(AU;SA;CC;;;WD)D:(A;;CC;;;WD)G:SYO:BA');
  assert.is(formatSddl(sd), 'O:BAG:SYD:(A;;CC;;;WD)S:(AU;SA;CC;;;WD)');
});

const CANONICAL: [string, string][] = [
  ['O:BAG:BAD:(A;;0x1f;;;S-1-5-32-544)', 'O:BAG:BAD:(A;;CCDCLCSWRP;;;BA)'],
  ['D:AIARP(A;CIOI;KX;;;SY)', 'D:PARAI(A;OICI;KR;;;SY)'],
  ['D:(OA;;CC;;;WD)', 'D:(A;;CC;;;WD)'],
  [`D:(OA;;CC;${G.toUpperCase()};;WD)`, `D:(OA;;CC;${G};;WD)`],
  ['D:(A;;0x1200A9;;;BU)', 'D:(A;;0x1200a9;;;BU)'],
  ['D:(A;;GAGR;;;S-1-1-0)', 'D:(A;;GAGR;;;WD)'],
];
for (const [input, want] of CANONICAL) {
  test(`canonical form: ${input} -> ${want}`, () => {
    assert.is(formatSddl(parseSddl(input)), want);
    assert.is(securityDescriptorBytesToSddl(sddlToSecurityDescriptorBytes(input)), want);
  });
}

const ROUND_TRIP = [
  ...PUBLISHED.map((k) => k.sddl),
  'O:BAG:BAD:(A;;CCDCLCSWRP;;;WD)(A;;CCDCLCSWRP;;;BA)',
  'O:SYG:SYD:PAI(D;OICI;SD;;;AN)(A;OICIID;FA;;;SY)S:AI(AU;SAFA;RC;;;WD)',
  'D:NO_ACCESS_CONTROL',
  'D:',
  'O:S-1-5-21-1-2-3-500D:P(A;;CCDCLCSWRP;;;S-1-5-21-1-2-3-512)(D;;LCRP;;;NU)',
  `D:(OA;CIIO;RPWP;${G};${G};AU)(OD;;CR;;${G};S-1-0xFFFFFFFFFFFF-1)`,
  'G:BUS:P(AL;NP;0xffffffff;;;UD)',
];
for (const text of ROUND_TRIP) {
  test(`round trip parse->encode->decode->format: ${text}`, () => {
    const sd = parseSddl(text);
    const bytes = encodeSecurityDescriptor(sd);
    const back = decodeSecurityDescriptor(bytes);
    assert.equal(back, sd);
    assert.is(formatSddl(back), text);
    assertBytes(encodeSecurityDescriptor(back), bytes, 're-encode');
  });
}

test('describeComRights', () => {
  assert.equal(describeComRights(0x0b), ['EXECUTE', 'EXECUTE_LOCAL', 'ACTIVATE_LOCAL']);
  assert.equal(describeComRights(0x1f), ['EXECUTE', 'EXECUTE_LOCAL', 'EXECUTE_REMOTE', 'ACTIVATE_LOCAL', 'ACTIVATE_REMOTE']);
  assert.equal(describeComRights(0x14), ['EXECUTE_REMOTE', 'ACTIVATE_REMOTE']);
  assert.equal(describeComRights(0), []);
  assert.equal(describeComRights(0x20001), ['EXECUTE', '0x20000']);
  assert.equal(describeComRights(0xffffffff), [
    'EXECUTE',
    'EXECUTE_LOCAL',
    'EXECUTE_REMOTE',
    'ACTIVATE_LOCAL',
    'ACTIVATE_REMOTE',
    '0xffffffe0',
  ]);
});

/* ------------------------------------------------------------------------------------------------ */
/* SDDL errors: one per error, with offset                                                           */
/* ------------------------------------------------------------------------------------------------ */

const SDDL_ERRORS: [string, string, string, RegExp | string][] = [
  // [name, input, where, message]
  ['empty', '', 'sddl[0]', 'empty SDDL; expected at least one section'],
  ['whitespace', 'O:BA G:BA', 'sddl[4]', "whitespace and control characters are not allowed in SDDL (found ' ')"],
  ['control character', 'O:BA\nG:BA', 'sddl[4]', 'found U+000A'],
  ['unknown section', 'X:BA', 'sddl[0]', "expected a section O:, G:, D: or S:, found 'X'"],
  ['missing colon', 'OBA', 'sddl[1]', "expected ':' after section letter 'O', found 'B'"],
  ['duplicate section', 'O:BAO:SY', 'sddl[4]', 'the O: section appears twice (first at sddl[0])'],
  ['SID revision', 'O:S-2-5', 'sddl[4]', 'SID revision must be 1'],
  ['SID missing authority', 'O:S-1-', 'sddl[6]', 'expected the identifier authority'],
  ['SID missing sub-authority', 'O:S-1-5-', 'sddl[8]', "expected a decimal sub-authority after '-', found end of input"],
  ['SID sub-authority over 32 bits', 'O:S-1-5-4294967296', 'sddl[8]', 'does not fit in 32 bits'],
  ['SID 16 sub-authorities', 'O:S-1-5-1-2-3-4-5-6-7-8-9-10-11-12-13-14-15-16', 'sddl[44]', 'at most 15 sub-authorities'],
  ['SID decimal authority >= 2^32', 'O:S-1-4294967296-1', 'sddl[6]', 'write it in hex as 0x and 12 hex digits'],
  ['SID hex authority too long', 'O:S-1-0x1234567890ABC', 'sddl[8]', 'longer than 12 hex digits'],
  ['SID hex authority without digits', 'O:S-1-0x-5', 'sddl[8]', 'expected hex digits of the identifier authority after 0x'],
  ['lower-case s-', 'O:s-1-5-18', 'sddl[2]', 'write SIDs with a capital S'],
  [
    'domain alias DA',
    'O:DA',
    'sddl[2]',
    "SID alias 'DA' (Domain Admins) is relative to the domain and would depend on where the descriptor is built; write the full SID instead: S-1-5-21-<domain>-512",
  ],
  ['domain alias DU in ACE', 'D:(A;;CC;;;DU)', 'sddl[11]', 'S-1-5-21-<domain>-513'],
  ['forest alias EA', 'G:EA', 'sddl[2]', 'S-1-5-21-<domain>-519'],
  [
    'machine alias LA',
    'O:LA',
    'sddl[2]',
    'relative to the machine and would depend on where the descriptor is built; write the full SID instead: S-1-5-21-<machine>-500',
  ],
  ['unknown alias', 'O:XY', 'sddl[2]', "unknown SID alias 'XY'; use a full SID (S-1-...) or one of AA, AC"],
  ['lower-case alias', 'O:ba', 'sddl[2]', "SID aliases are upper case: write 'BA', not 'ba'"],
  ['not a SID', 'O:1', 'sddl[2]', "expected a SID (S-1-...) or a two-letter SID alias such as BA or SY, found '1'"],
  ['owner missing', 'O:', 'sddl[2]', 'found end of input'],
  ['junk after owner', 'O:BAX', 'sddl[4]', "unexpected 'X' after the owner SID"],
  ['junk after group SID', 'G:S-1-5-18Q', 'sddl[10]', "unexpected 'Q' after the group SID"],
  [
    'bad ACL flag',
    'D:Q(A;;CC;;;WD)',
    'sddl[2]',
    "expected ACL flags (P, AI, AR, NO_ACCESS_CONTROL), '(' to start an ACE, or the next section (O:, G:, D:, S:), found 'Q'",
  ],
  ['repeated ACL flag', 'D:PP', 'sddl[3]', "ACL flag 'P' is repeated"],
  ['NULL ACL with ACEs', 'D:NO_ACCESS_CONTROL(A;;CC;;;WD)', 'sddl[19]', 'NO_ACCESS_CONTROL means a NULL ACL, which cannot hold ACEs'],
  ['unterminated ACE', 'D:(A;;CC;;;WD', 'sddl[2]', "unterminated ACE: missing ')'"],
  ['( inside ACE', 'D:(A;;CC;;;WD(A;;CC;;;WD)', 'sddl[13]', "unexpected '(' inside an ACE"],
  [
    'too few ACE fields',
    'D:(A;;CC;;WD)',
    'sddl[12]',
    'ACE has 5 fields; expected 6: type;flags;rights;object_guid;inherit_object_guid;sid',
  ],
  ['7th ACE field', 'D:(A;;CC;;;WD;(x))', 'sddl[13]', 'conditional ACEs and resource attributes (a 7th ACE field) are not supported'],
  ['empty ACE type', 'D:(;;CC;;;WD)', 'sddl[3]', 'expected an ACE type'],
  ['unknown ACE type', 'D:(Q;;CC;;;WD)', 'sddl[3]', "unknown ACE type 'Q'; expected one of A, D, OA, OD, AU, AL, OU, OL"],
  ['unsupported ACE type', 'D:(XA;;CC;;;WD)', 'sddl[3]', "ACE type 'XA' (callback (conditional) allow) is not supported"],
  ['mandatory label unsupported', 'S:(ML;;NW;;;LW)', 'sddl[3]', "ACE type 'ML' (mandatory label) is not supported"],
  ['audit ACE in DACL', 'D:(AU;SA;CC;;;WD)', 'sddl[3]', "ACE type 'AU' is an audit/alarm ACE; it belongs in the S: (SACL) section, not D:"],
  ['allow ACE in SACL', 'S:(A;;CC;;;WD)', 'sddl[3]', "ACE type 'A' is an access ACE; it belongs in the D: (DACL) section, not S:"],
  ['unknown ACE flag', 'D:(A;XX;CC;;;WD)', 'sddl[5]', "unknown ACE flag 'XX'; expected any of OI, CI, NP, IO, ID, SA, FA (or nothing)"],
  ['odd ACE flag', 'D:(A;CIO;CC;;;WD)', 'sddl[7]', "unknown ACE flag 'O'"],
  ['empty rights', 'D:(A;;;;;WD)', 'sddl[6]', 'expected access rights: hex such as 0x1f, or letters such as CCDCLCSWRP'],
  ['unknown right', 'D:(A;;CCZZ;;;WD)', 'sddl[8]', "unknown access right 'ZZ'; expected hex (0x1f) or letters: COM rights CC DC LC SW RP"],
  ['lower-case right', 'D:(A;;cc;;;WD)', 'sddl[6]', "rights letters are upper case: 'CC'"],
  ['decimal rights', 'D:(A;;31;;;WD)', 'sddl[6]', 'write a numeric access mask in hex with 0x (e.g. 0x1f)'],
  ['bad hex rights', 'D:(A;;0x1g;;;WD)', 'sddl[9]', "expected 1 to 8 hex digits after 0x in the access mask, found 'g'"],
  ['hex rights too long', 'D:(A;;0x123456789;;;WD)', 'sddl[16]', 'expected 1 to 8 hex digits after 0x'],
  ['GUID on non-object ACE', `D:(A;;CC;${G};;WD)`, 'sddl[9]', "a GUID is only allowed in object ACEs (OA, OD, OU, OL), not in 'A'"],
  ['bad GUID', 'D:(OA;;CC;not-a-guid;;WD)', 'sddl[10]', "expected a GUID like 00299570-246d-11d0-a768-00aa006e0529, found 'not-a-guid'"],
  ['bad inherited GUID', `D:(OA;;CC;;${G}x;WD)`, 'sddl[11]', 'expected a GUID like'],
  ['empty ACE SID', 'D:(A;;CC;;;)', 'sddl[11]', 'expected the account SID of the ACE'],
  ['junk after ACE SID', 'D:(A;;CC;;;WDX)', 'sddl[13]', "unexpected 'X' after the ACE's SID; expected ')'"],
  ['junk after ACEs', 'D:(A;;CC;;;WD)X', 'sddl[14]', "expected '(' to start another ACE or the next section (O:, G:, D:, S:), found 'X'"],
];
for (const [name, input, where, message] of SDDL_ERRORS) {
  test(`SDDL error: ${name}`, () => {
    expectUserError(() => parseSddl(input), 'E_SDDL', where, message);
  });
}

test('SDDL errors render with code and offset', () => {
  try {
    parseSddl('O:DA');
  } catch (err) {
    assert.instance(err, UserError);
    assert.match((err as UserError).render(), /^error E_SDDL: invalid SDDL\n {2}sddl\[2\]: SID alias 'DA'/);
    return;
  }
  assert.unreachable();
});

/* ------------------------------------------------------------------------------------------------ */
/* Decode errors: one per check, by mutating a valid descriptor                                      */
/* ------------------------------------------------------------------------------------------------ */

/*
 * BASE = O:BAG:BAD:(A;;CCDCLCSWRP;;;WD)(A;;CCDCLCSWRP;;;BA), 104 bytes:
 *   0 header | 20 DACL header (AclSize at 22, AceCount at 24) | 28 ACE 1 (size at 30, SID at 36) |
 *   48 ACE 2 (SID at 56) | 72 owner SID | 88 group SID
 */
const BASE = sddlToSecurityDescriptorBytes('O:BAG:BAD:(A;;CCDCLCSWRP;;;WD)(A;;CCDCLCSWRP;;;BA)');
function mutate(edits: [at: number, bytes: number[]][], length = BASE.length): Uint8Array {
  const b = new Uint8Array(length);
  b.set(BASE.subarray(0, Math.min(length, BASE.length)));
  for (const [at, bytes] of edits) b.set(bytes, at);
  return b;
}
/** An SD whose DACL holds one ACE given as raw bytes (ACL revision `rev`). */
function withAce(ace: number[], rev = 2): Uint8Array {
  const size = 8 + ace.length;
  return Uint8Array.from([0x01, 0x00, 0x04, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x14, 0, 0, 0, rev, 0, size, 0, 1, 0, 0, 0, ...ace]);
}
const WD_SID = [0x01, 0x01, 0, 0, 0, 0, 0, 0x01, 0, 0, 0, 0];

const DECODE_ERRORS: [string, Uint8Array, string, RegExp | string][] = [
  ['too short', BASE.subarray(0, 10), 'byte 10', 'only 10 bytes; a security descriptor header is 20 bytes'],
  ['revision', mutate([[0, [2]]]), 'byte 0', 'revision is 2; it must be 1'],
  ['Sbz1', mutate([[1, [1]]]), 'byte 1', 'Sbz1 is 0x01; it must be 0'],
  ['not self-relative', mutate([[2, [0x04, 0x00]]]), 'byte 2', 'lacks SE_SELF_RELATIVE (0x8000): this is an absolute descriptor'],
  ['control bit SDDL cannot express', mutate([[2, [0x05, 0x80]]]), 'byte 2', 'sets SE_OWNER_DEFAULTED (0x0001), which SDDL cannot express'],
  ['RM control valid', mutate([[2, [0x04, 0xc0]]]), 'byte 2', 'SE_RM_CONTROL_VALID (0x4000)'],
  [
    'PROTECTED without PRESENT',
    mutate([
      [2, [0x00, 0x90]],
      [16, [0, 0, 0, 0]],
    ]),
    'byte 2',
    'sets DACL flags (PROTECTED / AUTO_INHERITED / AUTO_INHERIT_REQ) without SE_DACL_PRESENT',
  ],
  ['offset into header', mutate([[4, [8, 0, 0, 0]]]), 'byte 4', 'owner offset 8 points into the 20-byte header'],
  ['offset past end', mutate([[8, [200, 0, 0, 0]]]), 'byte 8', 'group offset 200 is past the end of the data (104 bytes)'],
  ['unaligned offset', mutate([[4, [73, 0, 0, 0]]]), 'byte 4', 'owner offset 73 is not 4-byte aligned'],
  ['DACL offset without PRESENT', mutate([[2, [0x00, 0x80]]]), 'byte 16', 'DACL offset 20 is set but SE_DACL_PRESENT is clear'],
  ['SACL offset without PRESENT', mutate([[12, [72, 0, 0, 0]]]), 'byte 12', 'SACL offset 72 is set but SE_SACL_PRESENT is clear'],
  ['owner SID revision', mutate([[72, [2]]]), 'byte 72', 'owner: SID revision is 2; it must be 1'],
  ['owner SID too many sub-authorities', mutate([[73, [16]]]), 'byte 73', 'owner: SID sub-authority count is 16; the maximum is 15'],
  ['group SID truncated', mutate([[89, [3]]]), 'byte 89', 'group: SID with 3 sub-authorities needs 20 bytes but only 16 remain'],
  ['SID header truncated', mutate([[8, [100, 0, 0, 0]]]), 'byte 100', 'group: SID header needs 8 bytes but only 4 remain'],
  ['ACL revision', mutate([[20, [3]]]), 'byte 20', 'DACL: ACL revision is 3; it must be 2 (ACL_REVISION) or 4 (ACL_REVISION_DS)'],
  ['ACL Sbz1', mutate([[21, [1]]]), 'byte 21', 'DACL: ACL Sbz1 is 1; it must be 0'],
  ['ACL Sbz2', mutate([[26, [1]]]), 'byte 26', 'DACL: ACL Sbz2 must be 0'],
  ['AclSize below header', mutate([[22, [4, 0]]]), 'byte 22', 'DACL: AclSize 4 is smaller than the 8-byte ACL header'],
  ['AclSize not multiple of 4', mutate([[22, [0x35, 0]]]), 'byte 22', 'DACL: AclSize 53 is not a multiple of 4'],
  [
    'AclSize past end',
    mutate([[22, [0x80, 0]]]),
    'byte 22',
    'DACL: AclSize 128 runs past the end of the data (84 bytes from the ACL start)',
  ],
  [
    'ACL size mismatch (unused bytes)',
    mutate([[22, [0x38, 0]]]),
    'byte 72',
    'DACL: AclSize 56 but its 2 ACEs end 52 bytes into it (ACL size mismatch)',
  ],
  ['AceCount too large', mutate([[24, [3, 0]]]), 'byte 72', 'DACL ACE 3: ACE header runs past the end of the ACL (AclSize 52, AceCount 3)'],
  ['AceSize overflows ACL', mutate([[50, [0x1c, 0]]]), 'byte 50', 'DACL ACE 2: AceSize 28 overflows the ACL (24 bytes left in AclSize 52)'],
  ['AceSize larger than content', mutate([[30, [0x18, 0]]]), 'byte 30', 'DACL ACE 1: AceSize 24 but the ACE content takes 20 bytes'],
  ['AceSize not multiple of 4', mutate([[30, [0x13, 0]]]), 'byte 30', 'DACL ACE 1: AceSize 19 is not a multiple of 4'],
  ['AceSize too small', mutate([[30, [0x0c, 0]]]), 'byte 30', 'DACL ACE 1: AceSize 12 is too small to hold a mask and a SID'],
  [
    'ACE SID count overflows AceSize',
    mutate([[37, [2]]]),
    'byte 37',
    'DACL ACE 1: SID with 2 sub-authorities needs 16 bytes but only 12 remain',
  ],
  ['unsupported ACE type', mutate([[28, [0x11]]]), 'byte 28', 'DACL ACE 1: ACE type 0x11 is not supported'],
  [
    'audit ACE in DACL',
    mutate([[28, [0x02]]]),
    'byte 28',
    'DACL ACE 1: SYSTEM_AUDIT (0x02) is an audit/alarm ACE and cannot appear in a DACL',
  ],
  ['undefined ACE flag', mutate([[29, [0x20]]]), 'byte 29', 'DACL ACE 1: ACE flags 0x20 contain the undefined bit 0x20'],
  [
    'object ACE in revision-2 ACL',
    withAce([0x05, 0, 0x14, 0, 1, 0, 0, 0, 0, 0, 0, 0, ...WD_SID.slice(0, 8)]),
    'byte 20',
    'DACL: ACL revision 2 cannot hold ACCESS_ALLOWED_OBJECT (0x05); object ACEs need revision 4',
  ],
  [
    'object ACE flags',
    withAce([0x05, 0, 0x14, 0, 1, 0, 0, 0, 4, 0, 0, 0, ...WD_SID.slice(0, 8)], 4),
    'byte 36',
    'object ACE Flags 0x0004 has bits other than 0x1 and 0x2',
  ],
  [
    'object ACE GUID past AceSize',
    withAce([0x05, 0, 0x14, 0, 1, 0, 0, 0, 1, 0, 0, 0, ...WD_SID.slice(0, 8)], 4),
    'byte 40',
    'DACL ACE 1: ObjectType GUID runs past AceSize 20',
  ],
  [
    'ACE SID revision',
    withAce([0x00, 0, 0x14, 0, 1, 0, 0, 0, 9, ...WD_SID.slice(1)]),
    'byte 36',
    'DACL ACE 1: SID revision is 9; it must be 1',
  ],
];
for (const [name, bytes, where, message] of DECODE_ERRORS) {
  test(`decode error: ${name}`, () => {
    expectUserError(() => decodeSecurityDescriptor(bytes), 'E_SD', where, message);
  });
}

test('decode normalises an ACL revision 4 without object ACEs (re-encoded as revision 2)', () => {
  const bytes = withAce([0x00, 0, 0x14, 0, 0x1f, 0, 0, 0, ...WD_SID], 4);
  const sd = decodeSecurityDescriptor(bytes);
  assert.is(formatSddl(sd), 'D:(A;;CCDCLCSWRP;;;WD)');
  const again = encodeSecurityDescriptor(sd);
  assert.is(again[20], 2);
  assert.equal(Array.from(again.subarray(21)), Array.from(bytes.subarray(21)));
});

test('decode accepts a descriptor inside a larger buffer (byteOffset)', () => {
  const big = new Uint8Array(BASE.length + 7);
  big.set(BASE, 7);
  assert.is(formatSddl(decodeSecurityDescriptor(big.subarray(7))), 'O:BAG:BAD:(A;;CCDCLCSWRP;;;WD)(A;;CCDCLCSWRP;;;BA)');
});

test('encode rejects models it cannot write', () => {
  const ace = (over: Partial<Ace>): SecurityDescriptor => ({
    owner: null,
    group: null,
    sacl: null,
    dacl: {
      protected: false,
      autoInherited: false,
      autoInheritRequired: false,
      aces: [{ type: 'allow', flags: 0, mask: 1, objectType: null, inheritedObjectType: null, sid: 'S-1-1-0', ...over }],
    },
  });
  expectUserError(() => encodeSecurityDescriptor(ace({ flags: 0x20 })), 'E_SD', 'DACL ACE 1', 'undefined bits');
  expectUserError(() => encodeSecurityDescriptor(ace({ type: 'audit' })), 'E_SD', 'DACL ACE 1', 'belongs in the SACL');
  expectUserError(() => encodeSecurityDescriptor(ace({ type: 'bogus' as AceType })), 'E_SD', 'DACL ACE 1', 'unsupported ACE type "bogus"');
  expectUserError(
    () => encodeSecurityDescriptor(ace({ type: 'objectAllow', objectType: G.toUpperCase() })),
    'E_SD',
    'DACL ACE 1',
    'is not a lower-case GUID string',
  );
  expectUserError(() => encodeSecurityDescriptor(ace({ objectType: G })), 'E_SD', 'DACL ACE 1', 'cannot carry object GUIDs');
  expectUserError(() => encodeSecurityDescriptor(ace({ mask: -1 })), 'E_SD', 'DACL ACE 1', 'not an unsigned 32-bit integer');
  expectUserError(() => encodeSecurityDescriptor(ace({ sid: 'S-1-5' + '-1'.repeat(16) })), 'E_SD', 'DACL ACE 1', 'is not a SID');
  expectUserError(() => encodeSecurityDescriptor(ace({ sid: 'S-1-0x1000000000000' })), 'E_SD', 'DACL ACE 1', 'is not a SID');
  expectUserError(() => encodeSecurityDescriptor(ace({ sid: 'BA' })), 'E_SD', 'DACL ACE 1', '"BA" is not a SID');
  expectUserError(() => encodeSecurityDescriptor({ ...ace({}), owner: 'S-1-5-4294967296' }), 'E_SD', 'owner', 'is not a SID');
  const many = ace({});
  many.dacl!.aces = new Array(3300).fill(many.dacl!.aces![0]);
  expectUserError(() => encodeSecurityDescriptor(many), 'E_SD', 'DACL', 'AclSize is 16-bit');
});

/* ------------------------------------------------------------------------------------------------ */
/* Properties                                                                                        */
/* ------------------------------------------------------------------------------------------------ */

/** Plain objects, so uvu's deep equality (which compares constructors) matches the codec's output. */
const NO_NULL_PROTO = { noNullPrototype: true } as const;
const u32 = fc.bigInt({ min: 0n, max: 0xffffffffn }).map(Number);
const arbSid: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...Object.values(SDDL_SID_ALIASES).map((a) => a.sid)),
  fc
    .record({
      authority: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.bigInt({ min: 0n, max: 2n ** 48n - 1n }).map(Number)),
      subAuthorities: fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }), u32), { maxLength: 15 }),
    })
    .map(sidToString),
);
const arbGuid = fc.uuid().map((g) => g.toLowerCase());
const aceFlagBits = [0x01, 0x02, 0x04, 0x08, 0x10, 0x40, 0x80];
const arbAceFlags = fc.subarray(aceFlagBits).map((bits) => bits.reduce((a, b) => a | b, 0));
const arbMask = fc.oneof(fc.integer({ min: 0, max: 0x1f }), u32, fc.constantFrom(0x1f01ff, 0x20019, 0x1200a9, 0x80000000));

function arbAce(system: boolean): fc.Arbitrary<Ace> {
  const plain: AceType[] = system ? ['audit', 'alarm'] : ['allow', 'deny'];
  const object: AceType[] = system ? ['objectAudit', 'objectAlarm'] : ['objectAllow', 'objectDeny'];
  const plainAce = fc.record(
    {
      type: fc.constantFrom(...plain),
      flags: arbAceFlags,
      mask: arbMask,
      objectType: fc.constant(null),
      inheritedObjectType: fc.constant(null),
      sid: arbSid,
    },
    NO_NULL_PROTO,
  );
  // Object ACEs always carry at least one GUID: SDDL "OA" without GUIDs is read as "A" (see sddl.ts).
  const objectAce = fc
    .record(
      {
        type: fc.constantFrom(...object),
        flags: arbAceFlags,
        mask: arbMask,
        objectType: fc.option(arbGuid, { nil: null }),
        inheritedObjectType: fc.option(arbGuid, { nil: null }),
        sid: arbSid,
      },
      NO_NULL_PROTO,
    )
    .filter((a) => a.objectType !== null || a.inheritedObjectType !== null);
  return fc.oneof({ arbitrary: plainAce, weight: 4 }, { arbitrary: objectAce, weight: 1 }) as fc.Arbitrary<Ace>;
}

function arbSlot(system: boolean): fc.Arbitrary<AclSlot> {
  return fc.record(
    {
      protected: fc.boolean(),
      autoInherited: fc.boolean(),
      autoInheritRequired: fc.boolean(),
      aces: fc.option(fc.array(arbAce(system), { maxLength: 6 }), { nil: null, freq: 8 }),
    },
    NO_NULL_PROTO,
  );
}

const arbSd: fc.Arbitrary<SecurityDescriptor> = fc.record(
  {
    owner: fc.option(arbSid, { nil: null }),
    group: fc.option(arbSid, { nil: null }),
    dacl: fc.option(arbSlot(false), { nil: null }),
    sacl: fc.option(arbSlot(true), { nil: null }),
  },
  NO_NULL_PROTO,
);

test('property: random descriptors round trip encode->decode and format->parse', () => {
  fc.assert(
    fc.property(arbSd, (sd) => {
      const bytes = encodeSecurityDescriptor(sd);
      assert.equal(decodeSecurityDescriptor(bytes), sd);
      const text = formatSddl(sd);
      if (text.length > 0) {
        assert.equal(parseSddl(text), sd);
        assertBytes(sddlToSecurityDescriptorBytes(text), bytes, text);
      }
    }),
    { numRuns: 500 },
  );
});

function decodesOrUserError(bytes: Uint8Array): void {
  let sd: SecurityDescriptor;
  try {
    sd = decodeSecurityDescriptor(bytes);
  } catch (err) {
    if (err instanceof UserError && err.code === 'E_SD' && /^byte \d+$/.test(err.problems[0]?.where ?? '')) return;
    throw err;
  }
  // Anything that decodes is representable: it re-encodes and decodes to the same model.
  assert.equal(decodeSecurityDescriptor(encodeSecurityDescriptor(sd)), sd);
}

test('property: random bytes decode or throw UserError E_SD, never anything else', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 160 }), decodesOrUserError), { numRuns: 2000 });
});

test('property: valid descriptors with random byte edits decode or throw UserError E_SD', () => {
  const arbEdited = arbSd
    .map((sd) => encodeSecurityDescriptor(sd))
    .chain((bytes) =>
      fc
        .array(fc.tuple(fc.nat({ max: Math.max(0, bytes.length - 1) }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 })
        .chain((edits) =>
          fc.nat({ max: bytes.length }).map((cut) => {
            const b = Uint8Array.from(bytes);
            for (const [at, v] of edits) b[at] = v;
            return b.subarray(0, cut === 0 ? b.length : Math.max(cut, 1));
          }),
        ),
    );
  fc.assert(fc.property(arbEdited, decodesOrUserError), { numRuns: 2000 });
});

test('property: random SDDL-ish text parses or throws UserError E_SDDL, never anything else', () => {
  const alphabet = fc.constantFrom(
    ...'OGDS:()-;0123456789xABCDEFPRIWLNSY_ .'.split(''),
    'S-1-5-',
    '(A;;',
    ';;;WD)',
    'NO_ACCESS_CONTROL',
    'CCDC',
  );
  fc.assert(
    fc.property(
      fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')),
      (text) => {
        try {
          const sd = parseSddl(text);
          assert.equal(parseSddl(formatSddl(sd)), sd);
        } catch (err) {
          if (err instanceof UserError && err.code === 'E_SDDL' && /^sddl\[\d+\]$/.test(err.problems[0]?.where ?? '')) return;
          throw err;
        }
      },
    ),
    { numRuns: 2000 },
  );
});

test.run();
