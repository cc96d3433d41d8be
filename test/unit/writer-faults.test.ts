/**
 * The writer the way it fails in life (issue 17, cases 7-10): stopped after every single mkdir, write,
 * rename, unlink and rmdir (as a kill or power cut would), or failing with a full disk or a read-only
 * folder. After any stop, recovery (which the next build runs first) leaves the complete old or the
 * complete new bundle, byte for byte, and the next build succeeds and leaves nothing behind.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { recoverOutputDir, writeBundle } from '../../src/write/writer.js';
import { nodeFs, type WriterFs } from '../../src/write/writer-fs.js';
import { UserError } from '../../src/lib/errors.js';
import { textArtifact, type Artifact } from '../../src/model/artifact.js';

const bundle = (files: Record<string, string>): Artifact[] => Object.entries(files).map(([p, t]) => textArtifact(p, t));
// The old bundle's GPO folder is dropped by the new one (a new GUID): the case that left two GPO folders.
const OLD = bundle({
  'README.md': 'old readme',
  'gpo/{OLD}/Backup.xml': 'old backup',
  'gpo/{OLD}/DomainSysvol/Registry.pol': 'old pol',
  'same.txt': 'same',
});
const NEW = bundle({
  'README.md': 'new readme',
  'gpo/{NEW}/Backup.xml': 'new backup',
  'gpo/{NEW}/DomainSysvol/Registry.pol': 'new pol',
  'same.txt': 'same',
  'added.txt': 'added',
});

/** Every file (path -> content) and empty folder ("path/") below dir; undefined when dir is missing. */
function snapshot(dir: string): Record<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    const names = readdirSync(join(dir, rel));
    if (rel && names.length === 0) out[`${rel}/`] = '';
    for (const name of names) {
      const r = rel ? `${rel}/${name}` : name;
      if (lstatSync(join(dir, r)).isDirectory()) walk(r);
      else out[r] = readFileSync(join(dir, r), 'utf8');
    }
  };
  walk('');
  return out;
}

interface Scenario {
  /** Prepares the output folder before the interrupted build (the "old" state). */
  setup: (dir: string) => void;
}
const SCENARIOS: [string, Scenario][] = [
  ['a new folder (whole-folder swap)', { setup: () => {} }],
  ['a folder of generated files only (whole-folder swap)', { setup: (dir) => void writeBundle(dir, OLD, 'write') }],
  [
    "a folder with the admin's own file and empty folder (file by file, under a journal)",
    {
      setup: (dir) => {
        writeBundle(dir, OLD, 'write');
        writeFileSync(join(dir, 'NOTES.md'), 'mine');
        mkdirSync(join(dir, 'scratch'));
      },
    },
  ],
];

class Killed extends Error {}

/** A file-system layer that dies after its n-th change (a write may land half), or never (n = Infinity). */
function stoppingFs(n: number, halfWrite: boolean): WriterFs & { steps: () => number } {
  let count = 0;
  const step = (run: () => void, half?: () => void) => {
    if (count >= n) throw new Killed('already dead');
    count++;
    if (count === n) {
      (halfWrite && half ? half : run)();
      throw new Killed(`killed after step ${n}`);
    }
    run();
  };
  return {
    mkdir: (p) => step(() => nodeFs.mkdir(p)),
    writeFile: (p, b) =>
      step(
        () => nodeFs.writeFile(p, b),
        () => nodeFs.writeFile(p, Buffer.from(b).subarray(0, Math.floor(Buffer.from(b).length / 2))),
      ),
    rename: (a, b) => step(() => nodeFs.rename(a, b)),
    unlink: (p) => step(() => nodeFs.unlink(p)),
    rmdir: (p) => step(() => nodeFs.rmdir(p)),
    canWrite: (d) => nodeFs.canWrite(d),
    steps: () => count,
  };
}

