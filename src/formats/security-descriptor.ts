/**
 * Self-relative security descriptors: the binary form Windows stores in REG_BINARY values such as
 * `HKLM\SOFTWARE\Microsoft\Ole\DefaultLaunchPermission` or `AppID\{...}\LaunchPermission`.
 *
 * Specs:
 * - [MS-DTYP] 2.4.6 SECURITY_DESCRIPTOR: 20-byte header
 *   `Revision(1)=1 | Sbz1(1)=0 | Control(2) | OffsetOwner(4) | OffsetGroup(4) | OffsetSacl(4) | OffsetDacl(4)`,
 *   all little-endian; an offset of 0 means "absent". Control bits are listed in `SE` below.
 * - [MS-DTYP] 2.4.5 ACL: `AclRevision(1)=2|4 | Sbz1(1)=0 | AclSize(2) | AceCount(2) | Sbz2(2)=0` then the ACEs.
 *   AclSize counts the 8-byte header plus every ACE. Revision 4 (ACL_REVISION_DS) is required as soon as the
 *   ACL holds an object ACE; otherwise Windows writes 2 (ACL_REVISION), and so do we.
 * - [MS-DTYP] 2.4.4 ACE: 2.4.4.1 ACE_HEADER `AceType(1) | AceFlags(1) | AceSize(2)`; 2.4.4.2 ACCESS_ALLOWED_ACE
 *   (and the denied / audit / alarm variants, same shape) `Header | Mask(4) | Sid`; 2.4.4.3
 *   ACCESS_ALLOWED_OBJECT_ACE (and variants) `Header | Mask(4) | Flags(4) | [ObjectType GUID(16)] |
 *   [InheritedObjectType GUID(16)] | Sid`. AceSize is a multiple of 4.
 * - [MS-DTYP] 2.4.2 SID (2.4.2.2 binary): `Revision(1)=1 | SubAuthorityCount(1)<=15 |
 *   IdentifierAuthority(6, big-endian) | SubAuthority(4 each, little-endian)`.
 * - [MS-DTYP] 2.3.4.2 GUID packet representation (mixed endian: Data1..Data3 little-endian, Data4 as is).
 *
 * Layout written by `encodeSecurityDescriptor` (documented choice): header, then SACL, DACL, owner, group,
 * each immediately after the previous one (no gaps). This is the order of Windows' RtlMakeSelfRelativeSD /
 * RtlAbsoluteToSelfRelativeSD, and it is what the COM values written by dcomcnfg look like (for example
 * DefaultLaunchPermission: DACL at 0x14, owner and group after it). The known-answer tests in
 * test/unit/sddl.test.ts compare whole descriptors against published registry exports byte for byte.
 *
 * `decodeSecurityDescriptor` is strict: anything the SDDL text form could not carry, or that Windows'
 * RtlValidRelativeSecurityDescriptor would reject, is a UserError (code E_SD) whose `where` is `byte N`.
 *
 * This module knows nothing of T1559; the text form lives in ./sddl.ts.
 */
import { UserError } from '../lib/errors.js';

/* ------------------------------------------------------------------------------------------------ */
/* Model                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

/**
 * A SID's binary fields ([MS-DTYP] 2.4.2.2); revision is always 1. The model itself carries SIDs as their
 * canonical standard string (sidToString), e.g. `S-1-5-32-544`.
 */
export interface SidParts {
  /** IdentifierAuthority, a 48-bit unsigned value (0 .. 2^48-1). */
  authority: number;
  /** Up to 15 unsigned 32-bit sub-authorities. */
  subAuthorities: number[];
}

/** The ACE types this codec supports, by name. */
export type AceType = 'allow' | 'deny' | 'audit' | 'alarm' | 'objectAllow' | 'objectDeny' | 'objectAudit' | 'objectAlarm';

/** AceType byte of each ACE type ([MS-DTYP] 2.4.4.1): ACCESS_ALLOWED_ACE_TYPE 0x00 ... SYSTEM_ALARM_OBJECT 0x08. */
export const ACE_TYPE_CODE: Readonly<Record<AceType, number>> = {
  allow: 0x00, // ACCESS_ALLOWED_ACE_TYPE
  deny: 0x01, // ACCESS_DENIED_ACE_TYPE
  audit: 0x02, // SYSTEM_AUDIT_ACE_TYPE
  alarm: 0x03, // SYSTEM_ALARM_ACE_TYPE
  objectAllow: 0x05, // ACCESS_ALLOWED_OBJECT_ACE_TYPE
  objectDeny: 0x06, // ACCESS_DENIED_OBJECT_ACE_TYPE
  objectAudit: 0x07, // SYSTEM_AUDIT_OBJECT_ACE_TYPE
  objectAlarm: 0x08, // SYSTEM_ALARM_OBJECT_ACE_TYPE
};
const ACE_TYPE_BY_CODE = new Map<number, AceType>(Object.entries(ACE_TYPE_CODE).map(([k, v]) => [v, k as AceType]));
const ACE_TYPE_SPEC_NAMES: Readonly<Record<AceType, string>> = {
  allow: 'ACCESS_ALLOWED',
  deny: 'ACCESS_DENIED',
  audit: 'SYSTEM_AUDIT',
  alarm: 'SYSTEM_ALARM',
  objectAllow: 'ACCESS_ALLOWED_OBJECT',
  objectDeny: 'ACCESS_DENIED_OBJECT',
  objectAudit: 'SYSTEM_AUDIT_OBJECT',
  objectAlarm: 'SYSTEM_ALARM_OBJECT',
};

