/**
 * The catalog's authored shape: a control (one mitigation measure) with declared parameters and
 * setting templates. Templates are data with a tiny, closed expression language:
 *  - `{version}` in a key expands per selected Office version (the template lists where it applies);
 *  - `{item}` / `{item.field}` in key or value name expand per item of a list parameter (`forEach`);
 *  - value data is a literal or `{ "param": name, "map"?: {...} }`, `{ "item": field?, "map"?: {...} }`,
 *    optionally with `"encode": "securityDescriptor"` to turn SDDL into a self-relative descriptor;
 *  - `when` includes a template only for some parameter values.
 */
import { z } from 'zod';
import { parameterSpecSchema } from './parameter.js';
import { isPolicyKey, registryActionSchema, registryKeySchema, scopeSchema } from './registry.js';

export const MITIGATIONS = {
  M1048: 'Application Isolation and Sandboxing',
  M1040: 'Behavior Prevention on Endpoint',
  M1042: 'Disable or Remove Feature or Program',
  M1026: 'Privileged Account Management',
  M1054: 'Software Configuration',
  DS0009: 'Detection: Process (process creation)',
} as const;
export const mitigationIdSchema = z.enum(Object.keys(MITIGATIONS) as [keyof typeof MITIGATIONS, ...(keyof typeof MITIGATIONS)[]]);
export type MitigationId = z.infer<typeof mitigationIdSchema>;

export const TECHNIQUES = {
  T1559: 'Inter-Process Communication',
  'T1559.001': 'Component Object Model',
  'T1559.002': 'Dynamic Data Exchange',
} as const;
export const techniqueIdSchema = z.enum(Object.keys(TECHNIQUES) as [keyof typeof TECHNIQUES, ...(keyof typeof TECHNIQUES)[]]);
export type TechniqueId = z.infer<typeof techniqueIdSchema>;

export const OFFICE_VERSIONS = ['16.0', '15.0', '14.0'] as const;
export const officeVersionSchema = z.enum(OFFICE_VERSIONS);
export type OfficeVersion = z.infer<typeof officeVersionSchema>;

/** How the setting is delivered in a GPO; decides most channel routes. */
export const settingKindSchema = z.enum(['policy', 'preference', 'securityOption', 'auditSubcategory']);
export type SettingKind = z.infer<typeof settingKindSchema>;

const literalSchema = z.union([z.string(), z.number().int(), z.array(z.string())]);
const mapSchema = z.record(z.string(), literalSchema);
const encodeSchema = z.enum(['securityDescriptor']);

export const dataExprSchema = z.union([
  literalSchema,
  z.object({ param: z.string(), map: mapSchema.optional(), encode: encodeSchema.optional() }).strict(),
  z.object({ item: z.string().optional(), map: mapSchema.optional(), encode: encodeSchema.optional() }).strict(),
]);
export type DataExpr = z.infer<typeof dataExprSchema>;

export const conditionSchema = z.union([
  z.object({ param: z.string(), equals: z.union([z.string(), z.number(), z.boolean()]) }).strict(),
  z.object({ param: z.string(), notEquals: z.union([z.string(), z.number(), z.boolean()]) }).strict(),
  z.object({ param: z.string(), nonEmpty: z.literal(true) }).strict(),
  z.object({ item: z.string(), present: z.literal(true) }).strict(),
]);
export type Condition = z.infer<typeof conditionSchema>;

/** The official Microsoft ADMX policy that writes the same value, when there is one. */
export const admxMappingSchema = z
  .object({
    file: z.string().regex(/^[A-Za-z0-9_]+$/),
    policy: z.string().regex(/^[A-Za-z0-9_]+$/),
    /** The policy's name as GPMC shows it (from the ADML string table). */
    displayName: z.string().min(1),
    state: z.enum(['Enabled', 'Disabled']),
    element: z.string().optional(),
    /** GPMC category path, e.g. "Microsoft Word 2016 > Word Options > Security > Trust Center". */
    path: z.string(),
    setting: z.string().describe('what to choose in GPMC, e.g. "Disabled" or "Enabled, Ask to update: off"'),
  })
  .strict();
export type AdmxMapping = z.infer<typeof admxMappingSchema>;

/** "Microsoft Word 2016 > ... > Trust Center > Dynamic Data Exchange: Disabled (word16.admx L_AllowDDE)" */
export function officialPolicyText(a: AdmxMapping): string {
  return `${a.path} > ${a.displayName}: ${a.setting} (${a.file}.admx ${a.policy})`;
}

/** A native Intune CSP that carries this value (instead of ADMX ingestion or a script). */
export const cspMappingSchema = z
  .object({
    uri: z.string().regex(/^\.\/(Device|User)\/Vendor\/MSFT\//),
    /** How the value joins others on the same URI. */
    format: z.enum(['asrRule', 'asrExclusion', 'integer', 'admxEnabled', 'implied']),
  })
  .strict();
export type CspMapping = z.infer<typeof cspMappingSchema>;

export const auditSettingSchema = z
  .object({
    subcategory: z.string(),
    guid: z.string().regex(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/),
    success: z.boolean(),
    failure: z.boolean(),
  })
  .strict();
export type AuditSetting = z.infer<typeof auditSettingSchema>;

const templateText = z.string().refine((s) => !/\{(?!version\}|item\}|item\.[a-zA-Z0-9]+\})/.test(s), {
  message: 'only {version}, {item} and {item.field} placeholders are allowed',
});

