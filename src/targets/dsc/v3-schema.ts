/**
 * The subset of the DSC v3 configuration document we emit, as a zod model: the renderer validates its own output
 * with it, and tests validate the YAML they parse back.
 *
 * Sources: the DSC v3 configuration document schema (docs/formats.md "PowerShell DSC"; document: required `$schema` from a fixed list
 * and `resources`; resource instance: `type` `^\w+(\.\w+){0,3}/\w+$`, `name` `^[a-zA-Z0-9 ]+$` unique in the
 * document, `properties` object; `metadata."Microsoft.DSC".securityContext` current|elevated|restricted) and the
 * Microsoft.Windows/Registry resource (PowerShell/DSC lib/dsc-lib-registry/src/config.rs: `keyPath` required,
 * `valueName`, `valueData` one of {String|ExpandString|Binary|DWord|MultiString|QWord}, `_exist`; unknown fields
 * are rejected).
 */
import { z } from 'zod';

export const V3_SCHEMA_URI = 'https://aka.ms/dsc/schemas/v3/bundled/config/document.json';
export const V3_REGISTRY_TYPE = 'Microsoft.Windows/Registry';

/** Unsigned integer up to `max`, as a number or (for 64-bit values, or YAML parsed with intAsBigInt) a bigint. */
const unsigned = (max: bigint) =>
  z
    .union([z.number().int(), z.bigint()])
    .refine((v) => BigInt(v) >= 0n && BigInt(v) <= max, { message: `must be an integer from 0 to ${max}` });

const byte = z
  .union([z.number().int(), z.bigint()])
  .refine((v) => BigInt(v) >= 0n && BigInt(v) <= 255n, { message: 'must be a byte (0..255)' });

export const registryValueDataSchema = z.union([
  z.object({ String: z.string() }).strict(),
  z.object({ ExpandString: z.string() }).strict(),
  z.object({ MultiString: z.array(z.string()) }).strict(),
  z.object({ DWord: unsigned(0xffffffffn) }).strict(),
  z.object({ QWord: unsigned(0xffffffffffffffffn) }).strict(),
  z.object({ Binary: z.array(byte) }).strict(),
]);

export const registryPropertiesSchema = z
  .object({
    keyPath: z.string().regex(/^HKLM\\[^\\]/, 'keyPath is HKLM\\ followed by the key'),
    valueName: z.string().optional(),
    valueData: registryValueDataSchema.optional(),
    _exist: z.boolean().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    // Without valueName, `_exist: false` deletes the whole key: we never emit that.
    if (p._exist === false && p.valueName === undefined)
      ctx.addIssue({ code: 'custom', message: '_exist: false needs valueName (otherwise it deletes the key)' });
    if (p._exist === false && p.valueData !== undefined) ctx.addIssue({ code: 'custom', message: 'a delete carries no valueData' });
    if (p.valueData !== undefined && p.valueName === undefined) ctx.addIssue({ code: 'custom', message: 'valueData needs valueName' });
  });

export const registryInstanceSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .regex(/^[a-zA-Z0-9 ]+$/, 'instance names use only letters, digits and spaces'),
    type: z.literal(V3_REGISTRY_TYPE),
    properties: registryPropertiesSchema,
  })
  .strict();

export const configDocumentSchema = z
  .object({
    $schema: z.literal(V3_SCHEMA_URI),
    metadata: z
      .object({ 'Microsoft.DSC': z.object({ securityContext: z.enum(['current', 'elevated', 'restricted']) }).strict() })
      .strict()
      .optional(),
    resources: z.array(registryInstanceSchema),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.resources.forEach((r, i) => {
      const k = r.name.toLowerCase();
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: ['resources', i, 'name'], message: `duplicate instance name "${r.name}"` });
      seen.add(k);
    });
  });

export type ConfigDocument = z.infer<typeof configDocumentSchema>;
export type RegistryInstance = z.infer<typeof registryInstanceSchema>;
export type RegistryValueData = z.infer<typeof registryValueDataSchema>;