function prepared(setup: Scenario['setup']): {
  dir: string;
  old: Record<string, string> | undefined;
  expectedNew: Record<string, string> | undefined;
} {
  const dir = join(mkdtempSync(join(tmpdir(), 't1559-faults-')), 'out');
  setup(dir);
  const old = snapshot(dir);
  const reference = join(mkdtempSync(join(tmpdir(), 't1559-faults-ref-')), 'out');
  setup(reference);
  writeBundle(reference, NEW, 'write');
  return { dir, old, expectedNew: snapshot(reference) };
}

for (const [name, { setup }] of SCENARIOS) {
  test(`stopped after every single step: ${name}`, () => {
    const counting = stoppingFs(Infinity, false);
    writeBundle(prepared(setup).dir, NEW, 'write', counting);
    const total = counting.steps();
    assert.ok(total >= 10, `${total} steps`);
    for (let n = 1; n <= total; n++) {
      for (const halfWrite of [false, true]) {
        const label = `stop after step ${n}/${total}${halfWrite ? ' (write half done)' : ''}`;
        const { dir, old, expectedNew } = prepared(setup);
        try {
          writeBundle(dir, NEW, 'write', stoppingFs(n, halfWrite));
        } catch (err) {
          if (!(err instanceof Killed) && !(err instanceof UserError)) throw err;
        }
        recoverOutputDir(dir);
        const now = snapshot(dir);
        const which =
          JSON.stringify(now) === JSON.stringify(old) ? 'old' : JSON.stringify(now) === JSON.stringify(expectedNew) ? 'new' : undefined;
        assert.ok(which, `${label}: the folder holds neither bundle: ${JSON.stringify(now)}`);
        assert.equal(
          readdirSync(dirname(dir)).filter((f) => f !== 'out'),
          [],
          `${label}: nothing left beside the folder`,
        );
        writeBundle(dir, NEW, 'write');
        assert.equal(snapshot(dir), expectedNew, `${label}: the next build writes the new bundle`);
        assert.equal(readdirSync(dirname(dir)), ['out'], `${label}: nothing left behind`);
      }
    }
  });
}

/** A layer that fails (without dying) at the first call that matches. */
function failingFs(fail: Partial<Record<keyof WriterFs, (path: string) => boolean>>, error: () => Error, halfWrite = false): WriterFs {
  const guard =
    <A extends unknown[]>(op: keyof WriterFs, real: (...args: A) => void) =>
    (...args: A) => {
      if (fail[op]?.(String(args[0]))) {
        if (op === 'writeFile' && halfWrite) nodeFs.writeFile(String(args[0]), Buffer.from(args[1] as Uint8Array).subarray(0, 3));
        throw error();
      }
      real(...args);
    };
  return {
    mkdir: guard('mkdir', nodeFs.mkdir),
    writeFile: guard('writeFile', nodeFs.writeFile),
    rename: guard('rename', nodeFs.rename),
    unlink: guard('unlink', nodeFs.unlink),
    rmdir: guard('rmdir', nodeFs.rmdir),
    canWrite: (d) => !fail.canWrite?.(d) && nodeFs.canWrite(d),
  };
}
/** A layer that dies (this call and every later one fail, nothing runs) at the first matching call. */
function dyingAt(op: keyof WriterFs, match: (path: string) => boolean): WriterFs {
  let dead = false;
  const layer = failingFs({ [op]: (p: string) => (dead ||= match(p)) }, () => new Killed('killed'));
  const all =
    (real: (...a: never[]) => void) =>
    (...a: never[]) => {
      if (dead) throw new Killed('already dead');
      real(...a);
    };
  return {
    mkdir: all(layer.mkdir),
    writeFile: all(layer.writeFile),
    rename: all(layer.rename),
    unlink: all(layer.unlink),
    rmdir: all(layer.rmdir),
    canWrite: layer.canWrite,
  };
}
const errno = (code: string) => () => Object.assign(new Error(`${code}: simulated`), { code });

interface NamedCase {
  setup: Scenario['setup'];
  /** The build that fails, returning its error text. */
  run: (dir: string) => string;
  /** Which bundle the folder holds right after the failure, before any recovery. */
  holds: 'old' | 'new';
  message: RegExp;
}
const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    assert.instance(err, UserError);
    return (err as UserError).render();
  }
  return assert.unreachable('expected a refusal') as never;
};
const generatedOnly = SCENARIOS[1]![1].setup;
const withAdminFile = SCENARIOS[2]![1].setup;

