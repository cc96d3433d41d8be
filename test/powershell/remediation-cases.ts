/**
 * Remediation scripts for the behaviour suite: rendered from a plan through the one renderer entry point
 * (renderTargets), the operations each script carries, the registry state a script wants, and the batch runner.
 */
import type { Plan, RegistryOperation } from '../../src/model/plan.js';
import { renderTargets } from '../../src/targets/index.js';
import { fromWire, toWire, type Data, type Hive, type Kind, type RegistryState, type Value } from './registry-state.js';
import { runPwshJson } from './pwsh.js';
import { cpus } from 'node:os';

export interface ScriptPair {
  name: string;
  hive: Hive;
  detect: string;
  remediate: string;
  ops: RegistryOperation[];
}

const KINDS: Record<string, Kind> = {
  REG_SZ: 'String',
  REG_EXPAND_SZ: 'ExpandString',
  REG_DWORD: 'DWord',
  REG_QWORD: 'QWord',
  REG_MULTI_SZ: 'MultiString',
  REG_BINARY: 'Binary',
};

function decode(bytes: Uint8Array): string {
  const b = Buffer.from(bytes);
  return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b).toString('utf8');
}

/** Every remediation pair the plan renders, with the plan operations named by its `Id = '...'` entries. */
export function scriptPairs(plan: Plan): ScriptPair[] {
  const artifacts = renderTargets(plan, ['intune']);
  const out: ScriptPair[] = [];
  for (const a of artifacts) {
    const m = /^intune\/remediations\/(T1559 - (Machine|User))\/detect\.ps1$/.exec(a.path);
    if (!m) continue;
    const detect = decode(a.bytes);
    const remediate = decode(artifacts.find((x) => x.path === `intune/remediations/${m[1]}/remediate.ps1`)!.bytes);
    // Operation ids are plain ASCII ("control/setting[item]"), so a line match reads them exactly.
    const ids = [...detect.matchAll(/^ {8}Id +?= '([^']*)'$/gm)].map((x) => x[1]!);
    const ops = ids.map((id) => {
      const op = plan.operations.find((o) => o.id === id);
      if (!op || op.type !== 'registry') throw new Error(`${a.path}: no registry operation ${id} in the plan`);
      return op;
    });
    out.push({ name: m[1]!, hive: m[2] === 'Machine' ? 'LocalMachine' : 'CurrentUser', detect, remediate, ops });
  }
  return out;
}

/** The registry value an operation sets, as the fake stores it (DWORD/QWORD as their unsigned bits). */
export function wantedValue(op: RegistryOperation): Value {
  const v = op.value!;
  const kind = KINDS[v.type]!;
  let data: Data;
  if (kind === 'DWord') data = Number(v.data);
  else if (kind === 'QWord') data = BigInt(v.data as string | number);
  else data = v.data as string | string[];
  return { name: op.valueName, kind, data };
}

/** The state an empty registry must reach: every set value, every created key; deleted things absent. */
export function wantedState(pair: ScriptPair): RegistryState {
  const keys: Record<string, { values: Value[] }> = {};
  const keyOf = (path: string) => {
    // Parent keys exist too (CreateSubKey makes them); match case-insensitively like the registry.
    const parts = path.split('\\');
    let at = '';
    for (const part of parts) {
      at = at ? `${at}\\${part}` : part;
      const found = Object.keys(keys).find((k) => k.toLowerCase() === at.toLowerCase());
      if (!found) keys[at] = { values: [] };
      else at = found;
    }
    return keys[at]!;
  };
  for (const op of pair.ops) {
    if (op.action === 'set') {
      const key = keyOf(op.key);
      key.values = key.values.filter((v) => v.name.toLowerCase() !== op.valueName.toLowerCase());
      key.values.push(wantedValue(op));
    } else if (op.action === 'createKey') keyOf(op.key);
  }
  return { [pair.hive]: keys };
}

export interface Case {
  id: string;
  registry: RegistryState;
  /** Script texts, run in order against the same registry. */
  steps: string[];
}

export interface StepResult {
  exitCode: number;
  stdout: string[];
  errors: string[];
  openHandles: number;
  state: RegistryState;
}

interface WireStep {
  exitCode: number;
  stdout: string[] | string | null;
  errors: string[] | string | null;
  openHandles: number;
  state: unknown;
}

const list = <T>(x: T[] | T | null | undefined): T[] => (x === null || x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** Run the cases in a few pwsh processes at once (round robin); resolves to the steps of each case by id. */
export async function runCases(
  cases: readonly Case[],
  processes = Math.max(1, Math.min(2, cpus().length)),
): Promise<Map<string, StepResult[]>> {
  const shards = Array.from({ length: processes }, (_, i) => cases.filter((_c, j) => j % processes === i)).filter((s) => s.length > 0);
  const maps = await Promise.all(shards.map(runShard));
  return new Map(maps.flatMap((m) => [...m]));
}

async function runShard(cases: readonly Case[]): Promise<Map<string, StepResult[]>> {
  const scripts = new Map<string, string>();
  const idOf = (text: string) => {
    for (const [id, t] of scripts) if (t === text) return id;
    const id = `s${scripts.size}`;
    scripts.set(id, text);
    return id;
  };
  const manifest = {
    cases: cases.map((c) => ({ id: c.id, registry: toWire(c.registry), steps: c.steps.map(idOf) })),
    scripts: Object.fromEntries([...scripts].map(([id, t]) => [id, Buffer.from(t, 'utf16le').toString('base64')])),
  };
  const result = await runPwshJson<{
    cases:
      | { id: string; steps: WireStep[] | WireStep; harnessError?: string }[]
      | { id: string; steps: WireStep[] | WireStep; harnessError?: string };
  }>('run-scripts.ps1', manifest);
  const out = new Map<string, StepResult[]>();
  for (const c of list(result.cases)) {
    if (process.env.T1559_PWSH_TIMING)
      process.stderr.write(
        `${c.id}: ${JSON.stringify(list(c.steps).map((s) => [(s as unknown as { runMs: number }).runMs, (s as unknown as { exportMs: number }).exportMs]))}\n`,
      );
    if (c.harnessError) throw new Error(`harness failed on case ${c.id}: ${c.harnessError}`);
    out.set(
      c.id,
      list(c.steps).map((s) => ({
        exitCode: s.exitCode,
        stdout: list(s.stdout).map((x) => Buffer.from(x, 'base64').toString('utf16le')),
        errors: list(s.errors),
        openHandles: s.openHandles,
        state: fromWire(s.state),
      })),
    );
  }
  return out;
}
