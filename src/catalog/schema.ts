/** JSON Schemas generated from the zod models, so editors complete and check profiles. */
import { z } from 'zod';
import { catalogFileSchema } from '../model/control.js';
import { profileSchema } from '../model/profile.js';
import { auditResultSchema } from '../model/audit-result.js';

function generate(schema: z.ZodType, title: string, id: string): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...json, $id: id, title }, null, 2)}\n`;
}

export function profileJsonSchema(): string {
  return generate(profileSchema, 't1559 profile', 'https://t1559.dev/schemas/profile.schema.json');
}

export function catalogJsonSchema(): string {
  return generate(catalogFileSchema, 't1559 catalog file', 'https://t1559.dev/schemas/catalog.schema.json');
}

export function auditResultJsonSchema(): string {
  return generate(auditResultSchema, 't1559 audit result', 'https://t1559.dev/schemas/audit-result.schema.json');
}
