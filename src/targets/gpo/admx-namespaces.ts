/**
 * The ADMX target namespace of each ADMX file the catalog maps to (the `<policyNamespaces><target
 * namespace=...>` of Microsoft's files). A comment.cmtx refers to a policy as `prefix:policyName` where the
 * prefix is bound to this namespace ([MS-GPREG] 2.2.3 "Policy Comment Message Syntax"), and GPMC shows the
 * comment only when an ADMX file with exactly this namespace is loaded (central store or local
 * PolicyDefinitions). These are facts about Microsoft's published files, not about this project.
 * Note Microsoft's own spelling "DECOM" in the DCOM namespace.
 */
const NAMESPACES: Readonly<Record<string, string>> = {
  AuditSettings: 'Microsoft.Policies.Auditing',
  DCOM: 'Microsoft.Policies.DECOM',
  SecGuide: 'Microsoft.Policies.SecGuide',
  WindowsDefender: 'Microsoft.Policies.WindowsDefender',
};

/** Office 2016+ ADMX files (word16, excel16, office16, ...) all use `<file>.Office.Microsoft.Policies.Windows`. */
const OFFICE_FILE = /^[a-z]+16$/;

/** The namespace of an ADMX file by its base name, or undefined when this project does not know it. */
export function admxNamespace(file: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(NAMESPACES, file)) return NAMESPACES[file];
  if (OFFICE_FILE.test(file)) return `${file}.Office.Microsoft.Policies.Windows`;
  return undefined;
}
