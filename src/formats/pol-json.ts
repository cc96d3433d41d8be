/**
 * A JSON form of Registry.pol entries (for `t1559 pol decode/encode`): binary as lower-case hex,
 * REG_QWORD as a decimal string so no precision is lost. Knows nothing of T1559.
 */
import { z } from 'zod';
import type { PolEntry, RegData } from './registry-pol.js';
import { UserError } from '../lib/errors.js';
import { zodProblems } from '../lib/json.js';

const hex = z.string().regex(/^([0-9a-fA-F]{2})*$/, 'hex digits, two per byte');
const dataSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['REG_SZ', 'REG_EXPAND_SZ']), data: z.string() }).strict(),
  z.object({ type: z.enum(['REG_DWORD', 'REG_DWORD_BIG_ENDIAN']), data: z.number().int().min(0).max(0xffffffff) }).strict(),
  z.object({ type: z.literal('REG_QWORD'), data: z.string().regex(/^\d{1,20}$/, 'a decimal string') }).strict(),
  z.object({ type: z.literal('REG_MULTI_SZ'), data: z.array(z.string()) }).strict(),
  z.object({ type: z.enum(['REG_BINARY', 'REG_NONE']), data: hex }).strict(),
]);
const key = z.string().min(1);
const entrySchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('set'), key, valueName: z.string(), value: dataSchema }).strict(),
  z.object({ action: z.literal('softSet'), key, valueName: z.string(), value: dataSchema }).strict(),
  z.object({ action: z.literal('deleteValue'), key, valueName: z.string() }).strict(),
  z.object({ action: z.literal('deleteAllValues'), key }).strict(),
  z.object({ action: z.literal('deleteValues'), key, valueNames: z.array(z.string()) }).strict(),
  z.object({ action: z.literal('deleteKeys'), key, subkeys: z.array(z.string()) }).strict(),
  z.object({ action: z.literal('secureKey'), key, secure: z.boolean() }).strict(),
  z.object({ action: z.literal('createKey'), key }).strict(),
]);
export const polJsonSchema = z.object({ entries: z.array(entrySchema) }).strict();
export type PolJson = z.infer<typeof polJsonSchema>;
type JsonData = z.infer<typeof dataSchema>;

function dataToJson(v: RegData): JsonData {
  switch (v.type) {
    case 'REG_QWORD':
      return { type: v.type, data: v.data.toString() };
    case 'REG_BINARY':
    case 'REG_NONE':
      return { type: v.type, data: Buffer.from(v.data).toString('hex') };
    default:
      return v as JsonData;
  }
}

function dataFromJson(v: JsonData): RegData {
  switch (v.type) {
    case 'REG_QWORD':
      if (BigInt(v.data) > 0xffffffffffffffffn) throw new UserError('E_SCHEMA', `REG_QWORD ${v.data} is larger than 2^64-1`);
      return { type: 'REG_QWORD', data: BigInt(v.data) };
    case 'REG_BINARY':
    case 'REG_NONE':
      return { type: v.type, data: new Uint8Array(Buffer.from(v.data, 'hex')) };
    default:
      return v;
  }
}

export function polEntriesToJson(entries: readonly PolEntry[]): PolJson {
  return {
    entries: entries.map((e) => ('value' in e ? { ...e, value: dataToJson(e.value) } : { ...e })) as PolJson['entries'],
  };
}

export function polEntriesFromJson(data: unknown, file: string): PolEntry[] {
  const r = polJsonSchema.safeParse(data);
  if (!r.success)
    throw new UserError('E_SCHEMA', `${file}: not a Registry.pol JSON document ({"entries": [...]})`, zodProblems(r.error, file));
  return r.data.entries.map((e) => ('value' in e ? { ...e, value: dataFromJson(e.value) } : e) as PolEntry);
}
