/**
 * Lockout guard: COM security descriptors that deny SYSTEM or Administrators local launch or
 * activation can cut off remote management and break Windows services. Such a profile is refused
 * unless it sets acknowledgeLockoutRisk. A deny for a group SYSTEM or an administrator belongs to
 * (Everyone, Authenticated Users, INTERACTIVE, ...) counts as denying them.
 */
import type { Operation, RegistryOperation } from '../model/plan.js';
import type { Profile } from '../model/profile.js';
import type { Problem } from '../lib/errors.js';
import { parseSddl } from '../formats/sddl.js';

/** SIDs whose deny ACE reaches SYSTEM or members of Administrators, with who it reaches. */
const PROTECTED_SIDS: Record<string, string> = {
  'S-1-5-18': 'SYSTEM',
  'S-1-5-32-544': 'Administrators',
  'S-1-1-0': 'Everyone (includes SYSTEM and Administrators)',
  'S-1-5-11': 'Authenticated Users (includes SYSTEM and Administrators)',
  'S-1-5-4': 'INTERACTIVE (includes administrators at the console)',
  'S-1-2-0': 'LOCAL (includes administrators at the console)',
  'S-1-5-32-545': 'Users (includes Administrators)',
};
/** EXECUTE | EXECUTE_LOCAL | ACTIVATE_LOCAL: what local launch and activation need. */
const LOCAL_LAUNCH_BITS = 0x1 | 0x2 | 0x8;

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
    let sd;
    try {
      sd = parseSddl(sddl);
    } catch {
      continue; // the encoder or the value schema reports malformed SDDL
    }
    for (const ace of sd.dacl?.aces ?? []) {
      const who = PROTECTED_SIDS[ace.sid];
      if (!who || ace.type !== 'deny' || (ace.mask & LOCAL_LAUNCH_BITS) === 0) continue;
      problems.push({
        where: `${file}: $.controls["${op.controls[0]}"]`,
        message: `${op.key}\\${op.valueName} denies ${who} local launch or activation (${sddl}); this can stop Windows services and lock administrators out. Remove the deny ACE, or set "acknowledgeLockoutRisk": true if this is intended`,
      });
    }
  }
  return problems;
}
