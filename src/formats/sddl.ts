/**
 * SDDL, the Security Descriptor Definition Language ([MS-DTYP] 2.5.1), to and from the SecurityDescriptor
 * model of ./security-descriptor.ts ([MS-DTYP] 2.4.6 SECURITY_DESCRIPTOR, 2.4.5 ACL, 2.4.4 ACE, 2.4.2 SID).
 *
 * Grammar accepted by parseSddl (strict; case-sensitive; no whitespace anywhere):
 *
 *   sddl      = 1*section                       ; each of O, G, D, S at most once, any order
 *   section   = "O:" sid / "G:" sid / "D:" acl / "S:" acl
 *   acl       = *aclflag *ace                  ; aclflag = "P" / "AI" / "AR" / "NO_ACCESS_CONTROL"
 *   ace       = "(" type ";" *aceflag ";" rights ";" [guid] ";" [guid] ";" sid ")"
 *   type      = "A" / "D" / "OA" / "OD"        ; in D:   ("AU" / "AL" / "OU" / "OL" in S:)
 *   aceflag   = "CI" / "OI" / "NP" / "IO" / "ID" / "SA" / "FA"
 *   rights    = "0x" 1*8HEXDIG / 1*right       ; right letters below
 *   sid       = "S-1-" authority *("-" subauth) / alias
 *   authority = 1*10DIGIT (< 2^32) / "0x" 1*12HEXDIG
 *
 * Rights letters ([MS-DTYP] 2.5.1.1, Sddl.h). For COM launch/access permissions the low five bits are the COM
 * rights: CC=EXECUTE(1), DC=EXECUTE_LOCAL(2), LC=EXECUTE_REMOTE(4), SW=ACTIVATE_LOCAL(8), RP=ACTIVATE_REMOTE(16).
 * Then WP 0x20, DT 0x40, LO 0x80, CR 0x100, SD 0x10000, RC 0x20000, WD 0x40000, WO 0x80000, GA 0x10000000,
 * GX 0x20000000, GW 0x40000000, GR 0x80000000, and the composites FA 0x1f01ff, FR 0x120089, FW 0x120116,
 * FX 0x1200a0, KA 0xf003f, KR 0x20019, KW 0x20006, KX 0x20019.
 *
 * SID aliases: the domain-independent constants of [MS-DTYP] 2.4.2.4 / Sddl.h (table below). Aliases that
 * stand for a domain- or machine-relative SID (DA, DU, EA, LA, ...) are rejected with the RID to use in a full
 * S-1-5-21-... SID, because a policy file must not depend on the domain of the machine that builds it.
 *
 * Behaviour copied from ConvertStringSecurityDescriptorToSecurityDescriptor: an `OA` ACE with neither GUID is
 * stored as a plain `A` ACE (documented in Microsoft's "ACE Strings" page); ACLs with object ACEs get ACL
 * revision 4, others revision 2.
 *
 * formatSddl writes the canonical form: sections in the order O, G, D, S; ACL flags in the order P, AR, AI;
 * ACE flags in the order OI, CI, NP, IO, ID, SA, FA; aliases where one exists; rights as an exact composite
 * (FA, FR, FW, FX, KA, KR, KW) when the mask equals one, else as letters in ascending bit order when every bit has
 * a letter (so COM masks come out as e.g. CCDCLCSWRP), else as lower-case hex (0x1200a9); GUIDs lower-case.
 *
 * Errors are UserError code E_SDDL, one problem whose `where` is `sddl[offset]` (0-based UTF-16 offset into the
 * text) and whose message says what was expected there.
 */
import { UserError } from '../lib/errors.js';
import {
  ACE_FLAG,
  canonicalSid,
  decodeSecurityDescriptor,
  encodeSecurityDescriptor,
  isObjectAceType,
  isSystemAceType,
  MAX_SUB_AUTHORITIES,
  sidToString,
  type Ace,
  type AceType,
  type AclSlot,
  type SecurityDescriptor,
} from './security-descriptor.js';

