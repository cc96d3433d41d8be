/**
 * The settings report of a GPO backup, `{BackupId}/gpreport.xml`: the document GPMC writes next to every backup
 * (the same schema as `Get-GPOReport -ReportType Xml`, namespace http://www.microsoft.com/GroupPolicy/Settings)
 * and shows under "Manage Backups > View Settings". Import does not read it; it documents the backup.
 *
 * Shape copied from GPMC's reports (the chrome and certificates samples): UTF-16LE with BOM, declaration
 * `encoding="utf-16"`, CRLF, two-space indentation; `GPO` > Identifier, Name, IncludeComments, CreatedTime,
 * ModifiedTime, ReadTime, SecurityDescriptor, FilterDataAvailable, Computer, User; each side has
 * VersionDirectory, VersionSysvol, Enabled and one ExtensionData (Extension + Name) per extension, sorted by
 * name, extension namespaces bound to prefixes q1, q2, ... in document order.
 *
 * Every setting of the backup is listed with its state:
 * - "Registry" (registry.pol): values with an ADMX mapping as `Policy` (Name = the ADMX policy name, State =
 *   Enabled/Disabled, Category = the GPMC path, elements as Numeric / EditText / ListBox); values without one
 *   as GPMC reports values no loaded ADMX explains ("Extra Registry Settings"): `RegistrySetting` with
 *   KeyPath, Value (Name + Number or String; deletes show the `**del.` marker) and AdmSetting=false.
 * - "Windows Registry" (Group Policy Preferences): the Registry.xml items with GPOSettingOrder and Filters.
 * - "Security": Security Options as KeyName + SettingString/SettingNumber + Display.
 * - "Advanced Audit Configuration": AuditSetting rows.
 * The plan does not know the ADML display names or element kinds, so `Name` is the policy's ADMX name
 * (e.g. L_AllowDDE) and the Explain text says which GPMC setting it is and why it is set.
 */
import { create } from 'xmlbuilder2';
import { officialPolicyText } from '../../model/control.js';
import { wireValueName } from '../../formats/registry-pol.js';
import { generatedBy, type AuditOperation, type Plan, type RegistryOperation } from '../../model/plan.js';
import type { Scope } from '../../model/registry.js';
import { formatValue } from '../../model/registry.js';
import { finishXml, xmlComment } from '../../lib/xml.js';
import { auditSetting, auditSubcategoryName } from './audit-csv.js';
import { gpmcTime, type GpoIdentity } from './gpo-identity.js';
import { GPO_SDDL, GPO_TRUSTEES } from './gpo-security.js';
import { admxNamespace } from './admx-namespaces.js';
import { policyComments } from './comment-cmtx.js';
import { registryValueLine } from './gpt-tmpl-inf.js';
import { securityOptionDisplayName } from './security-option-names.js';
import {
  appendGppProperties,
  appendGppRegistryItem,
  GPP_REGISTRY_SETTINGS_CLSID,
  type GppRegistryItem,
} from './preferences-registry-xml.js';
import { mergeProvenance, provenanceText } from './provenance.js';
import { xmlText, type XMLBuilder } from './xml-values.js';

const SETTINGS_NS = 'http://www.microsoft.com/GroupPolicy/Settings';
const TYPES_NS = 'http://www.microsoft.com/GroupPolicy/Types';
const SECURITY_TYPES_NS = 'http://www.microsoft.com/GroupPolicy/Types/Security';
const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

const EXTENSIONS = {
  registry: { name: 'Registry', ns: 'http://www.microsoft.com/GroupPolicy/Settings/Registry', type: 'RegistrySettings' },
  preferences: { name: 'Windows Registry', ns: 'http://www.microsoft.com/GroupPolicy/Settings/Windows/Registry', type: 'RegistrySettings' },
  security: { name: 'Security', ns: 'http://www.microsoft.com/GroupPolicy/Settings/Security', type: 'SecuritySettings' },
  audit: { name: 'Advanced Audit Configuration', ns: 'http://www.microsoft.com/GroupPolicy/Settings/Auditing', type: 'AuditSettings' },
} as const;
type ExtensionKind = keyof typeof EXTENSIONS;

