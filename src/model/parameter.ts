/**
 * Control parameters are declared as data in the catalog and turned into zod schemas at load,
 * so a profile's parameter values are checked with the same rigour as the catalog itself.
 */
import { z } from 'zod';

const base = { description: z.string().min(1) };

const scalarParameterSpecs = [
  z.object({ ...base, type: z.literal('boolean'), default: z.boolean() }).strict(),
  z.object({ ...base, type: z.literal('enum'), values: z.array(z.string()).min(1), default: z.string() }).strict(),
  z.object({ ...base, type: z.literal('integer'), min: z.number().int(), max: z.number().int(), default: z.number().int() }).strict(),
  z
    .object({
      ...base,
      type: z.literal('string'),
      pattern: z.string().optional(),
      patternHint: z.string().optional(),
      maxLength: z.number().int().positive().optional(),
      default: z.string(),
    })
    .strict(),
  z.object({ ...base, type: z.literal('sddl'), default: z.string() }).strict(),
] as const;

export const scalarParameterSpecSchema = z.discriminatedUnion('type', [...scalarParameterSpecs]);
export type ScalarParameterSpec = z.infer<typeof scalarParameterSpecSchema>;

const fieldSpecSchema = z.discriminatedUnion('type', [
  ...scalarParameterSpecs.map((s) => s.extend({ optional: z.boolean().optional(), default: s.shape.default.optional() })),
] as unknown as [z.ZodObject<any>, ...z.ZodObject<any>[]]);

export const parameterSpecSchema = z.discriminatedUnion('type', [
  ...scalarParameterSpecs,
  z
    .object({
      ...base,
      type: z.literal('stringList'),
      pattern: z.string().optional(),
      patternHint: z.string().optional(),
      maxItems: z.number().int().positive().optional(),
      default: z.array(z.string()),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('objectList'),
      fields: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), fieldSpecSchema),
      key: z.string().describe('field whose value must be unique across items'),
      comObjectField: z
        .string()
        .optional()
        .describe(
          'field naming a known COM object (src/catalog/com-objects.ts); resolve fills the key field with its AppID and refuses a known CLSID given as the key',
        ),
      default: z.array(z.record(z.string(), z.unknown())),
    })
    .strict(),
]);
export type ParameterSpec = z.infer<typeof parameterSpecSchema>;

function patternRefine(schema: z.ZodString, pattern: string | undefined, hint: string | undefined): z.ZodType<string> {
  if (!pattern) return schema;
  const re = new RegExp(pattern);
  return schema.refine((s) => re.test(s), { message: hint ? `must be ${hint}` : `must match ${pattern}` });
}

function scalarZod(spec: ScalarParameterSpec): z.ZodType {
  switch (spec.type) {
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(spec.values as [string, ...string[]]);
    case 'integer':
      return z.number().int().min(spec.min).max(spec.max);
    case 'string':
      return patternRefine(spec.maxLength ? z.string().max(spec.maxLength) : z.string(), spec.pattern, spec.patternHint);
    case 'sddl':
      return z
        .string()
        .min(1)
        .refine((s) => /^(O:|G:|D:|S:)/.test(s), { message: 'must be an SDDL string starting with O:, G:, D: or S:' });
  }
}

/** The zod schema a profile's value for this parameter must satisfy. */
export function parameterZod(spec: ParameterSpec): z.ZodType {
  switch (spec.type) {
    case 'stringList': {
      const item = patternRefine(z.string().min(1), spec.pattern, spec.patternHint);
      const list = z.array(item);
      return (spec.maxItems ? list.max(spec.maxItems) : list).refine((xs) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length, {
        message: 'items must be unique (case-insensitive)',
      });
    }
    case 'objectList': {
      const shape: Record<string, z.ZodType> = {};
      for (const [name, field] of Object.entries(spec.fields)) {
        const zf = scalarZod(field as ScalarParameterSpec);
        shape[name] = (field as { optional?: boolean }).optional ? zf.optional() : zf;
      }
      const keyField = spec.key;
      return z
        .array(z.object(shape).strict())
        .refine(
          (items) => new Set(items.map((i) => String((i as Record<string, unknown>)[keyField]).toLowerCase())).size === items.length,
          { message: `items must have unique "${keyField}" values` },
        );
    }
    default:
      return scalarZod(spec);
  }
}