export { describeComRights, COM_RIGHTS } from './security-descriptor.js';
export type { SecurityDescriptor, Ace, AceType, AclSlot } from './security-descriptor.js';

/* ------------------------------------------------------------------------------------------------ */
/* Tables                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

/** Domain-independent SID aliases ([MS-DTYP] 2.4.2.4, Sddl.h): alias -> SID string and meaning. */
export const SDDL_SID_ALIASES: Readonly<Record<string, { sid: string; name: string }>> = {
  AA: { sid: 'S-1-5-32-579', name: 'Access Control Assistance Operators' },
  AC: { sid: 'S-1-15-2-1', name: 'All Application Packages' },
  AN: { sid: 'S-1-5-7', name: 'Anonymous Logon' },
  AO: { sid: 'S-1-5-32-548', name: 'Account Operators' },
  AS: { sid: 'S-1-18-1', name: 'Authentication Authority Asserted Identity' },
  AU: { sid: 'S-1-5-11', name: 'Authenticated Users' },
  BA: { sid: 'S-1-5-32-544', name: 'BUILTIN\\Administrators' },
  BG: { sid: 'S-1-5-32-546', name: 'BUILTIN\\Guests' },
  BO: { sid: 'S-1-5-32-551', name: 'Backup Operators' },
  BU: { sid: 'S-1-5-32-545', name: 'BUILTIN\\Users' },
  CD: { sid: 'S-1-5-32-574', name: 'Certificate Service DCOM Access' },
  CG: { sid: 'S-1-3-1', name: 'Creator Group' },
  CO: { sid: 'S-1-3-0', name: 'Creator Owner' },
  CY: { sid: 'S-1-5-32-569', name: 'Cryptographic Operators' },
  ED: { sid: 'S-1-5-9', name: 'Enterprise Domain Controllers' },
  ER: { sid: 'S-1-5-32-573', name: 'Event Log Readers' },
  ES: { sid: 'S-1-5-32-576', name: 'RDS Endpoint Servers' },
  HA: { sid: 'S-1-5-32-578', name: 'Hyper-V Administrators' },
  HI: { sid: 'S-1-16-12288', name: 'High Mandatory Level' },
  IS: { sid: 'S-1-5-32-568', name: 'IIS_IUSRS' },
  IU: { sid: 'S-1-5-4', name: 'Interactive' },
  LS: { sid: 'S-1-5-19', name: 'Local Service' },
  LU: { sid: 'S-1-5-32-559', name: 'Performance Log Users' },
  LW: { sid: 'S-1-16-4096', name: 'Low Mandatory Level' },
  ME: { sid: 'S-1-16-8192', name: 'Medium Mandatory Level' },
  MP: { sid: 'S-1-16-8448', name: 'Medium Plus Mandatory Level' },
  MS: { sid: 'S-1-5-32-577', name: 'RDS Management Servers' },
  MU: { sid: 'S-1-5-32-558', name: 'Performance Monitor Users' },
  NO: { sid: 'S-1-5-32-556', name: 'Network Configuration Operators' },
  NS: { sid: 'S-1-5-20', name: 'Network Service' },
  NU: { sid: 'S-1-5-2', name: 'Network' },
  OW: { sid: 'S-1-3-4', name: 'Owner Rights' },
  PO: { sid: 'S-1-5-32-550', name: 'Print Operators' },
  PS: { sid: 'S-1-5-10', name: 'Principal Self' },
  PU: { sid: 'S-1-5-32-547', name: 'Power Users' },
  RA: { sid: 'S-1-5-32-575', name: 'RDS Remote Access Servers' },
  RC: { sid: 'S-1-5-12', name: 'Restricted Code' },
  RD: { sid: 'S-1-5-32-555', name: 'Remote Desktop Users' },
  RE: { sid: 'S-1-5-32-552', name: 'Replicator' },
  RM: { sid: 'S-1-5-32-580', name: 'Remote Management Users' },
  RU: { sid: 'S-1-5-32-554', name: 'Pre-Windows 2000 Compatible Access' },
  SI: { sid: 'S-1-16-16384', name: 'System Mandatory Level' },
  SO: { sid: 'S-1-5-32-549', name: 'Server Operators' },
  SS: { sid: 'S-1-18-2', name: 'Service Asserted Identity' },
  SU: { sid: 'S-1-5-6', name: 'Service' },
  SY: { sid: 'S-1-5-18', name: 'Local System' },
  UD: { sid: 'S-1-5-84-0-0-0-0-0', name: 'User-Mode Drivers' },
  WD: { sid: 'S-1-1-0', name: 'Everyone' },
  WR: { sid: 'S-1-5-33', name: 'Write Restricted Code' },
};

