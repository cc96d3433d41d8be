/**
 * Citations of the project's docs in code, tests, templates and the catalog: every
 * `docs/<file>.md "<heading>"` must name an existing file under docs/ and a heading of it with exactly
 * that text, and no citation may name a doc without its `docs/` folder (`domain.md`, `formats.md`,
 * `design.md`), which would point outside the project. Golden outputs, fixtures and this file are not
 * scanned.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const ROOT = process.cwd();
const SCANNED = ['src', 'test', 'templates', 'policies'];
/** Goldens and fixtures are outputs and inputs, not citations; this file names the patterns it looks for. */
const SKIPPED = new Set(['test/golden', 'test/fixtures', 'test/unit/doc-citations.test.ts']);
const TEXT_FILE = /\.(ts|mts|mjs|js|json|ejs|md|ps1|txt|ya?ml)$/;

/** `docs/x.md "Heading"`, also with the quotes escaped inside JSON strings (`\"`). */
const CITATION = /docs\/([A-Za-z0-9_-]+\.md)\s+\\?"((?:[^"\\\n]|\\(?!"))+)\\?"/g;
/** A docs file named without its folder: `domain.md` not preceded by `docs/`. */
const BARE = /(?<![\w/.-])(domain|formats|design)\.md\b/g;
/** Any mention of a docs file, with or without a heading. */
const MENTION = /docs\/([A-Za-z0-9_-]+\.md)/g;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const rel = relative(ROOT, path).split('\\').join('/');
    if (SKIPPED.has(rel) || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (TEXT_FILE.test(name)) out.push(path);
  }
  return out;
}

/** The ATX headings (`#` to `######`) of a markdown file, outside fenced code blocks. */
function headings(file: string): Set<string> {
  const found = new Set<string>();
  let fenced = false;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (m) found.add(m[1]!);
  }
  return found;
}

const headingCache = new Map<string, Set<string> | undefined>();
function headingsOf(doc: string): Set<string> | undefined {
  if (!headingCache.has(doc)) {
    const path = join(ROOT, 'docs', doc);
    headingCache.set(doc, existsSync(path) ? headings(path) : undefined);
  }
  return headingCache.get(doc);
}

interface Finding {
  where: string;
  problem: string;
}

function scan(): { citations: number; findings: Finding[] } {
  const findings: Finding[] = [];
  let citations = 0;
  for (const dir of SCANNED) {
    for (const file of files(join(ROOT, dir))) {
      const rel = relative(ROOT, file).split('\\').join('/');
      readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .forEach((line, i) => {
          const where = `${rel}:${i + 1}`;
          for (const m of line.matchAll(CITATION)) {
            citations += 1;
            const [, doc, heading] = m;
            const text = heading!.replace(/\\\\/g, '\\');
            const known = headingsOf(doc!);
            if (!known) findings.push({ where, problem: `cites docs/${doc}, which does not exist` });
            else if (!known.has(text))
              findings.push({ where, problem: `cites docs/${doc} "${text}", which has no heading with exactly that text` });
          }
          for (const m of line.matchAll(MENTION)) {
            if (!headingsOf(m[1]!)) findings.push({ where, problem: `mentions docs/${m[1]}, which does not exist` });
          }
          for (const m of line.matchAll(BARE)) {
            findings.push({
              where,
              problem: `names ${m[0]} without docs/; cite docs/${m[0]} "<heading>" or the Microsoft specification instead`,
            });
          }
        });
    }
  }
  return { citations, findings };
}

test('every docs citation names an existing file and heading; no bare domain.md / formats.md / design.md', () => {
  const { citations, findings } = scan();
  assert.ok(citations > 0, 'found no docs/<file>.md "<heading>" citation at all; is the pattern still right?');
  const unique = [...new Map(findings.map((f) => [`${f.where} ${f.problem}`, f])).values()];
  assert.equal(
    unique.map((f) => `${f.where}: ${f.problem}`),
    [],
    `${unique.length} broken doc citation(s)`,
  );
});

test('the scanner recognises citations, escaped JSON citations and bare names', () => {
  const line = 'a docs/domain.md "Delivery channels" b \\"x\\" docs/formats.md \\"Intune\\" c domain.md d docs/domain.md';
  const cites = [...line.matchAll(CITATION)].map((m) => `${m[1]}|${m[2]}`);
  assert.equal(cites, ['domain.md|Delivery channels', 'formats.md|Intune']);
  assert.equal(
    [...line.matchAll(BARE)].map((m) => m[0]),
    ['domain.md'],
  );
});

test.run();
