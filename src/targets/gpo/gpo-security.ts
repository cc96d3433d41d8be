/**
 * The security descriptor a generated GPO backup records (Backup.xml GroupPolicyCoreSettings/SecurityDescriptor,
 * the self-relative descriptor of the groupPolicyContainer, [MS-GPOL] 2.3; and the gpreport.xml summary).
 *
 * GPMC's default for a new GPO grants Domain Admins and Enterprise Admins full control, which needs the
 * domain's SIDs (S-1-5-21-<domain>-512/-519); a generated file cannot know them. We write the same shape with
 * domain-independent SIDs only: BUILTIN\Administrators (a domain's Administrators group, which contains Domain
 * and Enterprise Admins) takes the admins' place; SYSTEM, ENTERPRISE DOMAIN CONTROLLERS (read), Authenticated
 * Users (read + the Apply Group Policy extended right edacfd8f-...) and CREATOR OWNER (inherit only) are as GPMC
 * writes them. `Import-GPO` and GPMC "Import Settings" do not apply this descriptor (the target GPO keeps its
 * own permissions); only a restore would, and a restore reads the SecurityGroups list, which is empty because
 * no domain group is referenced.
 *
 * Protected DACL (`P`) and auto-inherited (`AI`) as in GPMC's descriptor; GPMC also sets SE_SACL_AUTO_INHERITED
 * without a SACL, which our encoder does not produce (it is meaningless without a SACL).
 */
import { sddlToSecurityDescriptorBytes } from '../../formats/sddl.js';

export const APPLY_GROUP_POLICY_RIGHT = 'edacfd8f-ffb3-11d1-b41d-00a0c968f939';
const FULL = 'CCDCLCSWRPWPDTLOSDRCWDWO';
const READ = 'LCRPLORC';

export const GPO_SDDL =
  `D:PAI(OA;CI;CR;${APPLY_GROUP_POLICY_RIGHT};;AU)(A;CI;${FULL};;;BA)(A;CI;${READ};;;ED)` +
  `(A;CI;${READ};;;AU)(A;CI;${FULL};;;SY)(A;CIIO;${FULL};;;CO)`;

/** The descriptor as Backup.xml writes it: lower-case hex bytes separated by spaces. */
export function gpoSecurityDescriptorHex(): string {
  return Buffer.from(sddlToSecurityDescriptorBytes(GPO_SDDL))
    .toString('hex')
    .replace(/(..)(?!$)/g, '$1 ');
}

/** The permissions gpreport.xml lists, in GPMC's grouped wording. CREATOR OWNER is inherit-only and not listed. */
export const GPO_TRUSTEES: readonly { sid: string; name: string; access: string }[] = [
  { sid: 'S-1-5-32-544', name: 'BUILTIN\\Administrators', access: 'Edit, delete, modify security' },
  { sid: 'S-1-5-9', name: 'NT AUTHORITY\\ENTERPRISE DOMAIN CONTROLLERS', access: 'Read' },
  { sid: 'S-1-5-18', name: 'NT AUTHORITY\\SYSTEM', access: 'Edit, delete, modify security' },
  { sid: 'S-1-5-11', name: 'NT AUTHORITY\\Authenticated Users', access: 'Apply Group Policy' },
];
