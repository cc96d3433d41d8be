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
import { registryActionSchema, scopeSchema } from './registry.js';

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

/**
 * The Intune Settings Catalog definition that delivers this value (docs/formats.md "Intune Settings Catalog").
 * Ids cannot be derived from the ADMX (the `v{N}` suffix, `_v2` redefinitions, cross-policy nesting), so each
 * is pinned here with the export it was confirmed in.
 * - `id`: the setting definition id of the instance that holds this value;
 * - `under`: what it nests under: the choice option value id of another setting (`..._l_outlooksecuritymode_1`)
 *   or a group collection setting id (the ASR rules group);
 * - `element`: the ADMX element child of an enabled policy: `enum` values end in the registry data (the ADMX
 *   enum's value), `boolean` values are `_1` when the data equals `trueData`, `text` is a string value.
 */
export const settingsCatalogIdSchema = z
  .string()
  .regex(/^(device|user)_vendor_msft_[a-z0-9_~]+$/, 'a Settings Catalog definition id: lowercase, (device|user)_vendor_msft_...');
export const settingsCatalogMappingSchema = z
  .object({
    id: settingsCatalogIdSchema,
    under: settingsCatalogIdSchema.optional(),
    element: z
      .object({ id: settingsCatalogIdSchema, kind: z.enum(['enum', 'boolean', 'text']), trueData: z.number().int().optional() })
      .strict()
      .optional(),
    source: z.string().min(1),
  })
  .strict();
export type SettingsCatalogMapping = z.infer<typeof settingsCatalogMappingSchema>;

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
    value: z
      .object({ type: z.enum(['REG_SZ', 'REG_EXPAND_SZ', 'REG_DWORD', 'REG_QWORD', 'REG_MULTI_SZ', 'REG_BINARY']), data: dataExprSchema })
      .strict()
      .optional(),
    audit: auditSettingSchema.optional(),
    officeVersions: z.array(officeVersionSchema).min(1).optional(),
    forEach: z.string().optional(),
    when: conditionSchema.optional(),
    admx: admxMappingSchema.optional(),
    csp: cspMappingSchema.optional(),
    settingsCatalog: settingsCatalogMappingSchema.optional(),
    confirmed: z.boolean(),
    source: z.string().min(1),
  })
  .strict();
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
  .strict();
export type Control = z.infer<typeof controlSchema>;

export const catalogFileSchema = z
  .object({
    $schema: z.string().optional(),
    controls: z.array(controlSchema).min(1),
  })
  .strict();
