/**
 * The fake registry's state as the tests write and read it (see registry-harness.ps1 for the wire shape; strings
 * travel as base64 of UTF-16LE so every character, including U+2028, U+FEFF and surrogate pairs, arrives unchanged).
 */
export type Kind = 'String' | 'ExpandString' | 'DWord' | 'QWord' | 'MultiString' | 'Binary';

/** A value as tests state it: DWord a number 0..0xFFFFFFFF (the stored bits), QWord a bigint, Binary hex. */
export type Data = string | number | bigint | string[];

export interface Value {
  name: string;
  kind: Kind;
  data: Data;
}

export interface KeyState {
  values: Value[];
  denyRead?: DenyException;
  denyWrite?: DenyException;
}

export type DenyException = 'UnauthorizedAccessException' | 'SecurityException';
export type Hive = 'LocalMachine' | 'CurrentUser';
/** hive -> key path (relative to the hive) -> key. */
export type RegistryState = Partial<Record<Hive, Record<string, KeyState>>>;

const b64 = (s: string) => Buffer.from(s, 'utf16le').toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64').toString('utf16le');

interface WireValue {
  name: string;
  kind: Kind;
  data: string | number | string[];
}

export function toWire(state: RegistryState): unknown {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [hive, keys] of Object.entries(state)) {
    out[hive] = {};
    for (const [path, key] of Object.entries(keys ?? {})) {
      out[hive]![b64(path)] = {
        values: key.values.map((v): WireValue => ({ name: b64(v.name), kind: v.kind, data: dataToWire(v) })),
        ...(key.denyRead ? { denyRead: key.denyRead } : {}),
        ...(key.denyWrite ? { denyWrite: key.denyWrite } : {}),
      };
    }
  }
  return out;
}

function dataToWire(v: Value): string | number | string[] {
  switch (v.kind) {
    case 'DWord':
      return Number(v.data);
    case 'QWord':
      return BigInt(v.data as bigint).toString();
    case 'MultiString':
      return (v.data as string[]).map(b64);
    case 'Binary':
      return v.data as string;
    default:
      return b64(v.data as string);
  }
}

export function fromWire(wire: unknown): RegistryState {
  const out: RegistryState = {};
  for (const [hive, keys] of Object.entries((wire ?? {}) as Record<string, Record<string, { values: WireValue[] | WireValue | null }>>)) {
    const h: Record<string, KeyState> = {};
    for (const [path, key] of Object.entries(keys ?? {})) {
      // ConvertTo-Json writes a one-element array as the element itself in some PowerShell versions.
      const values = key.values === null ? [] : Array.isArray(key.values) ? key.values : [key.values];
      h[unb64(path)] = {
        values: values.map((v) => ({ name: unb64(v.name), kind: v.kind, data: dataFromWire(v) })),
      };
    }
    out[hive as Hive] = h;
  }
  return out;
}

function dataFromWire(v: WireValue): Data {
  switch (v.kind) {
    case 'DWord':
      return v.data as number;
    case 'QWord':
      return BigInt(v.data as string);
    case 'MultiString':
      return (v.data === null ? [] : Array.isArray(v.data) ? v.data : [v.data as string]).map(unb64);
    case 'Binary':
      return (v.data as string) ?? '';
    default:
      return unb64(v.data as string);
  }
}

/** One value of a state, by hive, key and name (case-insensitive, as in the registry). */
export function valueAt(state: RegistryState, hive: Hive, key: string, name: string): Value | undefined {
  const keys = state[hive] ?? {};
  const k = Object.keys(keys).find((p) => p.toLowerCase() === key.toLowerCase());
  return k === undefined ? undefined : keys[k]!.values.find((v) => v.name.toLowerCase() === name.toLowerCase());
}

export function keyAt(state: RegistryState, hive: Hive, key: string): KeyState | undefined {
  const keys = state[hive] ?? {};
  const k = Object.keys(keys).find((p) => p.toLowerCase() === key.toLowerCase());
  return k === undefined ? undefined : keys[k];
}
