/**
 * Group Policy client-side extensions (CSEs) and their admin tool extensions, as a GPO lists them in
 * gPCMachineExtensionNames / gPCUserExtensionNames ([MS-GPOL] 2.2.4 "GPO Extension Names"): one
 * `[{CSE}{tool}]` group per extension, CSE GUIDs sorted, tool GUIDs sorted inside a group. A client
 * processes only the extensions listed, so the list must name exactly what the GPO contains.
 * GUIDs as docs/formats.md "Client-side extension GUIDs" gives them and as GPMC writes them (upper case, in braces).
 */
import type { Scope } from '../../model/registry.js';

export interface ExtensionPair {
  cse: string;
  tool: string;
}

/** Administrative Templates: registry.pol ([MS-GPREG] 1.9); the tool differs per side. */
export const REGISTRY_CSE = '{35378EAC-683F-11D2-A89A-00C04FBBCFA2}';
export const REGISTRY_TOOL: Readonly<Record<Scope, string>> = {
  Machine: '{D02B1F72-3407-48AE-BA88-E8213C6761F1}',
  User: '{D02B1F73-3407-48AE-BA88-E8213C6761F1}',
};
/** Group Policy Preferences, Registry item type ([MS-GPPREF] 2.2.1). */
export const PREFERENCES_REGISTRY_CSE = '{B087BE9D-ED37-454F-AF9C-04291E351182}';
export const PREFERENCES_REGISTRY_TOOL = '{BEE07A6A-EC9F-4659-B8C9-0B1937907C83}';
/**
 * The null CSE: GPMC also lists an admin tool that has no client-side part under
 * `{00000000-0000-0000-0000-000000000000}`. With Group Policy Preferences present it writes
 * `[{00000000-0000-0000-0000-000000000000}{BEE07A6A-...}]` before the preferences pair (gPCMachineExtensionNames
 * of real GPOs; docs/formats.md "Client-side extension GUIDs"). Clients ignore it; it is not counted as an
 * extension in the version numbers.
 */
export const NULL_CSE = '{00000000-0000-0000-0000-000000000000}';
/** Security settings (GptTmpl.inf, [MS-GPSB]). */
export const SECURITY_CSE = '{827D319E-6EAC-11D2-A4EA-00C04F79F83A}';
export const SECURITY_TOOL = '{803E14A0-B4FB-11D0-A0D0-00A0C90F574B}';
/** Advanced Audit Policy Configuration (audit.csv, [MS-GPAC]). */
export const AUDIT_CSE = '{F3CCC681-B74C-4060-9F26-CD84525DCA2A}';
export const AUDIT_TOOL = '{0F3F3735-573D-9804-99E4-AB2A69BA5FD4}';
/** What GPMC's backup calls files no known extension claims (comments, preferences, audit, folders). */
export const UNKNOWN_EXTENSION = '{F15C46CD-82A0-4C2D-A210-5D0D3182A418}';

/** The `[{CSE}{tool}]...` string for a set of extensions: sorted, duplicates merged; empty when none. */
export function extensionGuidList(pairs: readonly ExtensionPair[]): string {
  const byCse = new Map<string, Set<string>>();
  for (const p of pairs) {
    const tools = byCse.get(p.cse) ?? new Set<string>();
    tools.add(p.tool);
    byCse.set(p.cse, tools);
  }
  return [...byCse.keys()]
    .sort()
    .map((cse) => `[${cse}${[...byCse.get(cse)!].sort().join('')}]`)
    .join('');
}
