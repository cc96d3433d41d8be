/**
 * How commands end: a UserError exits 2 with its located message, anything else exits 1 and is
 * marked as an internal fault (a bug to report), never passed off as the user's mistake.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Config, Errors } from '@oclif/core';
import { BaseCommand } from '../../src/lib/command.js';
import { UserError } from '../../src/lib/errors.js';

function commandThatThrows(error: Error) {
  return class extends BaseCommand {
    async run(): Promise<void> {
      throw error;
    }
  };
}

async function outcome(error: Error): Promise<{ exit: number | undefined; stderr: string }> {
  const config = await Config.load(process.cwd());
  const Cmd = commandThatThrows(error);
  const writes: string[] = [];
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    await Cmd.run([], config);
    return { exit: 0, stderr: writes.join('') };
  } catch (err) {
    return { exit: err instanceof Errors.ExitError ? err.oclif.exit : undefined, stderr: writes.join('') };
  } finally {
    process.stderr.write = original;
  }
}

const CASES: [string, { given: Error; exit: number; stderr: RegExp }][] = [
  [
    'a user error exits 2 with what, where and how',
    {
      given: new UserError('E_JSON', 'p.json is not valid JSON', [{ where: 'p.json:3:7', message: 'fix the syntax' }]),
      exit: 2,
      stderr: /^error E_JSON: p\.json is not valid JSON\n {2}p\.json:3:7: fix the syntax\n$/,
    },
  ],
  [
    'an unexpected error exits 1 and says it is a bug',
    {
      given: new TypeError("Cannot read properties of undefined (reading 'key')"),
      exit: 1,
      stderr: /^internal error \(a bug in t1559, please report it\): TypeError: Cannot read properties of undefined/,
    },
  ],
];

for (const [name, { given, exit, stderr }] of CASES) {
  test(name, async () => {
    const r = await outcome(given);
    assert.is(r.exit, exit);
    assert.match(r.stderr, stderr);
  });
}

test.run();
