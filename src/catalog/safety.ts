/**
 * Lockout guard: a COM launch permission that leaves SYSTEM or Administrators without local launch
 * or activation can stop Windows services and cut administrators off from remote management. Such a
 * profile is refused unless it sets acknowledgeLockoutRisk.
 *
 * The check evaluates the descriptor the way an access check does, for SYSTEM and for an
 * administrator at the console: ACEs in order, the first ACE that decides a right wins, a right no
 * ACE grants is denied. Group membership counts (a deny for Everyone denies SYSTEM too), generic
 * rights are mapped, and an ACE with only COM_RIGHTS_EXECUTE is the legacy form granting everything.
 */
import type { Operation, RegistryOperation } from '../model/plan.js';
import type { Profile } from '../model/profile.js';
import type { Problem } from '../lib/errors.js';
import { parseSddl, formatSid, type SecurityDescriptor } from '../formats/sddl.js';

const EVERYONE = 'S-1-1-0';
const AUTHENTICATED_USERS = 'S-1-5-11';
const ADMINISTRATORS = 'S-1-5-32-544';

/** The SIDs in each token we protect. */
const PRINCIPALS: { name: string; sids: Set<string> }[] = [
  { name: 'SYSTEM', sids: new Set(['S-1-5-18', ADMINISTRATORS, EVERYONE, AUTHENTICATED_USERS]) },
  {
    name: 'Administrators',
    sids: new Set([ADMINISTRATORS, EVERYONE, AUTHENTICATED_USERS, 'S-1-5-4', 'S-1-2-0', 'S-1-2-1', 'S-1-5-32-545']),
  },
];

const EXECUTE = 0x1;
const EXECUTE_LOCAL = 0x2;
const ACTIVATE_LOCAL = 0x8;
const ALL_COM = 0x1f;
const GENERIC_ALL = 0x10000000;
const GENERIC_EXECUTE = 0x20000000;
/** Local launch needs EXECUTE_LOCAL, local activation ACTIVATE_LOCAL. */
const NEEDED: [number, string][] = [
  [EXECUTE_LOCAL, 'local launch'],
  [ACTIVATE_LOCAL, 'local activation'],
];

function comRights(mask: number): number {
  if (mask & (GENERIC_ALL | GENERIC_EXECUTE)) return ALL_COM;
  if ((mask & EXECUTE) !== 0 && (mask & (ALL_COM & ~EXECUTE)) === 0) return ALL_COM; // legacy: EXECUTE alone
  return mask & ALL_COM;
}

/** Why the principal lacks a needed right, or undefined when it has them all. */
function missingRight(sd: SecurityDescriptor, principal: (typeof PRINCIPALS)[number]): string | undefined {
  if (!sd.dacl || sd.dacl.aces === null) return undefined; // no DACL or a NULL DACL: everyone may
  const decided = new Map<number, { allowed: boolean; ace?: string }>();
  for (const ace of sd.dacl.aces) {
    if (!principal.sids.has(ace.sid)) continue;
    const deny = ace.type === 'deny' || ace.type === 'objectDeny';
    const allow = ace.type === 'allow' || ace.type === 'objectAllow';
    if (!deny && !allow) continue;
    const rights = comRights(ace.mask);
    for (const [bit] of NEEDED) {
      if (decided.has(bit) || (rights & bit) === 0) continue;
      decided.set(bit, { allowed: allow, ace: formatSid(ace.sid) });
    }
  }
  for (const [bit, what] of NEEDED) {
    const d = decided.get(bit);
    if (!d) return `${what}: no ACE grants it`;
    if (!d.allowed) return `${what}: denied by the ACE for ${d.ace}`;
  }
  return undefined;
}

/** The SDDL a launch-permission operation writes: the source of a binary value, or REG_SZ SDDL data. */
function launchSddl(op: RegistryOperation): string | undefined {
  if (!/launch/i.test(op.valueName)) return undefined;
  if (op.sddl !== undefined) return op.sddl;
  if (op.kind === 'securityOption' && op.value?.type === 'REG_SZ') return op.value.data;
  return undefined;
}

export function lockoutProblems(ops: readonly Operation[], profile: Profile, file: string): Problem[] {
  if (profile.acknowledgeLockoutRisk) return [];
  const problems: Problem[] = [];
  for (const op of ops) {
    if (op.type !== 'registry') continue;
    const sddl = launchSddl(op);
    if (sddl === undefined) continue;
    let sd: SecurityDescriptor;
    try {
      sd = parseSddl(sddl);
    } catch {
      continue; // the encoder or the value schema reports malformed SDDL
    }
    for (const principal of PRINCIPALS) {
      const why = missingRight(sd, principal);
      if (!why) continue;
      problems.push({
        where: `${file}: $.controls["${op.controls[0]}"]`,
        message: `${op.key}\\${op.valueName} denies ${principal.name} local launch or activation (${why}; ${sddl}); this can stop Windows services and lock administrators out. Grant ${principal.name} local launch and activation, or set "acknowledgeLockoutRisk": true if this is intended`,
      });
    }
  }
  return problems;
}
