/**
 * Finding and running real PowerShell for the behaviour suite. pwsh is looked up at $T1559_PWSH, then `pwsh` on
 * PATH, then the repository's ignored .tools/pwsh/pwsh (where .ci/run installs it). Each test file sends all its
 * cases to one pwsh process (a JSON manifest in, JSON results out), so pwsh starts a few times, not per case.
 *
 * Without pwsh the tests are not registered; each file reports how many it skipped on a marker line that
 * test/run.mjs counts and prints ("PowerShell: 0 run, N skipped ..."). With T1559_REQUIRE_PWSH=1 (set by .ci/run)
 * a missing pwsh is a failing test instead. T1559_PWSH_TIMING=1 prints per-process and per-step timings to stderr.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';

export const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO = join(HERE, '..', '..');
export const INSTALL_HINT = 'install: dotnet tool install PowerShell --version 7.6.10 --tool-path .tools/pwsh, or set T1559_PWSH';
/** The marker line test/run.mjs reads: `[t1559-pwsh] <file> run|skipped <count>`. */
export const MARKER = '[t1559-pwsh]';

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function findPwsh(): string | undefined {
  const candidates = [
    process.env.T1559_PWSH,
    onPath(process.platform === 'win32' ? 'pwsh.exe' : 'pwsh'),
    join(REPO, '.tools', 'pwsh', process.platform === 'win32' ? 'pwsh.exe' : 'pwsh'),
  ];
  return candidates.find((c): c is string => !!c && existsSync(c));
}

export const PWSH = findPwsh();

/** Register the file's tests when pwsh exists; otherwise count them as skipped (or fail when pwsh is required). */
export function pwshTests(file: string, names: readonly string[], register: () => void): void {
  if (PWSH) {
    process.stdout.write(`${MARKER} ${file} run ${names.length}\n`);
    register();
    return;
  }
  process.stdout.write(`${MARKER} ${file} skipped ${names.length}\n`);
  if (process.env.T1559_REQUIRE_PWSH === '1') {
    test(`${file}: pwsh is required (T1559_REQUIRE_PWSH=1) but was not found`, () => {
      throw new Error(`pwsh not found at $T1559_PWSH, on PATH or in .tools/pwsh; ${INSTALL_HINT}`);
    });
  }
}

/** Run a harness script in pwsh with a JSON manifest; resolves to the parsed JSON result. */
export function runPwshJson<T>(script: string, manifest: unknown): Promise<T> {
  if (!PWSH) return Promise.reject(new Error('pwsh not found'));
  const t0 = Date.now();
  if (process.env.T1559_PWSH_TIMING) process.stderr.write(`spawn ${script} at ${process.uptime()}\n`);
  const dir = mkdtempSync(join(tmpdir(), 't1559-pwsh-'));
  const input = join(dir, 'manifest.json');
  const output = join(dir, 'result.json');
  writeFileSync(input, JSON.stringify(manifest), 'utf8');
  return new Promise<T>((resolve, reject) => {
    const child = spawn(PWSH, ['-NoLogo', '-NoProfile', '-NonInteractive', '-File', join(HERE, script), input, output], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (c) => (log += c));
    child.stderr.on('data', (c) => (log += c));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        if (code !== 0 || !existsSync(output)) throw new Error(`pwsh ${script} exited with ${code}:\n${log}`);
        if (process.env.T1559_PWSH_TIMING) process.stderr.write(`done ${script} after ${Date.now() - t0} ms\n`);
        resolve(JSON.parse(readFileSync(output, 'utf8')) as T);
      } catch (err) {
        reject(err);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/** The PowerShell version string, for messages. */
export function pwshVersion(): string {
  if (!PWSH) return 'none';
  return spawnSync(PWSH, ['-NoProfile', '-Command', '$PSVersionTable.PSVersion.ToString()'], { encoding: 'utf8' }).stdout.trim();
}
