/**
 * Whole-process start-up as users feel it: the compiled CLI (`node bin/run.js`, so run `npm run build`
 * first) against `node -e 0` in the same run. Every command run is paired with a `node -e 0` run just
 * before it, and the ratio of each pair is kept: on a shared, loaded machine both see the same load.
 * The median ratio over ROUNDS rounds is compared with the goal of issue 18.
 *
 * Also `pol decode` of a 100,000-entry Registry.pol to JSON against Samba's parser (python3-samba),
 * when it is installed: goal at most half of Samba's time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { encodePol } from '../src/formats/registry-pol.js';
import { makeEntries } from './pol.js';

const ROUNDS = Number(process.env.T1559_BENCH_ROUNDS ?? 9);
const ROOT = resolve('.');
const BIN = join(ROOT, 'bin', 'run.js');

interface Case {
  name: string;
  argv: () => string[];
  goal: number | undefined;
  /** Exit codes that count as success (build --check on an up-to-date bundle exits 0). */
  ok?: number[];
}

function timeRun(argv: string[], cwd: string): { ms: number; code: number | null; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, {
    cwd,
    encoding: 'buffer',
    maxBuffer: 1 << 30,
    env: { ...process.env, SOURCE_DATE_EPOCH: '' },
  });
  return { ms: performance.now() - t0, code: r.status, stderr: r.stderr.toString('utf8') };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function sambaDecodeMs(file: string): number | undefined {
  const probe = spawnSync('python3', ['-c', 'import samba.ndr, samba.dcerpc.preg'], { encoding: 'utf8' });
  if (probe.status !== 0) return undefined;
  // Samba's own NDR parser of PReg files, entries printed as JSON (what `pol decode` does).
  const script = [
    'import sys, json',
    'from samba.ndr import ndr_unpack',
    'from samba.dcerpc import preg',
    'f = ndr_unpack(preg.file, open(sys.argv[1], "rb").read())',
    'out = [{"key": e.keyname, "valueName": e.valuename, "type": e.type, "data": repr(e.data)} for e in f.entries]',
    'sys.stdout.write(json.dumps(out, indent=2))',
  ].join('\n');
  const times: number[] = [];
  for (let i = 0; i < Math.min(ROUNDS, 5); i++) {
    const t0 = performance.now();
    const r = spawnSync('python3', ['-c', script, file], { encoding: 'buffer', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`bench: samba decode failed: ${r.stderr.toString('utf8')}`);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function benchStartup(): void {
  if (!existsSync(join(ROOT, 'dist', 'commands'))) throw new Error('bench: dist/ is missing; run `npm run build` first');
  const work = mkdtempSync(join(tmpdir(), 't1559-bench-'));
  try {
    const pol = join(work, 'big.pol');
    writeFileSync(pol, encodePol(makeEntries(), { order: 'asGiven' }));
    const checked = join(work, 'checked');
    const first = timeRun([BIN, 'build', '--out', checked], work);
    if (first.code !== 0) throw new Error(`bench: build failed: ${first.stderr}`);
    let n = 0;
    const cases: Case[] = [
      { name: '--version', argv: () => [BIN, '--version'], goal: 2 },
      { name: '--help', argv: () => [BIN, '--help'], goal: 2 },
      { name: 'list', argv: () => [BIN, 'list'], goal: 2 },
      { name: 'explain word-dde-off', argv: () => [BIN, 'explain', 'word-dde-off'], goal: 2 },
      { name: 'build (recommended, new dir)', argv: () => [BIN, 'build', '--out', join(work, `out${n++}`)], goal: 3 },
      { name: 'build --check (up to date)', argv: () => [BIN, 'build', '--check', '--out', checked], goal: 3 },
      { name: 'pol decode 100k to JSON', argv: () => [BIN, 'pol', 'decode', pol], goal: undefined },
    ];
    const nodeMs: number[] = [];
    const ratios = new Map<string, number[]>(cases.map((c) => [c.name, []]));
    const absolute = new Map<string, number[]>(cases.map((c) => [c.name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of cases) {
        const base = timeRun(['-e', '0'], work);
        const r = timeRun(c.argv(), work);
        if (!(c.ok ?? [0]).includes(r.code ?? -1)) throw new Error(`bench: ${c.name} exited ${r.code}: ${r.stderr}`);
        nodeMs.push(base.ms);
        ratios.get(c.name)!.push(r.ms / base.ms);
        absolute.get(c.name)!.push(r.ms);
      }
    }
    const load =
      globalThis.process.platform === 'linux'
        ? spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.split(' ').slice(0, 3).join(' ')
        : 'n/a';
    console.log(
      `start-up: whole processes, ${ROUNDS} rounds, each run paired with \`node -e 0\`; median ratio of the pairs (load ${load})`,
    );
    console.log(`  ${'node -e 0'.padEnd(30)} ${median(nodeMs).toFixed(0).padStart(6)} ms`);
    for (const c of cases) {
      const ratio = median(ratios.get(c.name)!);
      const verdict = c.goal === undefined ? '' : ratio <= c.goal ? `  ok (goal <= ${c.goal}x)` : `  ABOVE GOAL ${c.goal}x`;
      console.log(
        `  ${c.name.padEnd(30)} ${median(absolute.get(c.name)!).toFixed(0).padStart(6)} ms  ${ratio.toFixed(2).padStart(6)}x node${verdict}`,
      );
    }
    const samba = sambaDecodeMs(pol);
    const ours = median(absolute.get('pol decode 100k to JSON')!);
    if (samba === undefined)
      console.log('  samba pol decode: skipped, python3-samba is not installed (apt-get install python3-samba); goal: ours <= 0.5x Samba');
    else {
      const r = ours / samba;
      console.log(
        `  ${'samba pol decode 100k to JSON'.padEnd(30)} ${samba.toFixed(0).padStart(6)} ms  ours/samba ${r.toFixed(2)}${r <= 0.5 ? '  ok (goal <= 0.5)' : '  ABOVE GOAL 0.5'}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