/** Aliases whose SID depends on the domain, forest or machine: alias -> [meaning, RID, base]. */
export const SDDL_RELATIVE_SID_ALIASES: Readonly<
  Record<string, { name: string; rid: number; base: 'domain' | 'machine' | 'forest root domain' }>
> = {
  AP: { name: 'Protected Users', rid: 525, base: 'domain' },
  CA: { name: 'Cert Publishers', rid: 517, base: 'domain' },
  CN: { name: 'Cloneable Domain Controllers', rid: 522, base: 'domain' },
  DA: { name: 'Domain Admins', rid: 512, base: 'domain' },
  DC: { name: 'Domain Computers', rid: 515, base: 'domain' },
  DD: { name: 'Domain Controllers', rid: 516, base: 'domain' },
  DG: { name: 'Domain Guests', rid: 514, base: 'domain' },
  DU: { name: 'Domain Users', rid: 513, base: 'domain' },
  EA: { name: 'Enterprise Admins', rid: 519, base: 'forest root domain' },
  EK: { name: 'Enterprise Key Admins', rid: 527, base: 'forest root domain' },
  KA: { name: 'Key Admins', rid: 526, base: 'domain' },
  LA: { name: 'local Administrator account', rid: 500, base: 'machine' },
  LG: { name: 'local Guest account', rid: 501, base: 'machine' },
  PA: { name: 'Group Policy Creator Owners', rid: 520, base: 'domain' },
  RO: { name: 'Enterprise Read-only Domain Controllers', rid: 498, base: 'forest root domain' },
  RS: { name: 'RAS and IAS Servers', rid: 553, base: 'domain' },
  SA: { name: 'Schema Admins', rid: 518, base: 'forest root domain' },
};

const ACE_TYPE_CODES: readonly [string, AceType][] = [
  ['A', 'allow'],
  ['D', 'deny'],
  ['OA', 'objectAllow'],
  ['OD', 'objectDeny'],
  ['AU', 'audit'],
  ['AL', 'alarm'],
  ['OU', 'objectAudit'],
  ['OL', 'objectAlarm'],
];
const UNSUPPORTED_ACE_TYPES: Readonly<Record<string, string>> = {
  ML: 'mandatory label',
  XA: 'callback (conditional) allow',
  XD: 'callback (conditional) deny',
  XU: 'callback audit',
  ZA: 'callback object allow',
  RA: 'resource attribute',
  SP: 'scoped policy id',
};

/** ACE flag letters in canonical output order. */
const ACE_FLAG_CODES: readonly [string, number][] = [
  ['OI', ACE_FLAG.OBJECT_INHERIT],
  ['CI', ACE_FLAG.CONTAINER_INHERIT],
  ['NP', ACE_FLAG.NO_PROPAGATE_INHERIT],
  ['IO', ACE_FLAG.INHERIT_ONLY],
  ['ID', ACE_FLAG.INHERITED],
  ['SA', ACE_FLAG.SUCCESSFUL_ACCESS],
  ['FA', ACE_FLAG.FAILED_ACCESS],
];

