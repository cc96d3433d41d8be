/**
 * Windows' own display names of the Security Options the catalog can route to GptTmpl.inf, as GPMC shows them in
 * gpreport.xml (`SecurityOptions/Display/Name`) and in the editor under Computer Configuration > Policies >
 * Windows Settings > Security Settings > Local Policies > Security Options. The names come from the key's
 * Microsoft Security Options reference page (cited per entry); a key without an entry keeps the catalog title.
 * Keys are `MACHINE\<key>\<value name>` as GptTmpl.inf writes them, compared case-insensitively (registry
 * names are case-insensitive).
 */
const NAMES: readonly { keyName: string; displayName: string; source: string }[] = [
  {
    keyName: 'MACHINE\\Software\\Policies\\Microsoft\\Windows NT\\DCOM\\MachineAccessRestriction',
    displayName: 'DCOM: Machine Access Restrictions in Security Descriptor Definition Language (SDDL) syntax',
    source:
      'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/dcom-machine-access-restrictions-in-security-descriptor-definition-language-sddl-syntax',
  },
  {
    keyName: 'MACHINE\\Software\\Policies\\Microsoft\\Windows NT\\DCOM\\MachineLaunchRestriction',
    displayName: 'DCOM: Machine Launch Restrictions in Security Descriptor Definition Language (SDDL) syntax',
    source:
      'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/dcom-machine-launch-restrictions-in-security-descriptor-definition-language-sddl-syntax',
  },
];

const BY_KEY = new Map(NAMES.map((n) => [n.keyName.toLowerCase(), n.displayName]));

/** Windows' display name of the Security Option at `keyName` (`MACHINE\...\value`), or undefined when not in the table. */
export function securityOptionDisplayName(keyName: string): string | undefined {
  return BY_KEY.get(keyName.toLowerCase());
}