export const settingTemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(1),
    kind: settingKindSchema,
    scope: scopeSchema,
    key: templateText.optional(),
    valueName: templateText.optional(),
    action: registryActionSchema.default('set'),
    value: z.object({ type: z.enum(['REG_SZ', 'REG_EXPAND_SZ', 'REG_DWORD', 'REG_QWORD', 'REG_MULTI_SZ', 'REG_BINARY']), data: dataExprSchema }).strict().optional(),
    audit: auditSettingSchema.optional(),
    officeVersions: z.array(officeVersionSchema).min(1).optional(),
    forEach: z.string().optional(),
    when: conditionSchema.optional(),
    admx: admxMappingSchema.optional(),
    csp: cspMappingSchema.optional(),
    confirmed: z.boolean(),
    source: z.string().min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.kind === 'auditSubcategory') {
      if (!t.audit) ctx.addIssue({ code: 'custom', path: ['audit'], message: 'an auditSubcategory setting needs "audit"' });
      if (t.key || t.value) ctx.addIssue({ code: 'custom', path: ['key'], message: 'an auditSubcategory setting has no registry key or value' });
      return;
    }
    if (!t.key) ctx.addIssue({ code: 'custom', path: ['key'], message: 'a registry setting needs "key"' });
    if (t.key) {
      const probe = t.key.replace(/\{[^}]*\}/g, 'x');
      const r = registryKeySchema.safeParse(probe);
      if (!r.success) ctx.addIssue({ code: 'custom', path: ['key'], message: r.error.issues[0]?.message ?? 'bad key' });
      if (t.key.includes('{version}') && !t.officeVersions)
        ctx.addIssue({ code: 'custom', path: ['officeVersions'], message: 'a key with {version} must list the Office versions it applies to' });
    }
    const needsValueName = t.action === 'set' || t.action === 'deleteValue';
    if (needsValueName && t.valueName === undefined) ctx.addIssue({ code: 'custom', path: ['valueName'], message: `action ${t.action} needs "valueName"` });
    if (t.action === 'set' && !t.value) ctx.addIssue({ code: 'custom', path: ['value'], message: 'action set needs "value"' });
    if (t.action !== 'set' && t.value) ctx.addIssue({ code: 'custom', path: ['value'], message: `action ${t.action} takes no value` });
    if (t.key) {
      // The kind decides GPO routing, so it must agree with where the key lives.
      const policy = isPolicyKey(t.key);
      if (t.kind === 'policy' && !policy) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'kind "policy" needs a key under Software\\Policies (otherwise use "preference")' });
      if (t.kind === 'preference' && policy) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'a key under Software\\Policies is kind "policy", not "preference"' });
      if (t.kind === 'securityOption' && (t.scope !== 'Machine' || t.action !== 'set' || !['REG_SZ', 'REG_EXPAND_SZ', 'REG_DWORD', 'REG_MULTI_SZ'].includes(t.value?.type ?? '')))
        ctx.addIssue({ code: 'custom', path: ['kind'], message: 'a securityOption is a Machine "set" of REG_SZ, REG_EXPAND_SZ, REG_DWORD or REG_MULTI_SZ (what GptTmpl.inf [Registry Values] can hold)' });
    }
    if (t.valueName?.startsWith('**')) ctx.addIssue({ code: 'custom', path: ['valueName'], message: 'use an explicit action instead of a "**" control name' });
  });
export type SettingTemplate = z.infer<typeof settingTemplateSchema>;

export const controlSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(1),
    summary: z.string().min(1),
    rationale: z.string().min(1),
    mitigation: mitigationIdSchema,
    techniques: z.array(techniqueIdSchema).min(1),
    /** recommended: low impact, in the default profile; strict: more friction; optIn: never selected by a shipped profile unless acknowledged. */
    tier: z.enum(['recommended', 'strict', 'optIn']),
    impact: z.enum(['low', 'medium', 'high']),
    impactNote: z.string().min(1),
    confirmed: z.boolean(),
    /** Why it is opt-in (required for optIn and for unconfirmed controls). */
    optInReason: z.string().optional(),
    /** Selecting this control can lock administrators out of remote management. */
    lockoutRisk: z.boolean().default(false),
    references: z.array(z.object({ title: z.string(), url: z.string().url() }).strict()).min(1),
    parameters: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), parameterSpecSchema).default({}),
    settings: z.array(settingTemplateSchema).min(1),
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.tier === 'optIn' || !c.confirmed) && !c.optInReason)
      ctx.addIssue({ code: 'custom', path: ['optInReason'], message: 'opt-in and unconfirmed controls must say why in "optInReason"' });
    if (!c.confirmed && c.tier !== 'optIn')
      ctx.addIssue({ code: 'custom', path: ['tier'], message: 'a control not confirmed by a Microsoft source must be tier "optIn"' });
    // The control's flag summarises its settings': confirmed exactly when every setting is.
    const allConfirmed = c.settings.every((s) => s.confirmed);
    if (c.confirmed !== allConfirmed)
      ctx.addIssue({ code: 'custom', path: ['confirmed'], message: c.confirmed ? 'a confirmed control cannot hold unconfirmed settings' : 'an unconfirmed control must hold at least one unconfirmed setting' });
    const ids = new Set<string>();
    c.settings.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['settings', i, 'id'], message: `duplicate setting id "${s.id}"` });
      ids.add(s.id);
      const refs = [s.forEach, s.when && 'param' in s.when ? s.when.param : undefined, paramOf(s.value?.data)];
      for (const r of refs) if (r !== undefined && !(r in c.parameters))
        ctx.addIssue({ code: 'custom', path: ['settings', i], message: `refers to unknown parameter "${r}"` });
    });
  });
export type Control = z.infer<typeof controlSchema>;

function paramOf(expr: DataExpr | undefined): string | undefined {
  return expr && typeof expr === 'object' && !Array.isArray(expr) && 'param' in expr ? expr.param : undefined;
}

export const catalogFileSchema = z
  .object({
    $schema: z.string().optional(),
    controls: z.array(controlSchema).min(1),
  })
  .strict();