/** Single-bit rights letters in ascending bit order (the canonical output order). */
const RIGHT_BITS: readonly [string, number][] = [
  ['CC', 0x1], // COM EXECUTE; DS create child
  ['DC', 0x2], // COM EXECUTE_LOCAL; DS delete child
  ['LC', 0x4], // COM EXECUTE_REMOTE; DS list children
  ['SW', 0x8], // COM ACTIVATE_LOCAL; DS self write
  ['RP', 0x10], // COM ACTIVATE_REMOTE; DS read property
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
];
/** Composite rights letters; output uses them only for an exact match, in this order (KX = KR, so KR wins). */
const RIGHT_COMPOSITES: readonly [string, number][] = [
  ['FA', 0x1f01ff],
  ['FR', 0x120089],
  ['FW', 0x120116],
  ['FX', 0x1200a0],
  ['KA', 0xf003f],
  ['KR', 0x20019],
  ['KW', 0x20006],
  ['KX', 0x20019],
];
const RIGHTS_BY_CODE = new Map<string, number>([...RIGHT_BITS, ...RIGHT_COMPOSITES]);
const ALL_LETTER_BITS = RIGHT_BITS.reduce((m, [, b]) => (m | b) >>> 0, 0);

const SID_TO_ALIAS = new Map<string, string>(Object.entries(SDDL_SID_ALIASES).map(([alias, v]) => [v.sid, alias]));

/* ------------------------------------------------------------------------------------------------ */
/* Parse                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

function sddlError(offset: number, detail: string): UserError {
  return new UserError('E_SDDL', 'invalid SDDL', [{ where: `sddl[${offset}]`, message: detail }]);
}

/** Show a character (or end of input) in a message. */
function show(text: string, at: number): string {
  if (at >= text.length) return 'end of input';
  const cp = text.codePointAt(at) ?? 0;
  const ch = String.fromCodePoint(cp);
  return cp < 0x20 || cp === 0x7f ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `'${ch}'`;
}

const isSectionStart = (text: string, at: number) => 'OGDS'.includes(text[at] ?? '') && text[at + 1] === ':' && at + 1 < text.length;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

/** Parse a standard SID string starting at `at` (text[at..] begins with "S-"). Returns the canonical SID and end offset. */
function parseSidLiteral(text: string, at: number): { sid: string; end: number } {
  let p = at + 2;
  if (text[p] !== '1' || isDigit(text[p + 1])) {
    throw sddlError(p, `SID revision must be 1 (S-1-...), found ${show(text, p)}`);
  }
  p++;
  if (text[p] !== '-') throw sddlError(p, `expected '-' and the identifier authority after S-1, found ${show(text, p)}`);
  p++;
  let authority: number;
  if (text[p] === '0' && (text[p + 1] === 'x' || text[p + 1] === 'X')) {
    const start = p + 2;
    let q = start;
    while (isHex(text[q])) q++;
    // "O:S-1-0x...D:" - a hex run ending in D that is followed by ':' is the D: section marker.
    if (q > start && (text[q - 1] === 'D' || text[q - 1] === 'd') && text[q] === ':') q--;
    const digits = text.slice(start, q);
    if (digits.length === 0) throw sddlError(start, `expected hex digits of the identifier authority after 0x, found ${show(text, start)}`);
    if (digits.length > 12) throw sddlError(start, `identifier authority 0x${digits} is longer than 12 hex digits (48 bits)`);
    authority = parseInt(digits, 16);
    p = q;
  } else {
    const start = p;
    while (isDigit(text[p])) p++;
    const digits = text.slice(start, p);
    if (digits.length === 0)
      throw sddlError(start, `expected the identifier authority (decimal, or 0x and 12 hex digits), found ${show(text, start)}`);
    authority = Number(digits);
    if (authority > 0xffffffff) {
      throw sddlError(start, `identifier authority ${digits} is 2^32 or more; write it in hex as 0x and 12 hex digits ([MS-DTYP] 2.4.2.1)`);
    }
  }
  const subAuthorities: number[] = [];
  while (text[p] === '-') {
    const start = p + 1;
    let q = start;
    while (isDigit(text[q])) q++;
    const digits = text.slice(start, q);
    if (digits.length === 0) throw sddlError(start, `expected a decimal sub-authority after '-', found ${show(text, start)}`);
    const v = Number(digits);
    if (v > 0xffffffff) throw sddlError(start, `sub-authority ${digits} does not fit in 32 bits (maximum 4294967295)`);
    if (subAuthorities.length === MAX_SUB_AUTHORITIES) {
      throw sddlError(start, `a SID has at most ${MAX_SUB_AUTHORITIES} sub-authorities`);
    }
    subAuthorities.push(v);
    p = q;
  }
  return { sid: sidToString({ authority, subAuthorities }), end: p };
}

