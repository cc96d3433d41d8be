/**
 * Run a t1559 command in this process, as `bin/run.js` would run it, and return what a user would see:
 * the exit code, stdout and stderr. The compiled commands in dist/ are loaded through oclif's own
 * Config (read once from package.json: pattern strategy, ./dist/commands), so `npm test` must compile
 * first, exactly as for the subprocess tests.
 *
 * Exit codes follow bin/run.js (oclif's `execute` + `handle`): an ExitError (`this.exit(n)`) gives n,
 * `process.exitCode` set by a command gives that, any other escaped error is printed and gives
 * `err.oclif.exit` or 1. The working directory and environment are set for the call and restored after
 * (uvu runs tests one at a time, so nothing else sees them).
 *
 * What this cannot show, and so stays in subprocess tests (test/cli.test.ts, "end to end"): timezone and
 * locale read at process start, `--version`, the bin script itself, output flushed at real process exit.
 */
import { Config, Errors } from '@oclif/core';
import { normalizeArgv } from '@oclif/core/help';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as raw bytes (for output that is not UTF-8, such as UTF-16LE LGPO text). */
  stdoutBytes: Buffer;
}

export interface CliOptions {
  cwd?: string;
  /** Set for the call; `undefined` removes a variable. SOURCE_DATE_EPOCH is cleared unless given, as in a clean shell. */
  env?: Record<string, string | undefined>;
}

let config: Promise<Config> | undefined;
let running = false;

function loadConfig(): Promise<Config> {
  config ??= Config.load(PACKAGE_ROOT);
  return config;
}

type Write = typeof process.stdout.write;

function capture(stream: NodeJS.WriteStream, into: Buffer[]): () => void {
  const original = stream.write;
  stream.write = ((
    chunk: string | Uint8Array,
    encoding?: BufferEncoding | ((err?: Error | null) => void),
    cb?: (err?: Error | null) => void,
  ) => {
    into.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));
    const done = typeof encoding === 'function' ? encoding : cb;
    if (done) queueMicrotask(() => done());
    return true;
  }) as Write;
  return () => {
    stream.write = original;
  };
}

export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  // Overlapping calls would share the cwd, environment and captured streams (and could leave stdout captured).
  if (running) throw new Error('runCli: a call is still running; await each call before the next');
  running = true;
  try {
    return await runOnce(args, options);
  } finally {
    running = false;
  }
}

async function runOnce(args: string[], options: CliOptions): Promise<CliResult> {
  const cfg = await loadConfig();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const env: Record<string, string | undefined> = { SOURCE_DATE_EPOCH: undefined, ...options.env };
  const savedEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const savedCwd = process.cwd();
  const savedExitCode = process.exitCode;
  const setEnv = (vars: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(vars)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  let code = 0;
  process.exitCode = undefined;
  setEnv(env);
  if (options.cwd) process.chdir(options.cwd);
  const restoreOut = capture(process.stdout, out);
  const restoreErr = capture(process.stderr, err);
  try {
    const [id, ...rest] = normalizeArgv(cfg, args);
    if (id === undefined) throw new Error('runCli: give a command');
    await cfg.runCommand(id, rest);
    code = Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof Errors.ExitError) code = e.oclif.exit ?? 0;
    else {
      // What oclif's handle() does for an error that escaped the command (e.g. an unknown command id).
      const error = e as Error & { oclif?: { exit?: number } };
      err.push(Buffer.from(`${error.message}\n`));
      code = error.oclif?.exit ?? 1;
    }
  } finally {
    restoreErr();
    restoreOut();
    process.chdir(savedCwd);
    setEnv(savedEnv);
    process.exitCode = savedExitCode;
  }
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes };
}
