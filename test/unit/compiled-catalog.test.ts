/**
 * The shipped catalog validated at build time (dist/catalog.json, src/catalog/compiled.ts): it gives exactly
 * the controls full validation gives, a generated file that is not what the build wrote is refused, and a
 * stale one (sources edited since) gives way to full validation.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compiledCatalogText, readCompiledCatalog } from '../../src/catalog/compiled.js';
import { validateCatalogDir } from '../../src/catalog/load.js';
import { InternalError } from '../../src/lib/errors.js';
import { packagePath } from '../../src/lib/paths.js';

const SHIPPED = packagePath('policies', 'catalog');
const validated = validateCatalogDir(SHIPPED);

/** A fresh generated file for the shipped catalog, in a temporary directory. */
function generated(): { file: string; text: string } {
  const file = join(mkdtempSync(join(tmpdir(), 't1559-compiled-')), 'catalog.json');
  const text = compiledCatalogText(validated, SHIPPED);
  writeFileSync(file, text);
  return { file, text };
}

test('the generated catalog gives exactly the controls full validation gives', () => {
  const { file } = generated();
  const compiled = readCompiledCatalog(file, SHIPPED);
  assert.ok(compiled);
  assert.equal(compiled.controls, validated.controls);
  assert.equal([...compiled.byId.keys()], [...validated.byId.keys()]);
});

test('the file the build wrote (dist/catalog.json) is current and gives the validated controls', () => {
  const compiled = readCompiledCatalog(packagePath('dist', 'catalog.json'), SHIPPED);
  assert.ok(compiled, 'dist/catalog.json is missing or stale: run npm run build');
  assert.equal(compiled.controls, validated.controls);
});

const TAMPERED: [name: string, edit: (text: string) => string, message: RegExp][] = [
  ['a title changed', (t) => t.replace('"title":"', '"title":"X'), /does not match its SHA-256/],
  [
    'a registry value changed',
    (t) => t.replace(/"data":(\d)/, (_, d: string) => `"data":${(Number(d) + 1) % 10}`),
    /does not match its SHA-256/,
  ],
  [
    'a control removed',
    (t) => {
      const f = JSON.parse(t);
      f.controls.pop();
      return JSON.stringify(f);
    },
    /does not match its SHA-256/,
  ],
  ['the hash replaced', (t) => t.replace(/"sha256":"[0-9a-f]{64}"/, `"sha256":"${'0'.repeat(64)}"`), /does not match its SHA-256/],
  [
    'the hash removed',
    (t) => {
      const f = JSON.parse(t);
      delete f.sha256;
      return JSON.stringify(f);
    },
    /does not match its SHA-256/,
  ],
  ['cut short', (t) => t.slice(0, t.length >> 1), /is not JSON/],
  ['another file', () => '{"controls":[]}', /is not a compiled catalog/],
  ['null', () => 'null', /is not a compiled catalog/],
];

for (const [name, edit, message] of TAMPERED) {
  test(`a tampered generated catalog is refused: ${name}`, () => {
    const { file, text } = generated();
    const edited = edit(text);
    assert.is.not(edited, text, 'the edit must change the file');
    writeFileSync(file, edited);
    try {
      readCompiledCatalog(file, SHIPPED);
      assert.unreachable('accepted');
    } catch (err) {
      assert.instance(err, InternalError);
      assert.match((err as Error).message, message);
    }
  });
}

const EDITS: [name: string, edit: (dir: string) => void][] = [
  [
    'a file edited',
    (dir) => writeFileSync(join(dir, 'm1042-disable-dde-ole.json'), `${readFileSync(join(dir, 'm1042-disable-dde-ole.json'), 'utf8')} `),
  ],
  ['a file added', (dir) => writeFileSync(join(dir, 'zz-new.json'), '{"controls":[]}')],
  ['a file removed', (dir) => rmSync(join(dir, 'detection.json'))],
];

for (const [name, edit] of EDITS) {
  test(`sources changed since the build (${name}): the generated file is stale and not used (full validation instead)`, () => {
    const { file } = generated();
    const dir = mkdtempSync(join(tmpdir(), 't1559-catalog-'));
    cpSync(SHIPPED, dir, { recursive: true });
    assert.ok(readCompiledCatalog(file, dir), 'an unchanged copy of the sources is current');
    edit(dir);
    assert.is(readCompiledCatalog(file, dir), undefined);
  });
}

test('no generated file (running from source): undefined, so the sources are validated', () => {
  assert.is(readCompiledCatalog(join(mkdtempSync(join(tmpdir(), 't1559-none-')), 'catalog.json'), SHIPPED), undefined);
});

test.run();