/** Parse a SID string (literal or alias) at `at`. */
function parseSidAt(text: string, at: number): { sid: string; end: number } {
  if (text.startsWith('S-', at)) return parseSidLiteral(text, at);
  if (text.startsWith('s-', at)) throw sddlError(at, `write SIDs with a capital S: 'S-${text.slice(at + 2, at + 6)}...'`);
  const two = text.slice(at, at + 2);
  if (!/^[A-Za-z]{2}$/.test(two)) {
    throw sddlError(at, `expected a SID (S-1-...) or a two-letter SID alias such as BA or SY, found ${show(text, at)}`);
  }
  const known = SDDL_SID_ALIASES[two];
  if (known) return { sid: known.sid, end: at + 2 };
  const rel = SDDL_RELATIVE_SID_ALIASES[two];
  if (rel) {
    const base = rel.base === 'machine' ? 'S-1-5-21-<machine>' : 'S-1-5-21-<domain>';
    throw sddlError(
      at,
      `SID alias '${two}' (${rel.name}) is relative to the ${rel.base} and would depend on where the descriptor is built; write the full SID instead: ${base}-${rel.rid}`,
    );
  }
  const upper = two.toUpperCase();
  if (upper !== two && (SDDL_SID_ALIASES[upper] || SDDL_RELATIVE_SID_ALIASES[upper])) {
    throw sddlError(at, `SID aliases are upper case: write '${upper}', not '${two}'`);
  }
  throw sddlError(at, `unknown SID alias '${two}'; use a full SID (S-1-...) or one of ${Object.keys(SDDL_SID_ALIASES).join(', ')}`);
}

/**
 * A SID as SDDL writes it in an ACE or O:/G: section - `S-1-...` or a domain-independent alias such as `BA` -
 * to its canonical standard string (`S-1-5-32-544`). Throws UserError E_SDDL with the offset in `text`.
 */
export function sddlSidToString(text: string): string {
  if (text.length === 0) throw sddlError(0, 'expected a SID (S-1-...) or a two-letter SID alias, found end of input');
  const { sid, end } = parseSidAt(text, 0);
  if (end !== text.length) throw sddlError(end, `unexpected ${show(text, end)} after the SID`);
  return sid;
}

/** The SDDL form of a SID string: its alias when it has one, else the canonical `S-1-...` string. */
export function formatSid(sid: string): string {
  const s = canonicalSid(sid) ?? sid;
  return SID_TO_ALIAS.get(s) ?? s;
}

interface Field {
  text: string;
  start: number;
}