/** What one side (Computer or User) of the report lists. */
export interface SideReport {
  version: number;
  /** Operations in the side's registry.pol. */
  policy: RegistryOperation[];
  /** Group Policy Preferences registry items. */
  preferences: GppRegistryItem[];
  /** Security template values (Computer only). */
  security: RegistryOperation[];
  /** Advanced audit rows (Computer only). */
  audit: AuditOperation[];
}

export interface ReportInput {
  identity: GpoIdentity;
  sides: Record<Scope, SideReport>;
}

/** A builder that hands out q1, q2, ... in document order, like GPMC's serializer. */
class Prefixes {
  private n = 0;
  next(): string {
    this.n += 1;
    return `q${this.n}`;
  }
}

function el(parent: XMLBuilder, ns: string, prefix: string, name: string, text?: string, what?: string): XMLBuilder {
  const e = parent.ele(ns, `${prefix}:${name}`);
  if (text !== undefined) e.txt(xmlText(text, what ?? name));
  return e;
}

/** The value as GPMC's report would show data (Number for DWORD, text otherwise). */
function valueText(op: RegistryOperation): string {
  const v = op.value;
  if (!v) return '';
  switch (v.type) {
    case 'REG_DWORD':
      return String(v.data);
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return v.data;
    case 'REG_QWORD':
      return v.data;
    case 'REG_MULTI_SZ':
      return v.data.join('\n');
    case 'REG_BINARY':
      return v.data;
  }
}

function valueLine(op: RegistryOperation): string {
  const target = `${op.key}\\${op.valueName}`;
  switch (op.action) {
    case 'set':
      return `${target} = ${op.value!.type} ${formatValue(op.value!)}`;
    case 'deleteValue':
      return `${target}: deleted`;
    case 'deleteAllValues':
      return `${op.key}: all values deleted`;
    case 'createKey':
      return `${op.key}: key created`;
  }
}

