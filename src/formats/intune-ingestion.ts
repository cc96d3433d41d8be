/**
 * Which registry keys Intune ADMX ingestion (the Policy CSP's ConfigOperations/ADMXInstall) lets an ingested
 * template write. A Microsoft fact about the format, used by `admx lint` on any template and by the Intune
 * channel's rules: docs/domain.md "Intune ADMX ingestion limits".
 */

/** Key prefixes ingestion accepts under otherwise refused roots (case-insensitive). */
export const INGESTION_ALLOWED_PREFIXES = [
  'Software\\Policies\\Microsoft\\Office\\',
  'Software\\Microsoft\\Office\\',
  'Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\',
  'Software\\Microsoft\\Internet Explorer\\',
  'Software\\Policies\\Microsoft\\Shared Tools\\Proofing Tools\\',
  'Software\\Policies\\Microsoft\\IMEJP\\',
  'Software\\Policies\\Microsoft\\IME\\Shared\\',
  'Software\\Policies\\Microsoft\\Shared Tools\\Graphics Filters\\',
  'Software\\Policies\\Microsoft\\Windows\\CurrentVersion\\Explorer\\',
  'Software\\Policies\\Microsoft\\SoftwareProtectionPlatform\\',
  'Software\\Policies\\Microsoft\\OfficeSoftwareProtectionPlatform\\',
  'Software\\Policies\\Microsoft\\Windows\\Windows Search\\Preferences\\',
  'Software\\Policies\\Microsoft\\Exchange\\',
  'Software\\Microsoft\\Shared Tools\\Proofing Tools\\',
  'Software\\Microsoft\\Shared Tools\\Graphics Filters\\',
  'Software\\Microsoft\\Windows\\Windows Search\\Preferences\\',
  'Software\\Microsoft\\Exchange\\',
  'Software\\Policies\\Microsoft\\VBA\\Security\\',
  'Software\\Microsoft\\OneDrive',
  'Software\\Microsoft\\Edge',
  'Software\\Microsoft\\EdgeUpdate\\',
] as const;

/** Roots ingestion refuses unless an allowed prefix matches. */
export const INGESTION_REFUSED_ROOTS = ['System\\', 'Software\\Microsoft\\', 'Software\\Policies\\Microsoft\\'] as const;

/** Whether Intune ADMX ingestion may write this key. */
export function ingestionAllows(key: string): boolean {
  const k = `${key.toLowerCase()}\\`;
  const refused = INGESTION_REFUSED_ROOTS.some((r) => k.startsWith(r.toLowerCase()));
  if (!refused) return true;
  return INGESTION_ALLOWED_PREFIXES.some((p) => k.startsWith(p.toLowerCase()));
}