function parseMask(f: Field): number {
  const t = f.text;
  if (t.length === 0) {
    throw sddlError(f.start, 'expected access rights: hex such as 0x1f, or letters such as CCDCLCSWRP');
  }
  if (t.startsWith('0x') || t.startsWith('0X')) {
    const digits = t.slice(2);
    if (!/^[0-9A-Fa-f]{1,8}$/.test(digits)) {
      const bad = [...digits].findIndex((c) => !isHex(c));
      const at = bad >= 0 && bad < 8 ? f.start + 2 + bad : f.start + 2 + Math.min(digits.length, 8);
      throw sddlError(at, `expected 1 to 8 hex digits after 0x in the access mask, found ${show(t, at - f.start)}`);
    }
    return parseInt(digits, 16) >>> 0;
  }
  if (isDigit(t[0]))
    throw sddlError(
      f.start,
      `write a numeric access mask in hex with 0x (e.g. 0x${Number.isFinite(Number(t)) ? Number(t).toString(16) : '1f'}), not '${t}'`,
    );
  let mask = 0;
  for (let i = 0; i < t.length; i += 2) {
    const code = t.slice(i, i + 2);
    const bits = RIGHTS_BY_CODE.get(code);
    if (bits === undefined) {
      const upper = RIGHTS_BY_CODE.has(code.toUpperCase()) ? `; rights letters are upper case: '${code.toUpperCase()}'` : '';
      throw sddlError(
        f.start + i,
        `unknown access right '${code}'${upper}; expected hex (0x1f) or letters: COM rights CC DC LC SW RP, or ${[...RIGHTS_BY_CODE.keys()].slice(5).join(' ')}`,
      );
    }
    mask = (mask | bits) >>> 0;
  }
  return mask;
}

function parseAceFlags(f: Field): number {
  let flags = 0;
  for (let i = 0; i < f.text.length; i += 2) {
    const code = f.text.slice(i, i + 2);
    const entry = ACE_FLAG_CODES.find(([c]) => c === code);
    if (!entry) {
      throw sddlError(f.start + i, `unknown ACE flag '${code}'; expected any of ${ACE_FLAG_CODES.map(([c]) => c).join(', ')} (or nothing)`);
    }
    flags |= entry[1];
  }
  return flags;
}

function parseGuid(f: Field, typeCode: string): string | null {
  if (f.text.length === 0) return null;
  if (!['OA', 'OD', 'OU', 'OL'].includes(typeCode)) {
    throw sddlError(f.start, `a GUID is only allowed in object ACEs (OA, OD, OU, OL), not in '${typeCode}'; leave this field empty`);
  }
  if (!/^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/.test(f.text)) {
    throw sddlError(f.start, `expected a GUID like 00299570-246d-11d0-a768-00aa006e0529, found '${f.text}'`);
  }
  return f.text.toLowerCase();
}

/** Parse one ACE starting at the '(' at `at`. */
function parseAce(text: string, at: number, section: 'D' | 'S'): { ace: Ace; end: number } {
  const fields: Field[] = [];
  let start = at + 1;
  let p = start;
  for (;;) {
    if (p >= text.length) throw sddlError(at, "unterminated ACE: missing ')'");
    const c = text[p];
    if (c === '(') throw sddlError(p, "unexpected '(' inside an ACE; close the previous ACE with ')'");
    if (c === ';' || c === ')') {
      fields.push({ text: text.slice(start, p), start });
      if (c === ';' && fields.length === 6) {
        throw sddlError(p, 'conditional ACEs and resource attributes (a 7th ACE field) are not supported');
      }
      if (c === ')') break;
      start = p + 1;
    }
    p++;
  }
  const end = p + 1;
  if (fields.length !== 6) {
    throw sddlError(
      p,
      `ACE has ${fields.length} field${fields.length === 1 ? '' : 's'}; expected 6: type;flags;rights;object_guid;inherit_object_guid;sid`,
    );
  }
  const [fType, fFlags, fRights, fObj, fInh, fSid] = fields as [Field, Field, Field, Field, Field, Field];

  const typeCode = fType.text;
  if (typeCode.length === 0) throw sddlError(fType.start, 'expected an ACE type (A allow, D deny, ...)');
  const entry = ACE_TYPE_CODES.find(([c]) => c === typeCode);
  if (!entry) {
    const why = UNSUPPORTED_ACE_TYPES[typeCode];
    const list = ACE_TYPE_CODES.map(([c]) => c).join(', ');
    throw sddlError(
      fType.start,
      why
        ? `ACE type '${typeCode}' (${why}) is not supported; supported: ${list}`
        : `unknown ACE type '${typeCode}'; expected one of ${list}`,
    );
  }
  let type = entry[1];
  if (section === 'D' && isSystemAceType(type)) {
    throw sddlError(fType.start, `ACE type '${typeCode}' is an audit/alarm ACE; it belongs in the S: (SACL) section, not D:`);
  }
  if (section === 'S' && !isSystemAceType(type)) {
    throw sddlError(fType.start, `ACE type '${typeCode}' is an access ACE; it belongs in the D: (DACL) section, not S:`);
  }
  const flags = parseAceFlags(fFlags);
  const mask = parseMask(fRights);
  const objectType = parseGuid(fObj, typeCode);
  const inheritedObjectType = parseGuid(fInh, typeCode);
  if (fSid.text.length === 0) throw sddlError(fSid.start, 'expected the account SID of the ACE (S-1-... or an alias such as BA)');
  const { sid, end: sidEnd } = parseSidAt(text, fSid.start);
  if (sidEnd !== fSid.start + fSid.text.length) {
    throw sddlError(sidEnd, `unexpected ${show(text, sidEnd)} after the ACE's SID; expected ')'`);
  }
  // ConvertStringSecurityDescriptorToSecurityDescriptor turns an OA without GUIDs into a plain allow ACE.
  if (type === 'objectAllow' && objectType === null && inheritedObjectType === null) type = 'allow';
  return { ace: { type, flags, mask, objectType, inheritedObjectType, sid }, end };
}

