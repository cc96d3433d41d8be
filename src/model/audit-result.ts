/**
 * The audit result: the one JSON document `audit/Test-T1559.ps1` writes (docs/formats.md "Audit result") and
 * `t1559 assess` / `t1559 rollback` read. Its JSON Schema ships as policies/audit-result.schema.json
 * (`t1559 schema --audit-result`).
 *
 * Registry data travels as the script reads it: the RegistryValueKind name and data by kind (DWord the stored
 * bits as 0..4294967295, QWord the unsigned decimal text, Binary/None/Unknown lower-case hex, MultiString a list,
 * String/ExpandString the text unexpanded). Every operation of the profile appears once per hive it was read
 * in, with what the profile expects, what the machine has, and a status the script computed; assess recomputes
 * the status from expected and actual and refuses a file where they disagree (a hand-edited or truncated file).
 */
import { z } from 'zod';

export const AUDIT_RESULT_SCHEMA_ID = 't1559-audit/1';

export const VALUE_KINDS = ['String', 'ExpandString', 'DWord', 'QWord', 'MultiString', 'Binary', 'None', 'Unknown'] as const;
export const valueKindSchema = z.enum(VALUE_KINDS);
export type ValueKind = z.infer<typeof valueKindSchema>;

const hex = z.string().regex(/^([0-9a-f]{2})*$/, 'lower-case hex, two digits per byte');
const uint32 = z.number().int().min(0).max(0xffffffff);
const qword = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,19})$/, 'REG_QWORD data is unsigned decimal text')
  .refine((s) => BigInt(s) <= 0xffffffffffffffffn, 'larger than 2^64-1');

/** Kind and data, the data shaped by the kind. */
export const kindDataSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('String'), data: z.string() }).strict(),
  z.object({ kind: z.literal('ExpandString'), data: z.string() }).strict(),
  z.object({ kind: z.literal('DWord'), data: uint32 }).strict(),
  z.object({ kind: z.literal('QWord'), data: qword }).strict(),
  z.object({ kind: z.literal('MultiString'), data: z.array(z.string()) }).strict(),
  z.object({ kind: z.literal('Binary'), data: hex }).strict(),
  z.object({ kind: z.literal('None'), data: hex }).strict(),
  z.object({ kind: z.literal('Unknown'), data: hex }).strict(),
]);
export type KindData = z.infer<typeof kindDataSchema>;

export const REGISTRY_ACTIONS = ['Set', 'DeleteValue', 'DeleteAllValues', 'CreateKey'] as const;

/** What the machine has for one operation. */
export const actualSchema = z.discriminatedUnion('state', [
  /** The value exists (Set / DeleteValue). */
  z.object({ state: z.literal('present'), kind: valueKindSchema, data: z.unknown() }).strict(),
  /**
   * The value (or, for key actions, the key) does not exist. `existingKey` is the deepest ancestor of the
   * operation's key that exists ('' = the hive root): rollback removes the keys below it that the deployment created.
   */
  z.object({ state: z.literal('absent'), keyExists: z.boolean(), existingKey: z.string() }).strict(),
  /** Key actions: the key exists and holds this many values. */
  z.object({ state: z.literal('key'), valueCount: z.number().int().min(0) }).strict(),
  z.object({ state: z.literal('unreadable'), reason: z.string().min(1) }).strict(),
]);
export type Actual = z.infer<typeof actualSchema>;

export const OPERATION_STATUSES = ['match', 'differs', 'missing', 'unreadable'] as const;
export const operationStatusSchema = z.enum(OPERATION_STATUSES);
export type OperationStatus = z.infer<typeof operationStatusSchema>;

export const registryResultSchema = z
  .object({
    id: z.string().min(1),
    /** HKLM, HKCU, or HKU\<SID> for a user hive read with -AllUsers. */
    hive: z.string().regex(/^(HKLM|HKCU|HKU\\S-1-[0-9-]+)$/, 'HKLM, HKCU or HKU\\<SID>'),
    scope: z.enum(['Machine', 'User']),
    key: z.string().min(1),
    name: z.string(),
    action: z.enum(REGISTRY_ACTIONS),
    /** Kind and data the profile sets (Set only; null otherwise). */
    expected: kindDataSchema.nullable(),
    actual: actualSchema,
    status: operationStatusSchema,
    /** ASR rule values: the action Get-MpPreference reports for the rule id (null: not listed, absent: Defender not read). */
    effectiveAsrAction: z.number().int().nullable().optional(),
  })
  .strict();
export type RegistryResult = z.infer<typeof registryResultSchema>;

export const auditPolicyResultSchema = z
  .object({
    id: z.string().min(1),
    guid: z
      .string()
      .regex(/^\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}$/, 'a subcategory GUID in braces'),
    subcategory: z.string(),
    expected: z.object({ success: z.boolean(), failure: z.boolean() }).strict(),
    actual: z.discriminatedUnion('state', [
      z.object({ state: z.literal('present'), success: z.boolean(), failure: z.boolean() }).strict(),
      z.object({ state: z.literal('unreadable'), reason: z.string().min(1) }).strict(),
    ]),
    status: operationStatusSchema,
  })
  .strict();
export type AuditPolicyResult = z.infer<typeof auditPolicyResultSchema>;

export const hiveResultSchema = z
  .object({
    hive: z.string(),
    /** How the hive was read: the machine, the current user, a loaded profile, a profile the script loaded and unloaded. */
    source: z.enum(['machine', 'currentUser', 'loaded', 'mounted']),
    profilePath: z.string().optional(),
    /** Set when the hive could not be read at all (its operations are then unreadable with the same reason). */
    error: z.string().optional(),
  })
  .strict();

export const machineFactsSchema = z
  .object({
    computerName: z.string(),
    takenAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'UTC time such as 2026-01-01T00:00:00Z'),
    elevated: z.boolean(),
    powershell: z.string(),
    /** CurrentBuildNumber.UBR, or null when unreadable. */
    windowsBuild: z.string().nullable(),
    office: z
      .object({
        /** Click-to-Run VersionToReport (or the MSI install's major version); null when no Office is found. */
        version: z.string().nullable(),
        clickToRun: z.boolean(),
        /** subscription: a Click-to-Run product id starting O365; volume: one ending Volume; other: neither; none: no Office found. */
        licensing: z.enum(['subscription', 'volume', 'other', 'none']),
        productReleaseIds: z.string(),
      })
      .strict(),
    defender: z.discriminatedUnion('state', [
      z.object({ state: z.literal('present') }).strict(),
      z.object({ state: z.literal('unavailable'), reason: z.string().min(1) }).strict(),
    ]),
  })
  .strict();
export type MachineFacts = z.infer<typeof machineFactsSchema>;

export const auditResultSchema = z
  .object({
    $schema: z.string().optional(),
    schema: z.literal(AUDIT_RESULT_SCHEMA_ID),
    tool: z.object({ name: z.literal('t1559'), version: z.string() }).strict(),
    profile: z.object({ name: z.string(), hash: z.string().regex(/^sha256:[0-9a-f]{64}$/) }).strict(),
    machine: machineFactsSchema,
    hives: z.array(hiveResultSchema),
    registry: z.array(registryResultSchema),
    auditPolicy: z.array(auditPolicyResultSchema),
    summary: z
      .object({
        total: z.number().int().min(0),
        match: z.number().int().min(0),
        differs: z.number().int().min(0),
        missing: z.number().int().min(0),
        unreadable: z.number().int().min(0),
      })
      .strict(),
  })
  .strict();
export type AuditResult = z.infer<typeof auditResultSchema>;