/** True for the object ACE types (they carry the Flags word and optional GUIDs). */
export function isObjectAceType(type: AceType): boolean {
  return type === 'objectAllow' || type === 'objectDeny' || type === 'objectAudit' || type === 'objectAlarm';
}
/** True for the ACE types that belong in a SACL (audit and alarm). */
export function isSystemAceType(type: AceType): boolean {
  return type === 'audit' || type === 'alarm' || type === 'objectAudit' || type === 'objectAlarm';
}

/** AceFlags bits ([MS-DTYP] 2.4.4.1). 0x20 is undefined and rejected. */
export const ACE_FLAG = {
  OBJECT_INHERIT: 0x01,
  CONTAINER_INHERIT: 0x02,
  NO_PROPAGATE_INHERIT: 0x04,
  INHERIT_ONLY: 0x08,
  INHERITED: 0x10,
  SUCCESSFUL_ACCESS: 0x40,
  FAILED_ACCESS: 0x80,
} as const;
const ACE_FLAGS_KNOWN = 0xdf;

/** Object ACE Flags word bits ([MS-DTYP] 2.4.4.3). */
const ACE_OBJECT_TYPE_PRESENT = 0x1;
const ACE_INHERITED_OBJECT_TYPE_PRESENT = 0x2;

/** SECURITY_DESCRIPTOR Control bits ([MS-DTYP] 2.4.6). */
export const SE = {
  OWNER_DEFAULTED: 0x0001,
  GROUP_DEFAULTED: 0x0002,
  DACL_PRESENT: 0x0004,
  DACL_DEFAULTED: 0x0008,
  SACL_PRESENT: 0x0010,
  SACL_DEFAULTED: 0x0020,
  DACL_TRUSTED: 0x0040,
  SERVER_SECURITY: 0x0080,
  DACL_AUTO_INHERIT_REQ: 0x0100,
  SACL_AUTO_INHERIT_REQ: 0x0200,
  DACL_AUTO_INHERITED: 0x0400,
  SACL_AUTO_INHERITED: 0x0800,
  DACL_PROTECTED: 0x1000,
  SACL_PROTECTED: 0x2000,
  RM_CONTROL_VALID: 0x4000,
  SELF_RELATIVE: 0x8000,
} as const;
/** Control bits the model (and SDDL) can express. Everything else is rejected by the decoder. */
const CONTROL_EXPRESSIBLE =
  SE.DACL_PRESENT |
  SE.SACL_PRESENT |
  SE.DACL_AUTO_INHERIT_REQ |
  SE.SACL_AUTO_INHERIT_REQ |
  SE.DACL_AUTO_INHERITED |
  SE.SACL_AUTO_INHERITED |
  SE.DACL_PROTECTED |
  SE.SACL_PROTECTED |
  SE.SELF_RELATIVE;

/** One ACE. `mask` is an unsigned 32-bit access mask. */
export interface Ace {
  type: AceType;
  /** AceFlags byte, a combination of ACE_FLAG bits. */
  flags: number;
  mask: number;
  /** Object ACEs only: ObjectType GUID, lower-case `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, or null. */
  objectType: string | null;
  /** Object ACEs only: InheritedObjectType GUID, lower-case, or null. */
  inheritedObjectType: string | null;
  /** The trustee, as a canonical SID string (`S-1-5-32-544`; see sidToString). */
  sid: string;
}

/**
 * A DACL or SACL of the descriptor, with the control bits that belong to it. The ACL revision is not part of the
 * model: it is 4 (ACL_REVISION_DS) when the ACL holds an object ACE and 2 (ACL_REVISION) otherwise, as Windows
 * writes it (aclRevisionFor).
 */
