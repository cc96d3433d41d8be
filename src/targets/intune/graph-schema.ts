/**
 * The Microsoft Graph request bodies the Intune target writes, as zod schemas (Microsoft Graph REST API
 * reference, Intune device configuration: `windows10CustomConfiguration`, `omaSettingString`,
 * `omaSettingInteger`, `omaSettingBase64`; beta `deviceHealthScript`).
 *
 * Only what a create (POST) accepts and the project writes: every schema is strict, so an id, a timestamp,
 * a version, an assignment or a tenant-specific field cannot slip into a body. The renderer parses every body
 * with these schemas before writing it (a failure is a bug of the renderer), and the tests do the same.
 *
 * The IntuneManagement variants describe the copies laid out for IntuneManagement's file import: its exports
 * are Graph beta GET results, whose OMA settings also carry `isEncrypted` and `secretReferenceValueId`
 * (beta-only properties; v1.0 does not know them, so the plain Graph bodies leave them out).
 */
import { z } from 'zod';

/** Intune accepts at most this many OMA-URI settings in one custom profile. */
export const MAX_OMA_SETTINGS = 1000;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

const omaUri = z
  .string()
  .regex(/^\.\/(Device|User)\/Vendor\/MSFT\/[^\s]+$/, 'an OMA-URI starting with ./Device/Vendor/MSFT/ or ./User/Vendor/MSFT/');
const base64 = z.string().regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'standard base64 with padding');

const omaSettingBase = {
  displayName: z.string().min(1),
  description: z.string(),
  omaUri,
};

export const omaSettingStringSchema = z
  .object({ '@odata.type': z.literal('#microsoft.graph.omaSettingString'), ...omaSettingBase, value: z.string() })
  .strict();

export const omaSettingIntegerSchema = z
  .object({
    '@odata.type': z.literal('#microsoft.graph.omaSettingInteger'),
    ...omaSettingBase,
    value: z.number().int().min(INT32_MIN).max(INT32_MAX),
  })
  .strict();

/** Not written today (no T1559 setting is a file); kept so the model covers the custom-profile value types a body may hold. */
export const omaSettingBase64Schema = z
  .object({ '@odata.type': z.literal('#microsoft.graph.omaSettingBase64'), ...omaSettingBase, fileName: z.string().min(1), value: base64 })
  .strict();

export const omaSettingSchema = z.discriminatedUnion('@odata.type', [
  omaSettingStringSchema,
  omaSettingIntegerSchema,
  omaSettingBase64Schema,
]);
export type OmaSetting = z.infer<typeof omaSettingSchema>;

export const windows10CustomConfigurationSchema = z
  .object({
    '@odata.type': z.literal('#microsoft.graph.windows10CustomConfiguration'),
    displayName: z.string().min(1),
    description: z.string(),
    omaSettings: z.array(omaSettingSchema).min(1).max(MAX_OMA_SETTINGS),
  })
  .strict();
export type Windows10CustomConfiguration = z.infer<typeof windows10CustomConfigurationSchema>;

export const deviceHealthScriptSchema = z
  .object({
    '@odata.type': z.literal('#microsoft.graph.deviceHealthScript'),
    displayName: z.string().min(1),
    description: z.string(),
    publisher: z.string().min(1),
    detectionScriptContent: base64.min(1),
    remediationScriptContent: base64.min(1),
    runAsAccount: z.enum(['system', 'user']),
    enforceSignatureCheck: z.boolean(),
    runAs32Bit: z.boolean(),
  })
  .strict();
export type DeviceHealthScript = z.infer<typeof deviceHealthScriptSchema>;

/* IntuneManagement (Micke-K/IntuneManagement) file-import copies ------------------------------------------- */

const plainValue = { isEncrypted: z.literal(false), secretReferenceValueId: z.null() };

export const intuneManagementOmaSettingSchema = z.discriminatedUnion('@odata.type', [
  omaSettingStringSchema.extend(plainValue).strict(),
  omaSettingIntegerSchema.extend(plainValue).strict(),
  omaSettingBase64Schema.extend(plainValue).strict(),
]);

export const intuneManagementCustomConfigurationSchema = windows10CustomConfigurationSchema
  .extend({ omaSettings: z.array(intuneManagementOmaSettingSchema).min(1).max(MAX_OMA_SETTINGS) })
  .strict();
export type IntuneManagementCustomConfiguration = z.infer<typeof intuneManagementCustomConfigurationSchema>;

/** IntuneManagement imports a health script body exactly as Graph takes it. */
export const intuneManagementDeviceHealthScriptSchema = deviceHealthScriptSchema;