/** Parse the body of a D: or S: section starting at `at`. */
function parseAclSection(text: string, at: number, section: 'D' | 'S'): { slot: AclSlot; end: number } {
  const slot: AclSlot = { protected: false, autoInherited: false, autoInheritRequired: false, aces: [] };
  let nullAcl = false;
  const seen = new Set<string>();
  let p = at;
  while (p < text.length && text[p] !== '(' && !isSectionStart(text, p)) {
    let flag: string | undefined;
    for (const f of ['NO_ACCESS_CONTROL', 'P', 'AI', 'AR']) {
      if (text.startsWith(f, p)) {
        flag = f;
        break;
      }
    }
    if (!flag) {
      throw sddlError(
        p,
        `expected ACL flags (P, AI, AR, NO_ACCESS_CONTROL), '(' to start an ACE, or the next section (O:, G:, D:, S:), found ${show(text, p)}`,
      );
    }
    if (seen.has(flag)) throw sddlError(p, `ACL flag '${flag}' is repeated`);
    seen.add(flag);
    if (flag === 'P') slot.protected = true;
    else if (flag === 'AI') slot.autoInherited = true;
    else if (flag === 'AR') slot.autoInheritRequired = true;
    else nullAcl = true;
    p += flag.length;
  }
  const aces: Ace[] = [];
  while (text[p] === '(') {
    if (nullAcl) throw sddlError(p, 'NO_ACCESS_CONTROL means a NULL ACL, which cannot hold ACEs; remove NO_ACCESS_CONTROL or the ACEs');
    const r = parseAce(text, p, section);
    aces.push(r.ace);
    p = r.end;
  }
  if (p < text.length && !isSectionStart(text, p)) {
    throw sddlError(p, `expected '(' to start another ACE or the next section (O:, G:, D:, S:), found ${show(text, p)}`);
  }
  slot.aces = nullAcl ? null : aces;
  return { slot, end: p };
}

/**
 * Parse SDDL text into a SecurityDescriptor. Throws UserError (E_SDDL) with `where: 'sddl[offset]'` and what was
 * expected at that offset.
 */