export interface AclSlot {
  /** SE_DACL_PROTECTED / SE_SACL_PROTECTED (SDDL `P`). */
  protected: boolean;
  /** SE_DACL_AUTO_INHERITED / SE_SACL_AUTO_INHERITED (SDDL `AI`). */
  autoInherited: boolean;
  /** SE_DACL_AUTO_INHERIT_REQ / SE_SACL_AUTO_INHERIT_REQ (SDDL `AR`). */
  autoInheritRequired: boolean;
  /**
   * The ACEs in order, or null for a NULL ACL: present but with offset 0 (SDDL `NO_ACCESS_CONTROL`). A NULL DACL
   * grants everyone full access; an empty DACL (aces: []) grants nobody anything.
   */
  aces: Ace[] | null;
}

/** A security descriptor. null members are absent (offset 0, PRESENT bit clear for the ACLs). */
export interface SecurityDescriptor {
  /** Owner SID (canonical string) or null. */
  owner: string | null;
  /** Primary group SID (canonical string) or null. */
  group: string | null;
  dacl: AclSlot | null;
  sacl: AclSlot | null;
}

/** The ACL revision Windows writes for these ACEs: 4 (ACL_REVISION_DS) with an object ACE, else 2. */
export function aclRevisionFor(aces: readonly Ace[]): 2 | 4 {
  return aces.some((a) => isObjectAceType(a.type)) ? 4 : 2;
}

/** Name of an ACE type for messages, e.g. `ACCESS_ALLOWED (0x00)`. */
export function aceTypeName(type: AceType): string {
  return `${ACE_TYPE_SPEC_NAMES[type]} (0x${ACE_TYPE_CODE[type].toString(16).padStart(2, '0')})`;
}

/* ------------------------------------------------------------------------------------------------ */
/* COM rights                                                                                        */
/* ------------------------------------------------------------------------------------------------ */

/**
 * COM launch/access rights (COM_RIGHTS_* in objidl.h). In SDDL they are written with the directory-service
 * letters of the same bit: CC=EXECUTE, DC=EXECUTE_LOCAL, LC=EXECUTE_REMOTE, SW=ACTIVATE_LOCAL,
 * RP=ACTIVATE_REMOTE.
 */
export const COM_RIGHTS = {
  EXECUTE: 0x1,
  EXECUTE_LOCAL: 0x2,
  EXECUTE_REMOTE: 0x4,
  ACTIVATE_LOCAL: 0x8,
  ACTIVATE_REMOTE: 0x10,
} as const;

/**
 * Names of the COM rights in an access mask, lowest bit first, e.g. 0x0b ->
 * ['EXECUTE', 'EXECUTE_LOCAL', 'ACTIVATE_LOCAL']. Bits that are not COM rights are reported together as one
 * trailing hex entry, e.g. 0x20001 -> ['EXECUTE', '0x20000'].
 */
export function describeComRights(mask: number): string[] {
  const m = mask >>> 0;
  const out: string[] = [];
  let known = 0;
  for (const [name, bit] of Object.entries(COM_RIGHTS)) {
    if (m & bit) out.push(name);
    known |= bit;
  }
  const rest = (m & ~known) >>> 0;
  if (rest !== 0) out.push(`0x${rest.toString(16)}`);
  return out;
}

/* ------------------------------------------------------------------------------------------------ */
/* SID and GUID helpers                                                                              */
/* ------------------------------------------------------------------------------------------------ */

export const MAX_SUB_AUTHORITIES = 15;
const MAX_AUTHORITY = 2 ** 48 - 1;

/** Standard SID string ([MS-DTYP] 2.4.2.1): decimal authority below 2^32, else `0x` and 12 hex digits. */
export function sidToString(sid: SidParts): string {
  const auth = sid.authority < 2 ** 32 ? String(sid.authority) : `0x${sid.authority.toString(16).toUpperCase().padStart(12, '0')}`;
  return ['S-1', auth, ...sid.subAuthorities.map(String)].join('-');
}

/** Byte length of a SID. */
function sidLength(sid: SidParts): number {
  return 8 + 4 * sid.subAuthorities.length;
}

const SID_RE = /^S-1-(?:(\d{1,15})|0[xX]([0-9A-Fa-f]{1,12}))((?:-\d{1,10})*)$/;

/**
 * Parse a standard SID string (`S-1-5-32-544`, `S-1-0x123456789ABC-1`; no SDDL aliases) into its fields.
 * Returns null when the text is not a SID with revision 1, a 48-bit authority and at most 15 32-bit
 * sub-authorities. The SDDL parser (./sddl.ts) has its own, offset-reporting reader.
 */
export function parseSid(text: string): SidParts | null {
  const m = SID_RE.exec(text);
  if (!m) return null;
  const authority = m[1] !== undefined ? Number(m[1]) : parseInt(m[2] ?? '', 16);
  if (authority > MAX_AUTHORITY) return null;
  const subAuthorities = (m[3] ?? '').split('-').slice(1).map(Number);
  if (subAuthorities.length > MAX_SUB_AUTHORITIES || subAuthorities.some((v) => v > 0xffffffff)) return null;
  return { authority, subAuthorities };
}

