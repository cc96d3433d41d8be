/**
 * Registry path text shared by the model (profile keys and value names) and the Registry.pol codec.
 */

const HIVE_PREFIX = /^(?:HKEY_|Registry::|Microsoft\.PowerShell\.Core\\Registry::|(?:HKLM|HKCU|HKCR|HKU|HKCC)(?:[\\:/]|$))/i;

/**
 * A key or value name that starts with a hive (HKLM\, HKEY_..., HKCU:, Registry::, the PowerShell provider
 * path): an input error everywhere in t1559, because the scope or the Machine/User file decides the hive.
 */
export function startsWithHive(text: string): boolean {
  return HIVE_PREFIX.test(text);
}
