/**
 * Registry facts shared by every channel: scope, key, value name, typed value and the
 * explicit actions (set, delete value, delete all values, create key).
 * Keys never carry a hive: the scope (Machine/User) decides HKLM/HKCU.
 */
import { z } from 'zod';
import { startsWithHive } from '../lib/registry-path.js';

export const scopeSchema = z.enum(['Machine', 'User']);
export type Scope = z.infer<typeof scopeSchema>;

/** A reason the text is not a valid hive-less registry key, or undefined when it is fine. */
export function registryKeyProblem(key: string): string | undefined {
  if (key.length === 0) return 'is empty';
  if (startsWithHive(key)) {
    return `starts with a hive prefix ("${key.split(/[\\:]/)[0]}"); write the key without it (for example "Software\\Policies\\...") and choose the hive with scope Machine (HKLM) or User (HKCU)`;
  }
  if (key.startsWith('\\') || key.endsWith('\\')) return 'must not start or end with a backslash';
  if (key.includes('\\\\')) return 'has an empty path segment ("\\\\")';
  if (key.includes('/')) return 'uses "/"; registry paths use "\\"';
  if (/[\u0000-\u001f]/.test(key)) return 'contains a control character';
  if (key.length > 255 * 4) return 'is longer than the registry allows';
  return undefined;
}

export const registryKeySchema = z.string().superRefine((key, ctx) => {
  const problem = registryKeyProblem(key);
  if (problem) ctx.addIssue({ code: 'custom', message: `registry key ${problem}` });
});

/** A reason the text is not a usable value name, or undefined when it is fine. */
export function valueNameProblem(name: string): string | undefined {
  if (name.length > 16383) return 'is longer than the registry allows (16383 characters)';
  if (name.startsWith('**')) return 'starts with "**", which Registry.pol reserves for its control codes (**del., **delvals., ...)';
  if (name.includes('\u0000')) return 'contains NUL';
  // docs/formats.md "Registry.pol": a value name that looks like a hive path is an input error (it is almost always a misplaced key).
  if (startsWithHive(name)) return 'starts with a hive prefix; the hive comes from the scope, and a key belongs in the key';
  return undefined;
}

const DWORD_MAX = 0xffffffff;
const hexBytes = z.string().regex(/^([0-9a-f]{2})*$/, 'binary data is lower-case hex, two digits per byte (for example "01ff")');
const qwordText = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,19})$/, 'REG_QWORD data is a decimal string (JSON numbers lose precision above 2^53)')
  .refine((s) => BigInt(s) <= 0xffffffffffffffffn, 'REG_QWORD data is larger than 2^64-1');
const noNul = z.string().refine((s) => !s.includes('\u0000'), 'string data must not contain NUL');

/** A typed registry value. Binary is hex text so plans stay readable JSON. */
export const registryValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('REG_SZ'), data: noNul }).strict(),
  z.object({ type: z.literal('REG_EXPAND_SZ'), data: noNul }).strict(),
  z.object({ type: z.literal('REG_DWORD'), data: z.number().int().min(0).max(DWORD_MAX) }).strict(),
  z.object({ type: z.literal('REG_QWORD'), data: qwordText }).strict(),
  z
    .object({ type: z.literal('REG_MULTI_SZ'), data: z.array(noNul.refine((s) => s.length > 0, 'REG_MULTI_SZ items must not be empty')) })
    .strict(),
  z.object({ type: z.literal('REG_BINARY'), data: hexBytes }).strict(),
]);
export type RegistryValue = z.infer<typeof registryValueSchema>;

export const registryActionSchema = z.enum(['set', 'deleteValue', 'deleteAllValues', 'createKey']);
export type RegistryAction = z.infer<typeof registryActionSchema>;

/** Hive name for a scope, as used by tools that want one. */
export function hiveOf(scope: Scope): 'HKLM' | 'HKCU' {
  return scope === 'Machine' ? 'HKLM' : 'HKCU';
}

export function hiveLongName(scope: Scope): 'HKEY_LOCAL_MACHINE' | 'HKEY_CURRENT_USER' {
  return scope === 'Machine' ? 'HKEY_LOCAL_MACHINE' : 'HKEY_CURRENT_USER';
}

/** True for keys under a Policies branch: removed when the policy goes away (no tattoo). */
export function isPolicyKey(key: string): boolean {
  return /^Software\\Policies\\/i.test(key) || /^Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\/i.test(key);
}

/** Equality of values by type and data. */
export function sameValue(a: RegistryValue, b: RegistryValue): boolean {
  if (a.type !== b.type) return false;
  return JSON.stringify(a.data) === JSON.stringify(b.data);
}

/** Human text for a value, used in reports and comments. */
export function formatValue(value: RegistryValue): string {
  switch (value.type) {
    case 'REG_DWORD':
      return `${value.data} (0x${value.data.toString(16).padStart(8, '0')})`;
    case 'REG_MULTI_SZ':
      return value.data.map((s) => JSON.stringify(s)).join(', ');
    case 'REG_BINARY':
      return `hex:${value.data.length / 2} bytes`;
    case 'REG_QWORD':
      return value.data;
    default:
      return JSON.stringify(value.data);
  }
}

/**
 * A COM class or AppID registration (HKLM\Software\Classes\...): often owned by TrustedInstaller, and with no
 * MDM route (docs/domain.md "COM and DCOM security").
 */
export function isComRegistrationKey(key: string): boolean {
  return /^Software\\Classes\\/i.test(key);
}