/** The canonical string of a SID string (`S-1-0x5-007` -> `S-1-5-7`), or null when it is not a SID. */
export function canonicalSid(text: string): string | null {
  const parts = parseSid(text);
  return parts ? sidToString(parts) : null;
}

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True when `text` is a lower-case GUID string as stored in the model. */
export function isCanonicalGuid(text: string): boolean {
  return GUID_RE.test(text);
}

function writeGuid(view: DataView, at: number, guid: string): void {
  const hex = guid.replace(/-/g, '');
  view.setUint32(at, parseInt(hex.slice(0, 8), 16), true);
  view.setUint16(at + 4, parseInt(hex.slice(8, 12), 16), true);
  view.setUint16(at + 6, parseInt(hex.slice(12, 16), 16), true);
  for (let i = 0; i < 8; i++) view.setUint8(at + 8 + i, parseInt(hex.slice(16 + 2 * i, 18 + 2 * i), 16));
}

function readGuid(view: DataView, at: number): string {
  const h = (n: number, w: number) => n.toString(16).padStart(w, '0');
  const d1 = h(view.getUint32(at, true), 8);
  const d2 = h(view.getUint16(at + 4, true), 4);
  const d3 = h(view.getUint16(at + 6, true), 4);
  const d4: string[] = [];
  for (let i = 0; i < 8; i++) d4.push(h(view.getUint8(at + 8 + i), 2));
  return `${d1}-${d2}-${d3}-${d4.slice(0, 2).join('')}-${d4.slice(2).join('')}`;
}