function explainText(plan: Plan, ops: readonly RegistryOperation[]): string {
  const first = ops[0]!;
  const lines = [
    `Configured for MITRE ATT&CK T1559 (Inter-Process Communication); ${generatedBy(plan)}.`,
    `${provenanceText(mergeProvenance(ops))}.`,
  ];
  if (first.admx) lines.push(`In GPMC: ${officialPolicyText(first.admx)}.`);
  lines.push('Values:', ...ops.map((op) => `  ${valueLine(op)}`));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Extensions

function appendRegistryExtension(plan: Plan, ext: XMLBuilder, p: string, ns: string, ops: readonly RegistryOperation[]): void {
  // The same text comment.cmtx stores for the policy: GPMC reads it from there into the report's Comment.
  const comments = new Map(policyComments(plan, ops).map((c) => [`${c.namespace}\0${c.policy}`, c.text]));
  const policies = new Map<string, RegistryOperation[]>();
  const extra: RegistryOperation[] = [];
  for (const op of ops) {
    if (!op.admx) {
      extra.push(op);
      continue;
    }
    const k = `${op.admx.file}\0${op.admx.policy}`;
    policies.set(k, [...(policies.get(k) ?? []), op]);
  }
  const ordered = [...policies.values()].sort((a, b) => {
    const ka = `${a[0]!.admx!.path}\0${a[0]!.admx!.policy}`;
    const kb = `${b[0]!.admx!.path}\0${b[0]!.admx!.policy}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  for (const group of ordered) {
    const admx = group[0]!.admx!;
    const pol = el(ext, ns, p, 'Policy');
    el(pol, ns, p, 'Name', admx.displayName);
    el(pol, ns, p, 'State', admx.state);
    const comment = comments.get(`${admxNamespace(admx.file)}\0${admx.policy}`);
    if (comment !== undefined) el(pol, ns, p, 'Comment', comment, `comment on ${admx.policy}`);
    el(pol, ns, p, 'Explain', explainText(plan, group));
    el(pol, ns, p, 'Category', admx.path.split(/\s+>\s+/).join('/'), 'ADMX path');
    if (admx.state === 'Enabled') appendPolicyElements(pol, p, ns, group);
  }
  for (const op of extra) {
    const rs = el(ext, ns, p, 'RegistrySetting');
    el(rs, ns, p, 'KeyPath', op.key, `${op.id} key`);
    if (op.action !== 'createKey') {
      const value = el(rs, ns, p, 'Value');
      const name = wireValueName(op.action, op.valueName);
      el(value, ns, p, 'Name', name, `${op.id} value name`);
      if (op.action === 'set' && op.value?.type === 'REG_DWORD') el(value, ns, p, 'Number', String(op.value.data));
      else el(value, ns, p, 'String', op.action === 'set' ? valueText(op) : ' ', `${op.id} value`);
    }
    el(rs, ns, p, 'AdmSetting', 'false');
  }
}

/**
 * ADMX elements of an enabled policy. The plan knows the element id, not its kind, so: values of one element
 * that sit in another key than the policy's own value, or several values of one element, are a list
 * (ListBox, name = value name, data = value: how ADMX list elements with explicitValue write); a single
 * REG_DWORD is Numeric; anything else is EditText.
 */
function appendPolicyElements(pol: XMLBuilder, p: string, ns: string, group: readonly RegistryOperation[]): void {
  const policyKeys = new Set(group.filter((op) => !op.admx!.element).map((op) => op.key.toLowerCase()));
  const byElement = new Map<string, RegistryOperation[]>();
  for (const op of group) {
    const id = op.admx!.element;
    if (!id || op.action !== 'set') continue;
    byElement.set(id, [...(byElement.get(id) ?? []), op]);
  }
  for (const [id, ops] of byElement) {
    const isList = ops.length > 1 || (policyKeys.size > 0 && !policyKeys.has(ops[0]!.key.toLowerCase()));
    if (isList) {
      const box = el(pol, ns, p, 'ListBox');
      el(box, ns, p, 'Name', id, 'ADMX element');
      el(box, ns, p, 'State', 'Enabled');
      el(box, ns, p, 'ExplicitValue', 'true');
      // The list policies the catalog maps (ASR rules and exclusions) are additive="true" in WindowsDefender.admx.
      el(box, ns, p, 'Additive', 'true');
      el(box, ns, p, 'ValuePrefix');
      const value = el(box, ns, p, 'Value');
      for (const op of ops) {
        const item = el(value, ns, p, 'Element');
        el(item, ns, p, 'Name', op.valueName, `${op.id} value name`);
        el(item, ns, p, 'Data', valueText(op), `${op.id} value`);
      }
      continue;
    }
    const op = ops[0]!;
    const kind = op.value?.type === 'REG_DWORD' ? 'Numeric' : 'EditText';
    const e = el(pol, ns, p, kind);
    el(e, ns, p, 'Name', id, 'ADMX element');
    el(e, ns, p, 'State', 'Enabled');
    el(e, ns, p, 'Value', valueText(op), `${op.id} value`);
  }
}

function appendPreferencesExtension(ext: XMLBuilder, p: string, ns: string, items: readonly GppRegistryItem[]): void {
  const settings = el(ext, ns, p, 'RegistrySettings').att('clsid', GPP_REGISTRY_SETTINGS_CLSID);
  items.forEach((item, i) => {
    const reg = appendGppRegistryItem(settings, item, ns, `${p}:`);
    el(reg, ns, p, 'GPOSettingOrder', String(i + 1));
    appendGppProperties(reg, item, ns, `${p}:`);
    el(reg, ns, p, 'Filters');
  });
}

/**
 * The value as GptTmpl.inf holds it after `<type>,`: GPMC's report copies it raw, so a REG_SZ keeps its
 * double quotes (a real report shows `<SettingString>"0"</SettingString>` for `AllocateCDRoms=1,"0"`).
 */
function templateData(op: RegistryOperation): string {
  const line = registryValueLine(op);
  const prefix = `MACHINE\\${op.key}\\${op.valueName}=`;
  const data = line.slice(prefix.length);
  return data.slice(data.indexOf(',') + 1);
}

function appendSecurityExtension(ext: XMLBuilder, p: string, ns: string, ops: readonly RegistryOperation[]): void {
  for (const op of ops) {
    const so = el(ext, ns, p, 'SecurityOptions');
    const keyName = `MACHINE\\${op.key}\\${op.valueName}`;
    el(so, ns, p, 'KeyName', keyName, `${op.id} key`);
    if (op.value?.type === 'REG_DWORD') el(so, ns, p, 'SettingNumber', String(op.value.data));
    else el(so, ns, p, 'SettingString', templateData(op), `${op.id} value`);
    const display = el(so, ns, p, 'Display');
    el(display, ns, p, 'Name', securityOptionDisplayName(keyName) ?? op.title, `${op.id} title`);
    el(display, ns, p, 'Units');
    el(display, ns, p, 'DisplayString', valueText(op), `${op.id} value`);
  }
}

function appendAuditExtension(ext: XMLBuilder, p: string, ns: string, ops: readonly AuditOperation[]): void {
  for (const op of ops) {
    const row = el(ext, ns, p, 'AuditSetting');
    el(row, ns, p, 'PolicyTarget', 'System');
    el(row, ns, p, 'SubcategoryName', auditSubcategoryName(op.audit.subcategory), `${op.id} subcategory`);
    el(row, ns, p, 'SubcategoryGuid', op.audit.guid.toLowerCase());
    el(row, ns, p, 'SettingValue', String(auditSetting(op.audit.success, op.audit.failure).value));
  }
}

function appendSide(plan: Plan, parent: XMLBuilder, side: SideReport, prefixes: Prefixes): void {
  parent.ele(SETTINGS_NS, 'VersionDirectory').txt(String(side.version));
  parent.ele(SETTINGS_NS, 'VersionSysvol').txt(String(side.version));
  parent.ele(SETTINGS_NS, 'Enabled').txt('true');
  const present: ExtensionKind[] = [];
  if (side.audit.length > 0) present.push('audit');
  if (side.policy.length > 0) present.push('registry');
  if (side.security.length > 0) present.push('security');
  if (side.preferences.length > 0) present.push('preferences');
  present.sort((a, b) => (EXTENSIONS[a].name < EXTENSIONS[b].name ? -1 : 1));
  for (const kind of present) {
    const { name, ns, type } = EXTENSIONS[kind];
    const p = prefixes.next();
    const data = parent.ele(SETTINGS_NS, 'ExtensionData');
    const ext = data.ele(SETTINGS_NS, 'Extension').att(XMLNS, `xmlns:${p}`, ns).att(XSI_NS, 'xsi:type', `${p}:${type}`);
    if (kind === 'registry') appendRegistryExtension(plan, ext, p, ns, side.policy);
    if (kind === 'preferences') appendPreferencesExtension(ext, p, ns, side.preferences);
    if (kind === 'security') appendSecurityExtension(ext, p, ns, side.security);
    if (kind === 'audit') appendAuditExtension(ext, p, ns, side.audit);
    data.ele(SETTINGS_NS, 'Name').txt(name);
  }
}

/**
 * Owner and primary group of the GPO as the report shows them. GPMC's reports show the domain's Domain Admins
 * for both (`O:DAG:DA`); a generated file cannot know the domain SID, so, as in the DACL (gpo-security.ts),
 * BUILTIN\\Administrators takes their place.
 */
const GPO_REPORT_OWNER = { sid: 'S-1-5-32-544', name: 'BUILTIN\\Administrators' } as const;

/**
 * The SACL every real report shows (four reports from four domains, identical): `S:AI` and three success-audit
 * object ACEs for Everyone, inherited (`ID`) from the domain's default SACL (property sets and attributes of
 * groupPolicyContainer objects). The report reads it from the directory; AuditingPresent stays false in all of them.
 */
const GPO_REPORT_SACL =
  'S:AI(OU;CIIDSA;WPWD;;f30e3bc2-9ff0-11d1-b603-0000f80367c1;WD)' +
  '(OU;CIIOIDSA;WP;f30e3bbe-9ff0-11d1-b603-0000f80367c1;bf967aa5-0de6-11d0-a285-00aa003049e2;WD)' +
  '(OU;CIIOIDSA;WP;f30e3bbf-9ff0-11d1-b603-0000f80367c1;bf967aa5-0de6-11d0-a285-00aa003049e2;WD)';

/** The report's SDDL: owner, group, the backup's DACL and the inherited SACL, in GPMC's order (O, G, D, S). */
export const GPO_REPORT_SDDL = `O:BAG:BA${GPO_SDDL}${GPO_REPORT_SACL}`;

function appendSecurityDescriptor(gpo: XMLBuilder): void {
  const sd = gpo.ele(SETTINGS_NS, 'SecurityDescriptor');
  sd.ele(SECURITY_TYPES_NS, 'SDDL').txt(GPO_REPORT_SDDL);
  for (const part of ['Owner', 'Group']) {
    const who = sd.ele(SECURITY_TYPES_NS, part);
    who.ele(TYPES_NS, 'SID').txt(GPO_REPORT_OWNER.sid);
    who.ele(TYPES_NS, 'Name').txt(GPO_REPORT_OWNER.name);
  }
  sd.ele(SECURITY_TYPES_NS, 'PermissionsPresent').txt('true');
  const perms = sd.ele(SECURITY_TYPES_NS, 'Permissions');
  perms.ele(SECURITY_TYPES_NS, 'InheritsFromParent').txt('false');
  for (const t of GPO_TRUSTEES) {
    const tp = perms.ele(SECURITY_TYPES_NS, 'TrusteePermissions');
    const trustee = tp.ele(SECURITY_TYPES_NS, 'Trustee');
    trustee.ele(TYPES_NS, 'SID').txt(t.sid);
    trustee.ele(TYPES_NS, 'Name').txt(t.name);
    tp.ele(SECURITY_TYPES_NS, 'Type').att(XSI_NS, 'xsi:type', 'PermissionType').ele(SECURITY_TYPES_NS, 'PermissionType').txt('Allow');
    tp.ele(SECURITY_TYPES_NS, 'Inherited').txt('false');
    const app = tp.ele(SECURITY_TYPES_NS, 'Applicability');
    app.ele(SECURITY_TYPES_NS, 'ToSelf').txt('true');
    app.ele(SECURITY_TYPES_NS, 'ToDescendantObjects').txt('false');
    app.ele(SECURITY_TYPES_NS, 'ToDescendantContainers').txt('true');
    app.ele(SECURITY_TYPES_NS, 'ToDirectDescendantsOnly').txt('false');
    tp.ele(SECURITY_TYPES_NS, 'Standard').ele(SECURITY_TYPES_NS, 'GPOGroupedAccessEnum').txt(t.access);
    tp.ele(SECURITY_TYPES_NS, 'AccessMask').txt('0');
  }
  sd.ele(SECURITY_TYPES_NS, 'AuditingPresent').txt('false');
}

/** The gpreport.xml text (LF line ends, no BOM; the caller writes UTF-16LE with BOM and CRLF). */
export function gpreportXml(plan: Plan, input: ReportInput): string {
  const { identity } = input;
  const time = gpmcTime(plan.profile.gpo.backupTime);
  const gpo = create()
    .ele(SETTINGS_NS, 'GPO')
    .att(XMLNS, 'xmlns:xsd', XSD_NS)
    .att(XMLNS, 'xmlns:xsi', XSI_NS)
    .att(XMLNS, 'xmlns', SETTINGS_NS);
  const id = gpo.ele(SETTINGS_NS, 'Identifier');
  id.ele(TYPES_NS, 'Identifier').txt(identity.gpoGuid);
  id.ele(TYPES_NS, 'Domain').txt(xmlText(identity.domain, 'GPO domain'));
  gpo.ele(SETTINGS_NS, 'Name').txt(xmlText(identity.displayName, 'GPO display name'));
  gpo.ele(SETTINGS_NS, 'IncludeComments').txt('true');
  gpo.ele(SETTINGS_NS, 'CreatedTime').txt(time);
  gpo.ele(SETTINGS_NS, 'ModifiedTime').txt(time);
  gpo.ele(SETTINGS_NS, 'ReadTime').txt(`${time}.0000000Z`);
  appendSecurityDescriptor(gpo);
  gpo.ele(SETTINGS_NS, 'FilterDataAvailable').txt('true');
  const prefixes = new Prefixes();
  appendSide(plan, gpo.ele(SETTINGS_NS, 'Computer'), input.sides.Machine, prefixes);
  appendSide(plan, gpo.ele(SETTINGS_NS, 'User'), input.sides.User, prefixes);
  const body = gpo.end({ headless: true, prettyPrint: true, indent: '  ', newline: '\n', wellFormed: true });
  return `<?xml version="1.0" encoding="utf-16"?>\n<!--${xmlComment(generatedBy(plan))}-->\n${finishXml(body)}`;
}