const NAMED: [string, NamedCase][] = [
  [
    '7. killed between the two renames of the swap: the next build puts the previous bundle back first',
    {
      setup: generatedOnly,
      run: (dir) => {
        assert.throws(
          () =>
            writeBundle(
              dir,
              NEW,
              'write',
              dyingAt('rename', (p) => p.includes('t1559-stage')),
            ),
          /undoing the partial write failed too/,
        );
        assert.is(existsSync(dir), false, 'the folder is gone until the next run');
        assert.equal(
          readdirSync(dirname(dir))
            .filter((f) => f !== 'out')
            .map((f) => f.replace(/\d+$/, 'PID')),
          ['.out.t1559-old-PID', '.out.t1559-stage-PID'],
        );
        assert.ok(recoverOutputDir(dir).some((a) => a.startsWith('put the previous bundle back')));
        return 'recovered';
      },
      holds: 'old',
      message: /recovered/,
    },
  ],
  [
    '8. killed in the middle of the file-by-file renames: the next build rolls the journal back',
    {
      setup: withAdminFile,
      run: (dir) => {
        assert.throws(
          () =>
            writeBundle(
              dir,
              NEW,
              'write',
              dyingAt('rename', (p) => p.endsWith('same.txt')),
            ),
          /undoing the partial write failed too/,
        );
        assert.ok(existsSync(join(dir, '.t1559-journal.json')), 'the journal records the interrupted build');
        assert.ok(recoverOutputDir(dir).some((a) => a.startsWith('restore README.md')));
        return 'rolled back';
      },
      holds: 'old',
      message: /rolled back/,
    },
  ],
  [
    '9. a read-only output folder: refused before anything changes, saying so',
    {
      setup: generatedOnly,
      run: (dir) => refusal(() => writeBundle(dir, NEW, 'write', failingFs({ canWrite: (d) => d === dir }, errno('EACCES')))),
      holds: 'old',
      message: /1 folder\(s\) of the current bundle are read-only; nothing was changed/,
    },
  ],
  [
    '9. the replaced bundle cannot be removed after the swap: says the folder holds the new bundle',
    {
      setup: generatedOnly,
      run: (dir) => refusal(() => writeBundle(dir, NEW, 'write', failingFs({ unlink: (p) => p.includes('t1559-old') }, errno('EACCES')))),
      holds: 'new',
      message: /now holds the new bundle, but the previous one could not be removed: EACCES/,
    },
  ],
  [
    "10. a full disk with the admin's file present: no truncated temporary file is left",
    {
      setup: withAdminFile,
      run: (dir) =>
        refusal(() =>
          writeBundle(dir, NEW, 'write', failingFs({ writeFile: (p) => p.includes('added.txt.t1559-tmp') }, errno('ENOSPC'), true)),
        ),
      holds: 'old',
      message: /ENOSPC: simulated[\s\S]*nothing was changed/,
    },
  ],
  [
    '10. a full disk while staging: nothing is left beside the folder',
    {
      setup: generatedOnly,
      run: (dir) =>
        refusal(() => writeBundle(dir, NEW, 'write', failingFs({ writeFile: (p) => p.endsWith('added.txt') }, errno('ENOSPC'), true))),
      holds: 'old',
      message: /ENOSPC: simulated[\s\S]*nothing was changed/,
    },
  ],
];

for (const [name, c] of NAMED) {
  test(name, () => {
    const { dir, old, expectedNew } = prepared(c.setup);
    assert.match(c.run(dir), c.message);
    assert.equal(snapshot(dir), c.holds === 'old' ? old : expectedNew, 'the folder holds one whole bundle');
    if (c.holds === 'old') assert.equal(readdirSync(dirname(dir)), ['out'], 'nothing left beside the folder');
    writeBundle(dir, NEW, 'write');
    assert.equal(snapshot(dir), expectedNew);
    assert.equal(readdirSync(dirname(dir)), ['out']);
  });
}

test.run();
