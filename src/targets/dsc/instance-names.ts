/**
 * Unique, stable, readable names for DSC resource instances (v2 resource names, v3 instance names).
 * A readable base name is derived from the operation; when several items end up with the same base name
 * (compared case-insensitively, as DSC compares resource ids) every one of them gets a short hash of its own
 * identity appended, so a name never depends on the order or presence of other operations.
 */
import { createHash } from 'node:crypto';
import { InternalError } from '../../lib/errors.js';

export interface NameRequest {
  /** Readable name before disambiguation. */
  base: string;
  /** What makes the item unique (an operation id plus a qualifier); hashed for the suffix. */
  identity: string;
}

/** First 8 hex digits of SHA-256: deterministic, short, letters and digits only. */
export function shortHash(identity: string): string {
  return createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 8);
}

/**
 * Names for `requests`, in order. `join(base, hash)` builds a disambiguated name. `reserved` names (compared
 * case-insensitively) are treated as taken, so they are always disambiguated. Throws InternalError if names still
 * collide afterwards (two identical identities).
 */
export function uniqueNames(
  requests: readonly NameRequest[],
  join: (base: string, hash: string) => string,
  reserved: readonly string[] = [],
): string[] {
  const counts = new Map<string, number>();
  for (const r of reserved) counts.set(r.toLowerCase(), 1);
  for (const r of requests) counts.set(r.base.toLowerCase(), (counts.get(r.base.toLowerCase()) ?? 0) + 1);
  const names = requests.map((r) => ((counts.get(r.base.toLowerCase()) ?? 0) > 1 ? join(r.base, shortHash(r.identity)) : r.base));
  const seen = new Set(reserved.map((r) => r.toLowerCase()));
  for (const name of names) {
    const k = name.toLowerCase();
    if (seen.has(k)) throw new InternalError(`two DSC resource instances would both be named "${name}"`);
    seen.add(k);
  }
  return names;
}
