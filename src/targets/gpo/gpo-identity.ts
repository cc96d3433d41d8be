/**
 * The identity a GPO backup records: GPO GUID, domain GUID, backup id, domain controller, times, version
 * numbers. GPMC takes these from Active Directory and the clock; here they come from the plan only, so the same
 * profile always gives the same bytes:
 *
 * - GUIDs are UUIDv5 (src/lib/uuid.ts) in this project's namespace. The GPO GUID is derived from the profile
 *   name and the domain (one profile = one GPO, whatever its content, so a restore finds the same GPO). The
 *   backup id is derived from the profile name and a SHA-256 of everything the backup carries, so each distinct
 *   content is a distinct backup, as with GPMC. The domain GUID is derived from the domain name alone: it is a
 *   property of the domain, and two profiles for one domain agree on it. GPMC writes GPO and backup ids in upper
 *   case and the domain GUID in lower case; so do we.
 * - GPODomainController / SourceExpandedPath: GPMC records the DC it read from. We must not write a host name,
 *   so we use the domain's DNS name: `\\contoso.com\sysvol\contoso.com\Policies\{GUID}` is the domain-based
 *   SYSVOL path every domain member can resolve, and it names no machine. Import and restore do not read it.
 * - Times come from plan.profile.gpo.backupTime (UTC), written the way GPMC writes local time (no zone).
 * - Version numbers: a side (computer/user) that carries settings must have a non-zero version, or clients skip
 *   it. We use the number of client-side extensions the side uses (0 when it is empty). Backup.xml stores
 *   `(sysvol << 16) | directory` with both halves equal, as in GPMC's backups.
 */
import { createHash } from 'node:crypto';
import type { Plan } from '../../model/plan.js';
import type { Scope } from '../../model/registry.js';
import { bracedLower, bracedUpper, uuidv5 } from '../../lib/uuid.js';

export interface GpoIdentity {
  /** `{UPPER-CASE}` GPO GUID (Backup.xml GroupPolicyCoreSettings/ID, bkupInfo GPOGuid). */
  gpoGuid: string;
  /** `{lower-case}` domain GUID. */
  domainGuid: string;
  domain: string;
  /** Neutral stand-in for the DC name (the domain's DNS name). */
  domainController: string;
  displayName: string;
  /** `2000-01-01T00:00:00` as GPMC writes BackupTime. */
  backupTime: string;
}

export function gpoIdentity(plan: Plan): GpoIdentity {
  const { name } = plan.profile;
  const { domain, displayName, backupTime } = plan.profile.gpo;
  return {
    gpoGuid: bracedUpper(uuidv5(JSON.stringify(['gpo', name, domain.toLowerCase()]))),
    domainGuid: bracedLower(uuidv5(JSON.stringify(['domain', domain.toLowerCase()]))),
    domain,
    domainController: domain,
    displayName,
    backupTime: gpmcTime(backupTime),
  };
}

/** Backup id from the profile name and the backup's content (paths and bytes, in the given order). */
export function backupIdFor(plan: Plan, content: readonly { path: string; bytes: Uint8Array }[]): string {
  const h = createHash('sha256');
  for (const f of content) {
    h.update(`${f.path}\0${f.bytes.length}\0`);
    h.update(f.bytes);
  }
  return bracedUpper(uuidv5(JSON.stringify(['backup', plan.profile.name, h.digest('hex')])));
}

/** `2000-01-01T00:00:00Z` -> `2000-01-01T00:00:00`. */
export function gpmcTime(iso: string): string {
  return iso.replace(/Z$/, '');
}

/** `2000-01-01T00:00:00Z` -> `2000-01-01 00:00:00`, the form of a GPP item's `changed` attribute. */
export function gppTime(iso: string): string {
  return gpmcTime(iso).replace('T', ' ');
}

/** Backup.xml's version number for a side: both 16-bit halves equal to `version`. */
export function backupVersionNumber(version: number): number {
  const v = Math.min(version, 0xffff);
  return v * 0x10000 + v;
}

/** `\\contoso.com\sysvol\contoso.com\Policies\{GUID}\Machine\registry.pol` for `Machine\registry.pol`. */
export function sourceExpandedPath(id: GpoIdentity, relative: string): string {
  return `\\\\${id.domainController}\\sysvol\\${id.domain}\\Policies\\${id.gpoGuid}\\${relative}`;
}

export const SIDE_VARIABLE: Readonly<Record<Scope, string>> = { Machine: '%GPO_MACH_FSPATH%', User: '%GPO_USER_FSPATH%' };
