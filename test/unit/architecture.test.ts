/**
 * Layers point one way (docs/architecture.md "Layers and allowed imports"). Every relative import, re-export
 * and dynamic import in src/ is read from the source text and its edge checked against this table; an edge
 * outside it fails with the file and line.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve('src');

/** Which layers each layer may import (besides itself). */
export const ALLOWED: Record<string, readonly string[]> = {
  lib: [],
  formats: ['lib'],
  model: ['lib'],
  channels: ['model', 'formats', 'lib'],
  catalog: ['channels', 'model', 'formats', 'lib'],
  'plan-readers': ['catalog', 'channels', 'model', 'formats', 'lib'],
  targets: ['plan-readers', 'channels', 'model', 'formats', 'lib'],
  write: ['model', 'lib'],
  build: ['targets', 'write', 'catalog', 'model', 'lib'],
  commands: ['build', 'write', 'plan-readers', 'catalog', 'model', 'formats', 'lib'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The layer of a file under src/: its top folder, or the file's own name for top-level files (build.ts). */
export function layerOf(file: string): string {
  const [top] = relative(SRC, file).split(sep);
  return top!.replace(/\.(ts|js)$/, '');
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

export function relativeImports(text: string): { specifier: string; line: number }[] {
  const out: { specifier: string; line: number }[] = [];
  for (const m of text.matchAll(IMPORT)) out.push({ specifier: m[1]!, line: text.slice(0, m.index).split('\n').length });
  return out;
}

export function forbiddenEdges(files: readonly string[], read: (file: string) => string): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    const allowed = ALLOWED[from];
    if (!allowed) {
      problems.push(`${relative('.', file)}: layer "${from}" is not in the table; add it to ALLOWED and docs/architecture.md`);
      continue;
    }
    for (const { specifier, line } of relativeImports(read(file))) {
      const to = layerOf(resolve(dirname(file), specifier));
      if (to !== from && !allowed.includes(to))
        problems.push(`${relative('.', file)}:${line}: ${from} -> ${to} ("${specifier}") is not allowed`);
    }
  }
  return problems;
}

test('every import in src/ follows the layer table', () => {
  const files = sourceFiles(SRC);
  assert.ok(files.length > 50, 'the walk found the sources');
  assert.equal(
    forbiddenEdges(files, (f) => readFileSync(f, 'utf8')),
    [],
  );
});

const EDGES: [name: string, file: string, text: string, want: RegExp | undefined][] = [
  ['formats importing catalog is refused', 'src/formats/x.ts', "import { loadCatalog } from '../catalog/load.js';", /formats -> catalog/],
  ['model importing formats is refused', 'src/model/x.ts', "import { decodePol } from '../formats/registry-pol.js';", /model -> formats/],
  ['a re-export counts', 'src/lib/x.ts', "export { Plan } from '../model/plan.js';", /lib -> model/],
  ['a dynamic import counts', 'src/catalog/x.ts', "const t = await import('../targets/index.js');", /catalog -> targets/],
  ['a side-effect import counts', 'src/write/x.ts', "import '../build.js';", /write -> build/],
  ['an allowed edge passes', 'src/targets/x.ts', "import type { Plan } from '../model/plan.js';", undefined],
  ['inside a layer passes', 'src/targets/gpo/x.ts', "import { renderAdmx } from '../admx/index.js';", undefined],
  ['packages are not layers', 'src/lib/x.ts', "import { z } from 'zod';", undefined],
];

for (const [name, file, text, want] of EDGES) {
  test(`layer check: ${name}`, () => {
    const problems = forbiddenEdges([resolve(file)], () => text);
    if (want) assert.ok(problems.length === 1 && want.test(problems[0]!), problems.join('\n'));
    else assert.equal(problems, []);
  });
}

test.run();