export function parseSddl(text: string): SecurityDescriptor {
  if (text.length === 0) throw sddlError(0, 'empty SDDL; expected at least one section: O:owner, G:group, D:dacl or S:sacl');
  const ws = /[\s\u0000-\u001f\u007f]/u.exec(text);
  if (ws) throw sddlError(ws.index, `whitespace and control characters are not allowed in SDDL (found ${show(text, ws.index)}); remove it`);

  const sd: SecurityDescriptor = { owner: null, group: null, dacl: null, sacl: null };
  const seenAt = new Map<string, number>();
  let p = 0;
  while (p < text.length) {
    const c = text[p] ?? '';
    if (c !== 'O' && c !== 'G' && c !== 'D' && c !== 'S') {
      throw sddlError(p, `expected a section O:, G:, D: or S:, found ${show(text, p)}`);
    }
    if (text[p + 1] !== ':') throw sddlError(p + 1, `expected ':' after section letter '${c}', found ${show(text, p + 1)}`);
    const prev = seenAt.get(c);
    if (prev !== undefined) throw sddlError(p, `the ${c}: section appears twice (first at sddl[${prev}])`);
    seenAt.set(c, p);
    const bodyAt = p + 2;
    if (c === 'O' || c === 'G') {
      const { sid, end } = parseSidAt(text, bodyAt);
      if (end < text.length && !isSectionStart(text, end)) {
        throw sddlError(
          end,
          `unexpected ${show(text, end)} after the ${c === 'O' ? 'owner' : 'group'} SID; expected the next section (O:, G:, D:, S:) or the end`,
        );
      }
      if (c === 'O') sd.owner = sid;
      else sd.group = sid;
      p = end;
    } else {
      const { slot, end } = parseAclSection(text, bodyAt, c);
      if (c === 'D') sd.dacl = slot;
      else sd.sacl = slot;
      p = end;
    }
  }
  return sd;
}

/* ------------------------------------------------------------------------------------------------ */
/* Format                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

/** Canonical SDDL rights string for an access mask (see module comment). */
export function formatRights(mask: number): string {
  const m = mask >>> 0;
  if (m === 0) return '0x0';
  const composite = RIGHT_COMPOSITES.find(([, v]) => v === m);
  if (composite) return composite[0];
  if ((m & ~ALL_LETTER_BITS) >>> 0 === 0) {
    return RIGHT_BITS.filter(([, b]) => (m & b) !== 0)
      .map(([c]) => c)
      .join('');
  }
  return `0x${m.toString(16)}`;
}

function formatAce(ace: Ace): string {
  const typeCode = ACE_TYPE_CODES.find(([, v]) => v === ace.type)?.[0] ?? String(ace.type);
  const flags = ACE_FLAG_CODES.filter(([, b]) => (ace.flags & b) !== 0)
    .map(([c]) => c)
    .join('');
  const g1 = isObjectAceType(ace.type) ? (ace.objectType ?? '') : '';
  const g2 = isObjectAceType(ace.type) ? (ace.inheritedObjectType ?? '') : '';
  return `(${typeCode};${flags};${formatRights(ace.mask)};${g1};${g2};${formatSid(ace.sid)})`;
}

function formatSlot(slot: AclSlot): string {
  let s = '';
  if (slot.protected) s += 'P';
  if (slot.autoInheritRequired) s += 'AR';
  if (slot.autoInherited) s += 'AI';
  if (slot.aces === null) return s + 'NO_ACCESS_CONTROL';
  return s + slot.aces.map(formatAce).join('');
}

/** Canonical SDDL for a descriptor: O, G, D, S in that order, each only when present. */
export function formatSddl(sd: SecurityDescriptor): string {
  let s = '';
  if (sd.owner) s += `O:${formatSid(sd.owner)}`;
  if (sd.group) s += `G:${formatSid(sd.group)}`;
  if (sd.dacl) s += `D:${formatSlot(sd.dacl)}`;
  if (sd.sacl) s += `S:${formatSlot(sd.sacl)}`;
  return s;
}

/** SDDL text -> self-relative security descriptor bytes (REG_BINARY data for COM permission values). */
export function sddlToSecurityDescriptorBytes(text: string): Uint8Array {
  return encodeSecurityDescriptor(parseSddl(text));
}

/** Self-relative security descriptor bytes -> canonical SDDL. */
export function securityDescriptorBytesToSddl(bytes: Uint8Array): string {
  return formatSddl(decodeSecurityDescriptor(bytes));
}