/* ------------------------------------------------------------------------------------------------ */
/* Encode                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

const HEADER_SIZE = 20;
const ACL_HEADER_SIZE = 8;

function align4(n: number): number {
  return (n + 3) & ~3;
}

function sdError(message: string, where: string, detail: string): UserError {
  return new UserError('E_SD', message, [{ where, message: detail }]);
}

function checkSid(sid: string, where: string): SidParts {
  const parts = parseSid(sid);
  if (!parts) {
    throw sdError(
      'cannot encode security descriptor',
      where,
      `"${sid}" is not a SID: expected S-1-<authority below 2^48>-<up to 15 sub-authorities below 2^32>`,
    );
  }
  return parts;
}

function aceLength(ace: Ace, sid: SidParts): number {
  let n = 4 + 4; // header + mask
  if (isObjectAceType(ace.type)) {
    n += 4;
    if (ace.objectType !== null) n += 16;
    if (ace.inheritedObjectType !== null) n += 16;
  }
  return align4(n + sidLength(sid));
}

interface PreparedAcl {
  revision: 2 | 4;
  size: number;
  aces: { ace: Ace; sid: SidParts; length: number }[];
}

function prepareAcl(aces: readonly Ace[], which: 'DACL' | 'SACL'): PreparedAcl {
  const bad = (detail: string) => sdError('cannot encode security descriptor', which, detail);
  if (aces.length > 0xffff) throw bad(`${aces.length} ACEs; an ACL holds at most 65535`);
  const revision = aclRevisionFor(aces);
  let size = ACL_HEADER_SIZE;
  const prepared = aces.map((ace, i) => {
    const w = `${which} ACE ${i + 1}`;
    const aceBad = (detail: string) => sdError('cannot encode security descriptor', w, detail);
    if (!Object.hasOwn(ACE_TYPE_CODE, ace.type)) throw aceBad(`unsupported ACE type ${JSON.stringify(ace.type)}`);
    if (which === 'DACL' && isSystemAceType(ace.type)) {
      throw aceBad(`${aceTypeName(ace.type)} is an audit/alarm ACE and belongs in the SACL`);
    }
    if (which === 'SACL' && !isSystemAceType(ace.type)) {
      throw aceBad(`${aceTypeName(ace.type)} is an access ACE and belongs in the DACL`);
    }
    if (!Number.isInteger(ace.flags) || ace.flags < 0 || (ace.flags & ~ACE_FLAGS_KNOWN) !== 0) {
      throw aceBad(`ACE flags 0x${ace.flags.toString(16)} contain undefined bits (defined: 0xdf)`);
    }
    if (!Number.isInteger(ace.mask) || ace.mask < 0 || ace.mask > 0xffffffff) {
      throw aceBad(`access mask ${ace.mask} is not an unsigned 32-bit integer`);
    }
    if (isObjectAceType(ace.type)) {
      for (const g of [ace.objectType, ace.inheritedObjectType]) {
        if (g !== null && !isCanonicalGuid(g)) throw aceBad(`"${g}" is not a lower-case GUID string`);
      }
    } else if (ace.objectType !== null || ace.inheritedObjectType !== null) {
      throw aceBad(`${aceTypeName(ace.type)} cannot carry object GUIDs; use an object ACE type`);
    }
    const sid = checkSid(ace.sid, w);
    const length = aceLength(ace, sid);
    size += length;
    return { ace, sid, length };
  });
  if (size > 0xffff) throw bad(`ACL would be ${size} bytes; AclSize is 16-bit (at most 65535)`);
  return { revision, size, aces: prepared };
}

function writeSid(view: DataView, at: number, sid: SidParts): number {
  view.setUint8(at, 1);
  view.setUint8(at + 1, sid.subAuthorities.length);
  // IdentifierAuthority: 6 bytes big-endian.
  const hi = Math.floor(sid.authority / 2 ** 32);
  view.setUint16(at + 2, hi, false);
  view.setUint32(at + 4, sid.authority - hi * 2 ** 32, false);
  sid.subAuthorities.forEach((v, i) => view.setUint32(at + 8 + 4 * i, v, true));
  return at + sidLength(sid);
}

function writeAcl(view: DataView, at: number, acl: PreparedAcl): void {
  view.setUint8(at, acl.revision);
  view.setUint8(at + 1, 0);
  view.setUint16(at + 2, acl.size, true);
  view.setUint16(at + 4, acl.aces.length, true);
  view.setUint16(at + 6, 0, true);
  let p = at + ACL_HEADER_SIZE;
  for (const { ace, sid, length: len } of acl.aces) {
    view.setUint8(p, ACE_TYPE_CODE[ace.type]);
    view.setUint8(p + 1, ace.flags);
    view.setUint16(p + 2, len, true);
    view.setUint32(p + 4, ace.mask >>> 0, true);
    let q = p + 8;
    if (isObjectAceType(ace.type)) {
      const f =
        (ace.objectType !== null ? ACE_OBJECT_TYPE_PRESENT : 0) |
        (ace.inheritedObjectType !== null ? ACE_INHERITED_OBJECT_TYPE_PRESENT : 0);
      view.setUint32(q, f, true);
      q += 4;
      if (ace.objectType !== null) {
        writeGuid(view, q, ace.objectType);
        q += 16;
      }
      if (ace.inheritedObjectType !== null) {
        writeGuid(view, q, ace.inheritedObjectType);
        q += 16;
      }
    }
    writeSid(view, q, sid);
    p += len;
  }
}

/** The Control word for a descriptor (always with SE_SELF_RELATIVE). */
export function controlFor(sd: SecurityDescriptor): number {
  let c = SE.SELF_RELATIVE;
  if (sd.dacl) {
    c |= SE.DACL_PRESENT;
    if (sd.dacl.protected) c |= SE.DACL_PROTECTED;
    if (sd.dacl.autoInherited) c |= SE.DACL_AUTO_INHERITED;
    if (sd.dacl.autoInheritRequired) c |= SE.DACL_AUTO_INHERIT_REQ;
  }
  if (sd.sacl) {
    c |= SE.SACL_PRESENT;
    if (sd.sacl.protected) c |= SE.SACL_PROTECTED;
    if (sd.sacl.autoInherited) c |= SE.SACL_AUTO_INHERITED;
    if (sd.sacl.autoInheritRequired) c |= SE.SACL_AUTO_INHERIT_REQ;
  }
  return c;
}

/**
 * Encode a self-relative security descriptor: 20-byte header (revision 1, Sbz1 0, Control with
 * SE_SELF_RELATIVE and the PRESENT / PROTECTED / AUTO_INHERIT bits), then SACL, DACL, owner, group in that order.
 * Throws UserError E_SD when the model cannot be encoded (too many sub-authorities, ACL over 64 KiB, ...).
 */
export function encodeSecurityDescriptor(sd: SecurityDescriptor): Uint8Array {
  const owner = sd.owner !== null ? checkSid(sd.owner, 'owner') : null;
  const group = sd.group !== null ? checkSid(sd.group, 'group') : null;
  const sacl = sd.sacl?.aces ? prepareAcl(sd.sacl.aces, 'SACL') : null;
  const dacl = sd.dacl?.aces ? prepareAcl(sd.dacl.aces, 'DACL') : null;
  const saclSize = sacl ? sacl.size : 0;
  const daclSize = dacl ? dacl.size : 0;
  const ownerSize = owner ? sidLength(owner) : 0;
  const groupSize = group ? sidLength(group) : 0;

  const total = HEADER_SIZE + saclSize + daclSize + ownerSize + groupSize;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, 1); // Revision
  view.setUint8(1, 0); // Sbz1
  view.setUint16(2, controlFor(sd), true);

  let p = HEADER_SIZE;
  if (sacl) {
    writeAcl(view, p, sacl);
    view.setUint32(12, p, true);
    p += saclSize;
  }
  if (dacl) {
    writeAcl(view, p, dacl);
    view.setUint32(16, p, true);
    p += daclSize;
  }
  if (owner) {
    view.setUint32(4, p, true);
    p = writeSid(view, p, owner);
  }
  if (group) {
    view.setUint32(8, p, true);
    p = writeSid(view, p, group);
  }
  return bytes;
}

