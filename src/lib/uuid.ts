/**
 * Name-based UUIDs, version 5 (SHA-1), as specified in RFC 4122 section 4.3 (now RFC 9562 section 5.5):
 * hash the 16 bytes of the namespace UUID followed by the name, keep the first 16 bytes of the SHA-1 digest,
 * set the version nibble to 5 and the variant bits to 10. The name is hashed as UTF-8.
 *
 * Used wherever an artifact needs a GUID that Windows tools expect to be unique (GPO and backup ids, Group
 * Policy Preferences item uids): the same input always gives the same GUID, so builds are reproducible, and
 * different inputs give different GUIDs.
 */
import { createHash } from 'node:crypto';
import { InternalError } from './errors.js';

/** RFC 4122 appendix C namespaces. */
export const UUID_NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
export const UUID_NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * This project's namespace: uuidv5(UUID_NAMESPACE_URL, "https://attack.mitre.org/techniques/T1559/").
 * Written out so it never changes by accident; a unit test recomputes it.
 */
export const T1559_UUID_NAMESPACE = '6daa12f9-b5ad-5d54-b161-69a8d9388b16';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidBytes(uuid: string): Buffer {
  if (!UUID_RE.test(uuid)) throw new InternalError(`not a UUID: "${uuid}"`);
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** UUIDv5 of `name` in `namespace`, lower-case canonical text (8-4-4-4-12). */
export function uuidv5(name: string, namespace: string = T1559_UUID_NAMESPACE): string {
  const digest = createHash('sha1').update(uuidBytes(namespace)).update(Buffer.from(name, 'utf8')).digest();
  const b = digest.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50; // version 5
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The Windows registry / GPMC spelling: upper-case, in braces, e.g. `{6DAA12F9-B5AD-5D54-B161-69A8D9388B16}`. */
export function bracedUpper(uuid: string): string {
  uuidBytes(uuid);
  return `{${uuid.toUpperCase()}}`;
}

/** Lower-case in braces, as GPMC writes a domain GUID in bkupInfo.xml. */
export function bracedLower(uuid: string): string {
  uuidBytes(uuid);
  return `{${uuid.toLowerCase()}}`;
}
