/**
 * Golden bundle comparison: file list first, then each file. Text gets a readable line diff,
 * binary is compared byte for byte and has a readable dump stored beside it for review.
 * Goldens change only with UPDATE_GOLDEN=1, never in CI, and a missing golden is never created in CI.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Artifact } from '../../src/model/artifact.js';
import { decodePol, dumpPol } from '../../src/formats/registry-pol.js';

export const DUMP_SUFFIX = '.dump.txt';

/** A readable rendering of a binary artifact, stored next to it in the golden folder. */
export function readableDump(artifact: Artifact): string | undefined {
  if (/\.pol$/i.test(artifact.path)) return dumpPol(decodePol(artifact.bytes, { file: artifact.path }));
  return undefined;
}

function isBinaryPath(path: string): boolean {
  return /\.pol$/i.test(path);
}

function asText(bytes: Uint8Array): string {
  const b = Buffer.from(bytes);
  if (b[0] === 0xff && b[1] === 0xfe) return `[UTF-16LE with BOM]\n${b.subarray(2).toString('utf16le')}`;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return `[UTF-8 with BOM]\n${b.subarray(3).toString('utf8')}`;
  return b.toString('utf8');
}

function listFiles(root: string, sub = ''): string[] {
  if (!existsSync(join(root, sub))) return [];
  const out: string[] = [];
  for (const e of readdirSync(join(root, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(root, rel));
    else out.push(rel);
  }
  return out.sort();
}

/** The golden folder's expected content for these artifacts: the artifacts plus dumps. */
function expectedFiles(artifacts: readonly Artifact[]): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const a of artifacts) {
    files.set(a.path, a.bytes);
    const dump = readableDump(a);
    if (dump !== undefined) files.set(`${a.path}${DUMP_SUFFIX}`, Buffer.from(dump, 'utf8'));
  }
  return files;
}

function lineDiff(want: string, got: string, limit = 40): string {
  const a = want.split('\n');
  const b = got.split('\n');
  const out: string[] = [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n && out.length < limit; i++) {
    if (a[i] !== b[i]) {
      if (a[i] !== undefined) out.push(`  line ${i + 1} golden: ${JSON.stringify(a[i])}`);
      if (b[i] !== undefined) out.push(`  line ${i + 1} actual: ${JSON.stringify(b[i])}`);
    }
  }
  return out.join('\n');
}

/** Whether this run rewrites goldens: UPDATE_GOLDEN=1, and never in CI. */
function updating(): boolean {
  const update = process.env.UPDATE_GOLDEN === '1';
  const inCi = !!process.env.CI && process.env.CI !== 'false';
  if (update && inCi) throw new Error('UPDATE_GOLDEN=1 is refused in CI: goldens are reviewed and committed by a person');
  return update;
}

/** One golden text file (such as `list --json` output): differences as lines, empty when it matches. Same update rule as bundles. */
export function compareGoldenFile(goldenFile: string, actual: string): string[] {
  if (updating()) {
    mkdirSync(dirname(goldenFile), { recursive: true });
    writeFileSync(goldenFile, actual);
    return [];
  }
  if (!existsSync(goldenFile))
    return [`golden file ${goldenFile} is missing; run UPDATE_GOLDEN=1 npm test locally, review the file, and commit it`];
  const golden = readFileSync(goldenFile, 'utf8');
  return golden === actual ? [] : [`${goldenFile} differs:\n${lineDiff(golden, actual)}`];
}

/** Returns a list of differences (empty when the golden matches). Updates only with UPDATE_GOLDEN=1 outside CI. */
export function compareGolden(goldenDir: string, artifacts: readonly Artifact[]): string[] {
  const files = expectedFiles(artifacts);
  if (updating()) {
    rmSync(goldenDir, { recursive: true, force: true });
    for (const [path, bytes] of files) {
      const full = join(goldenDir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, bytes);
    }
    return [];
  }
  if (!existsSync(goldenDir))
    return [`golden folder ${goldenDir} is missing; run UPDATE_GOLDEN=1 npm test locally, review the files, and commit them`];
  const problems: string[] = [];
  const have = listFiles(goldenDir);
  const want = [...files.keys()].sort();
  for (const p of want) if (!have.includes(p)) problems.push(`missing from golden: ${p}`);
  for (const p of have) if (!files.has(p)) problems.push(`not produced any more: ${p}`);
  for (const p of want) {
    if (!have.includes(p)) continue;
    const golden = readFileSync(join(goldenDir, p));
    const actual = Buffer.from(files.get(p)!);
    if (Buffer.compare(golden, actual) === 0) continue;
    if (isBinaryPath(p)) {
      const at = golden.findIndex((byte, i) => byte !== actual[i]);
      problems.push(
        `${p}: bytes differ (first at offset ${at < 0 ? Math.min(golden.length, actual.length) : at}; sizes ${golden.length} vs ${actual.length}); see ${p}${DUMP_SUFFIX}`,
      );
    } else {
      problems.push(`${p} differs:\n${lineDiff(asText(golden), asText(actual))}`);
    }
  }
  return problems;
}