/* ------------------------------------------------------------------------------------------------ */
/* Decode                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

const DECODE_HEADLINE = 'invalid self-relative security descriptor';

function fail(offset: number, detail: string): never {
  throw sdError(DECODE_HEADLINE, `byte ${offset}`, detail);
}

const hex2 = (n: number) => `0x${n.toString(16).padStart(2, '0')}`;
const hex4 = (n: number) => `0x${n.toString(16).padStart(4, '0')}`;

/** Read a SID at `at`, which must end at or before `limit`. */
function readSid(view: DataView, at: number, limit: number, what: string): SidParts {
  if (at + 8 > limit) fail(at, `${what}: SID header needs 8 bytes but only ${Math.max(0, limit - at)} remain`);
  const rev = view.getUint8(at);
  if (rev !== 1) fail(at, `${what}: SID revision is ${rev}; it must be 1`);
  const count = view.getUint8(at + 1);
  if (count > MAX_SUB_AUTHORITIES) {
    fail(at + 1, `${what}: SID sub-authority count is ${count}; the maximum is ${MAX_SUB_AUTHORITIES}`);
  }
  const end = at + 8 + 4 * count;
  if (end > limit) {
    fail(at + 1, `${what}: SID with ${count} sub-authorities needs ${8 + 4 * count} bytes but only ${limit - at} remain`);
  }
  const authority = view.getUint16(at + 2, false) * 2 ** 32 + view.getUint32(at + 4, false);
  const subAuthorities: number[] = [];
  for (let i = 0; i < count; i++) subAuthorities.push(view.getUint32(at + 8 + 4 * i, true));
  return { authority, subAuthorities };
}

function readAcl(view: DataView, at: number, which: 'DACL' | 'SACL'): Ace[] {
  const total = view.byteLength;
  if (at + ACL_HEADER_SIZE > total) {
    fail(at, `${which}: ACL header needs 8 bytes but only ${total - at} remain`);
  }
  const revision = view.getUint8(at);
  if (revision !== 2 && revision !== 4) {
    fail(at, `${which}: ACL revision is ${revision}; it must be 2 (ACL_REVISION) or 4 (ACL_REVISION_DS)`);
  }
  if (view.getUint8(at + 1) !== 0) fail(at + 1, `${which}: ACL Sbz1 is ${view.getUint8(at + 1)}; it must be 0`);
  const aclSize = view.getUint16(at + 2, true);
  const aceCount = view.getUint16(at + 4, true);
  if (view.getUint16(at + 6, true) !== 0) fail(at + 6, `${which}: ACL Sbz2 must be 0`);
  if (aclSize < ACL_HEADER_SIZE) fail(at + 2, `${which}: AclSize ${aclSize} is smaller than the 8-byte ACL header`);
  if (aclSize % 4 !== 0) fail(at + 2, `${which}: AclSize ${aclSize} is not a multiple of 4`);
  if (at + aclSize > total) {
    fail(at + 2, `${which}: AclSize ${aclSize} runs past the end of the data (${total - at} bytes from the ACL start)`);
  }
  const end = at + aclSize;
  const aces: Ace[] = [];
  let p = at + ACL_HEADER_SIZE;
  for (let i = 0; i < aceCount; i++) {
    const what = `${which} ACE ${i + 1}`;
    if (p + 4 > end) fail(p, `${what}: ACE header runs past the end of the ACL (AclSize ${aclSize}, AceCount ${aceCount})`);
    const typeCode = view.getUint8(p);
    const flags = view.getUint8(p + 1);
    const aceSize = view.getUint16(p + 2, true);
    const type = ACE_TYPE_BY_CODE.get(typeCode);
    if (type === undefined) {
      fail(p, `${what}: ACE type ${hex2(typeCode)} is not supported (allowed, denied, audit, alarm and their object forms)`);
    }
    if (which === 'DACL' && isSystemAceType(type)) {
      fail(p, `${what}: ${aceTypeName(type)} is an audit/alarm ACE and cannot appear in a DACL`);
    }
    if (which === 'SACL' && !isSystemAceType(type)) {
      fail(p, `${what}: ${aceTypeName(type)} is an access ACE and cannot appear in a SACL`);
    }
    if ((flags & ~ACE_FLAGS_KNOWN) !== 0) fail(p + 1, `${what}: ACE flags ${hex2(flags)} contain the undefined bit 0x20`);
    if (aceSize % 4 !== 0) fail(p + 2, `${what}: AceSize ${aceSize} is not a multiple of 4`);
    if (aceSize < 16) fail(p + 2, `${what}: AceSize ${aceSize} is too small to hold a mask and a SID`);
    if (p + aceSize > end) fail(p + 2, `${what}: AceSize ${aceSize} overflows the ACL (${end - p} bytes left in AclSize ${aclSize})`);
    const aceEnd = p + aceSize;
    const mask = view.getUint32(p + 4, true);
    let q = p + 8;
    let objectType: string | null = null;
    let inheritedObjectType: string | null = null;
    if (isObjectAceType(type)) {
      if (revision !== 4) fail(at, `${which}: ACL revision 2 cannot hold ${aceTypeName(type)}; object ACEs need revision 4`);
      if (q + 4 > aceEnd) fail(q, `${what}: object ACE Flags word runs past AceSize ${aceSize}`);
      const of = view.getUint32(q, true);
      if ((of & ~3) !== 0) fail(q, `${what}: object ACE Flags ${hex4(of)} has bits other than 0x1 and 0x2`);
      q += 4;
      if (of & ACE_OBJECT_TYPE_PRESENT) {
        if (q + 16 > aceEnd) fail(q, `${what}: ObjectType GUID runs past AceSize ${aceSize}`);
        objectType = readGuid(view, q);
        q += 16;
      }
      if (of & ACE_INHERITED_OBJECT_TYPE_PRESENT) {
        if (q + 16 > aceEnd) fail(q, `${what}: InheritedObjectType GUID runs past AceSize ${aceSize}`);
        inheritedObjectType = readGuid(view, q);
        q += 16;
      }
    }
    const sid = readSid(view, q, aceEnd, what);
    const used = align4(q + sidLength(sid) - p);
    if (used !== aceSize) {
      fail(p + 2, `${what}: AceSize ${aceSize} but the ACE content takes ${used} bytes (extra data after the SID is not supported)`);
    }
    aces.push({ type, flags, mask, objectType, inheritedObjectType, sid: sidToString(sid) });
    p = aceEnd;
  }
  if (p !== end) {
    fail(p, `${which}: AclSize ${aclSize} but its ${aceCount} ACEs end ${p - at} bytes into it (ACL size mismatch)`);
  }
  return aces;
}

