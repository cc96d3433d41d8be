/** The one writer: what it writes, removes, refuses and keeps. Temporary directories only. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MANIFEST, writeBundle } from '../../src/write/writer.js';
import { UserError } from '../../src/lib/errors.js';
import { packagePath } from '../../src/lib/paths.js';
import { textArtifact, type Artifact } from '../../src/model/artifact.js';

const fresh = () => join(mkdtempSync(join(tmpdir(), 't1559-writer-')), 'out');
const bundle = (files: Record<string, string>): Artifact[] => Object.entries(files).map(([p, t]) => textArtifact(p, t));
const read = (dir: string, p: string) => readFileSync(join(dir, ...p.split('/')), 'utf8');

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.instance(err, UserError);
    return (err as UserError).render();
  }
  assert.unreachable('expected a refusal');
  return '';
}

test('writes a new directory with a manifest of what it generated', () => {
  const dir = fresh();
  const r = writeBundle(dir, bundle({ 'a.txt': 'A', 'sub/b.txt': 'B' }), 'write');
  assert.equal(r.added, ['a.txt', 'sub/b.txt']);
  assert.is(read(dir, 'sub/b.txt'), 'B');
  assert.equal(JSON.parse(read(dir, MANIFEST)).files, ['a.txt', 'sub/b.txt']);
});

test('a rebuild changes, adds and removes only generated files, and prunes emptied folders', () => {
  const dir = fresh();
  writeBundle(dir, bundle({ 'a.txt': 'A', 'old/gone.txt': 'x' }), 'write');
  const r = writeBundle(dir, bundle({ 'a.txt': 'A2', 'new.txt': 'N' }), 'write');
  assert.equal([r.changed, r.added, r.removed], [['a.txt'], ['new.txt'], ['old/gone.txt']]);
  assert.is(existsSync(join(dir, 'old')), false);
  assert.is(read(dir, 'a.txt'), 'A2');
});

test("an admin's own files and empty folders are kept; theirs is never overwritten", () => {
  const dir = fresh();
  writeBundle(dir, bundle({ 'a.txt': 'A', 'gone.txt': 'G' }), 'write');
  writeFileSync(join(dir, 'NOTES.md'), 'mine');
  mkdirSync(join(dir, 'scratch'));
  writeBundle(dir, bundle({ 'a.txt': 'A2' }), 'write');
  assert.is(read(dir, 'NOTES.md'), 'mine');
  assert.ok(existsSync(join(dir, 'scratch')));
  assert.is(existsSync(join(dir, 'gone.txt')), false);
  const msg = refusal(() => writeBundle(dir, bundle({ 'a.txt': 'A3', 'NOTES.md': 'generated' }), 'write'));
  assert.match(msg, /refusing to overwrite 1 file\(s\)/);
  assert.match(msg, /NOTES\.md: move or rename your file/);
  assert.is(read(dir, 'NOTES.md'), 'mine');
  assert.is(read(dir, 'a.txt'), 'A2', 'nothing else changed');
});

test('check and dry run write nothing', () => {
  const dir = fresh();
  writeBundle(dir, bundle({ 'a.txt': 'A' }), 'write');
  for (const mode of ['check', 'dryRun'] as const) {
    const r = writeBundle(dir, bundle({ 'a.txt': 'B', 'c.txt': 'C' }), mode);
    assert.equal([r.changed, r.added], [['a.txt'], ['c.txt']]);
    assert.is(read(dir, 'a.txt'), 'A');
    assert.is(existsSync(join(dir, 'c.txt')), false);
  }
});

const REFUSED: [string, { setup: (dir: string) => string; message: RegExp }][] = [
  [
    'a directory it did not create',
    {
      setup: (d) => (mkdirSync(d, { recursive: true }), writeFileSync(join(d, 'x'), 'x'), d),
      message: /not empty and was not created by t1559/,
    },
  ],
  [
    'a path that is a file',
    { setup: (d) => (mkdirSync(join(d, '..'), { recursive: true }), writeFileSync(d, 'x'), d), message: /exists and is not a directory/ },
  ],
  [
    'a damaged manifest',
    {
      setup: (d) => (
        mkdirSync(d, { recursive: true }), writeFileSync(join(d, MANIFEST), '{"generator":"t1559","files":["..\\\\evil"]}'), d
      ),
      message: /is damaged/,
    },
  ],
  ["one of t1559's own folders", { setup: () => packagePath('policies', 'bundle'), message: /t1559's own policies\/ folder/ }],
];

for (const [name, { setup, message }] of REFUSED) {
  test(`refuses ${name}`, () => {
    const dir = setup(fresh());
    const before = existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir) : [];
    assert.match(
      refusal(() => writeBundle(dir, bundle({ 'a.txt': 'A' }), 'write')),
      message,
    );
    if (before.length) assert.equal(readdirSync(dir), before, 'left as it was');
  });
}

test.run();