function readOffset(view: DataView, field: number, name: string): number {
  const off = view.getUint32(field, true);
  if (off === 0) return 0;
  if (off < HEADER_SIZE) fail(field, `${name} offset ${off} points into the 20-byte header`);
  if (off >= view.byteLength) fail(field, `${name} offset ${off} is past the end of the data (${view.byteLength} bytes)`);
  if (off % 4 !== 0) fail(field, `${name} offset ${off} is not 4-byte aligned`);
  return off;
}

const CONTROL_NAMES: [number, string][] = Object.entries(SE).map(([k, v]) => [v, `SE_${k}`]);

/**
 * Decode a self-relative security descriptor. Strict: throws UserError E_SD with `where: 'byte N'` for a short
 * header, revision other than 1, non-zero Sbz1, SE_SELF_RELATIVE missing, control bits SDDL cannot express
 * (DEFAULTED, TRUSTED, SERVER_SECURITY, RM_CONTROL_VALID), PROTECTED/AUTO_INHERIT bits without the ACL,
 * offsets into the header / past the end / unaligned, a non-zero offset whose PRESENT bit is clear, bad ACL
 * revision, AclSize mismatches, ACE sizes that overflow the ACL or leave unused bytes, unsupported ACE types,
 * ACEs in the wrong ACL, SIDs with a bad revision or more than 15 sub-authorities, and truncated structures.
 * Not checked: overlapping parts and unreferenced trailing bytes (Windows does not check them either).
 * Normalised (so re-encoding may differ from the input bytes, never the meaning): an ACL revision 4 without
 * object ACEs is re-encoded as revision 2, and the parts are re-laid out in SACL, DACL, owner, group order.
 */
export function decodeSecurityDescriptor(bytes: Uint8Array): SecurityDescriptor {
  return decodeWith(bytes, undefined);
}

/**
 * Decode a descriptor read from a real system, where Windows leaves control bits SDDL cannot express
 * (DEFAULTED flags, SACL inheritance flags without a SACL, as in GPMC's own GPO descriptors). Those
 * bits are named in `ignored` instead of failing; everything else is as strict as
 * decodeSecurityDescriptor. The result re-encodes without the ignored bits.
 */
export function decodeSecurityDescriptorLenient(bytes: Uint8Array): { sd: SecurityDescriptor; ignored: string[] } {
  const ignored: string[] = [];
  return { sd: decodeWith(bytes, ignored), ignored };
}

function decodeWith(bytes: Uint8Array, ignored: string[] | undefined): SecurityDescriptor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_SIZE) {
    fail(bytes.byteLength, `only ${bytes.byteLength} bytes; a security descriptor header is 20 bytes`);
  }
  const revision = view.getUint8(0);
  if (revision !== 1) fail(0, `revision is ${revision}; it must be 1 (SECURITY_DESCRIPTOR_REVISION)`);
  const sbz1 = view.getUint8(1);
  if (sbz1 !== 0) fail(1, `Sbz1 is ${hex2(sbz1)}; it must be 0 (resource-manager control bits are not supported)`);
  const raw = view.getUint16(2, true);
  let control = raw;
  if (ignored) {
    const names = (mask: number) => CONTROL_NAMES.filter(([bit]) => mask & bit).map(([bit, n]) => `${n} (${hex4(bit)})`);
    const extra = control & ~CONTROL_EXPRESSIBLE;
    const orphanSacl =
      (control & SE.SACL_PRESENT) === 0 ? control & (SE.SACL_PROTECTED | SE.SACL_AUTO_INHERITED | SE.SACL_AUTO_INHERIT_REQ) : 0;
    const orphanDacl =
      (control & SE.DACL_PRESENT) === 0 ? control & (SE.DACL_PROTECTED | SE.DACL_AUTO_INHERITED | SE.DACL_AUTO_INHERIT_REQ) : 0;
    ignored.push(...names(extra | orphanSacl | orphanDacl));
    control &= ~(extra | orphanSacl | orphanDacl);
  }
  if ((control & SE.SELF_RELATIVE) === 0) {
    fail(2, `control ${hex4(control)} lacks SE_SELF_RELATIVE (0x8000): this is an absolute descriptor, not a self-relative one`);
  }
  const extra = control & ~CONTROL_EXPRESSIBLE;
  if (extra !== 0) {
    const names = CONTROL_NAMES.filter(([bit]) => extra & bit).map(([bit, n]) => `${n} (${hex4(bit)})`);
    fail(2, `control ${hex4(control)} sets ${names.join(', ')}, which SDDL cannot express`);
  }
  const slotBits = (present: number, prot: number, ai: number, ar: number, name: string) => {
    if ((control & present) === 0 && (control & (prot | ai | ar)) !== 0) {
      fail(2, `control ${hex4(control)} sets ${name} flags (PROTECTED / AUTO_INHERITED / AUTO_INHERIT_REQ) without SE_${name}_PRESENT`);
    }
  };
  slotBits(SE.DACL_PRESENT, SE.DACL_PROTECTED, SE.DACL_AUTO_INHERITED, SE.DACL_AUTO_INHERIT_REQ, 'DACL');
  slotBits(SE.SACL_PRESENT, SE.SACL_PROTECTED, SE.SACL_AUTO_INHERITED, SE.SACL_AUTO_INHERIT_REQ, 'SACL');

  const ownerOff = readOffset(view, 4, 'owner');
  const groupOff = readOffset(view, 8, 'group');
  const saclOff = readOffset(view, 12, 'SACL');
  const daclOff = readOffset(view, 16, 'DACL');
  if (saclOff !== 0 && (control & SE.SACL_PRESENT) === 0) fail(12, `SACL offset ${saclOff} is set but SE_SACL_PRESENT is clear`);
  if (daclOff !== 0 && (control & SE.DACL_PRESENT) === 0) fail(16, `DACL offset ${daclOff} is set but SE_DACL_PRESENT is clear`);

  const owner = ownerOff ? sidToString(readSid(view, ownerOff, bytes.byteLength, 'owner')) : null;
  const group = groupOff ? sidToString(readSid(view, groupOff, bytes.byteLength, 'group')) : null;
  const slot = (present: number, prot: number, ai: number, ar: number, off: number, which: 'DACL' | 'SACL'): AclSlot | null =>
    control & present
      ? {
          protected: (control & prot) !== 0,
          autoInherited: (control & ai) !== 0,
          autoInheritRequired: (control & ar) !== 0,
          aces: off ? readAcl(view, off, which) : null,
        }
      : null;
  const sacl = slot(SE.SACL_PRESENT, SE.SACL_PROTECTED, SE.SACL_AUTO_INHERITED, SE.SACL_AUTO_INHERIT_REQ, saclOff, 'SACL');
  const dacl = slot(SE.DACL_PRESENT, SE.DACL_PROTECTED, SE.DACL_AUTO_INHERITED, SE.DACL_AUTO_INHERIT_REQ, daclOff, 'DACL');
  return { owner, group, dacl, sacl };
}
