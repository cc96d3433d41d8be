/**
 * PowerShell syntax checks for tests, with tree-sitter and the tree-sitter-powershell grammar
 * (airbus-cert/tree-sitter-powershell).
 *
 * Usage (the grammar loads asynchronously, once):
 *
 *   import { loadPowerShellGrammar, assertParsesCleanly } from '../helpers/powershell-grammar.js';
 *   test.before(loadPowerShellGrammar);
 *   test('...', () => { const tree = assertParsesCleanly(script, 'remediate.ps1'); ... });
 *
 * Notes:
 * - The grammar's Node binding is ESM with top-level await: it must be `import`ed, never `require`d
 *   (require fails with ERR_REQUIRE_ASYNC_MODULE). `uvu -r tsx` loads test files through require (tsx compiles
 *   them to CommonJS), so even a static `import` statement here would become a require and fail ("Top-level await
 *   is currently not supported with the cjs output format"). Hence the dynamic `import()` in
 *   loadPowerShellGrammar, which tsx keeps as a real ESM import. We import the entry file directly
 *   (`bindings/node/index.js`, typed by the index.d.ts beside it) because importing the bare package name makes
 *   Node print a DEP0151 warning about the extension-less "main" field.
 * - uvu runs every file matching `\.test\.ts$` under test/, so this helper must not end in `.test.ts`.
 * - The grammar only knows the ASCII quote characters. PowerShell itself also treats ‘ ’ ‚ ‛ as single quotes
 *   (and “ ” „ as double quotes), so tests of quoting must check those separately (see powershell.test.ts).
 * - Node positions: startIndex/endIndex are UTF-16 offsets into the JS string; we report line:column with
 *   1-based lines and 1-based UTF-16 columns computed from them.
 */
import Parser from 'tree-sitter';

export type SyntaxNode = Parser.SyntaxNode;
export type Tree = Parser.Tree;

let parser: Parser | undefined;

/** Load the PowerShell grammar (idempotent). Call it before parsing, e.g. `test.before(loadPowerShellGrammar)`. */
export async function loadPowerShellGrammar(): Promise<void> {
  if (parser) return;
  const { default: PowerShell } = await import('tree-sitter-powershell/bindings/node/index.js');
  const p = new Parser();
  p.setLanguage(PowerShell as unknown as Parser.Language);
  parser = p;
}

/** Parse PowerShell source. Large inputs get a buffer big enough for the whole text. */
export function parsePowerShell(source: string): Tree {
  if (!parser)
    throw new Error('PowerShell grammar not loaded: call `await loadPowerShellGrammar()` first (e.g. test.before(loadPowerShellGrammar))');
  const bufferSize = Math.max(32 * 1024, source.length * 2 + 1024);
  return parser.parse(source, null, { bufferSize });
}

/** Every node of the tree (named and anonymous), depth first, in source order. */
export function* walkTree(node: SyntaxNode): Generator<SyntaxNode> {
  yield node;
  for (const child of node.children) yield* walkTree(child);
}

/** All nodes whose type is `type` (or one of `type`), or that satisfy the predicate, in source order. */
export function findNodes(root: SyntaxNode | Tree, type: string | readonly string[] | ((node: SyntaxNode) => boolean)): SyntaxNode[] {
  const start = 'rootNode' in root ? root.rootNode : root;
  const match =
    typeof type === 'function'
      ? type
      : typeof type === 'string'
        ? (n: SyntaxNode) => n.type === type
        : (n: SyntaxNode) => type.includes(n.type);
  const out: SyntaxNode[] = [];
  for (const n of walkTree(start)) if (match(n)) out.push(n);
  return out;
}

export interface SyntaxProblem {
  kind: 'error' | 'missing';
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
  /** The offending source text (for a missing node: what the parser expected). */
  text: string;
}

function lineColumn(source: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** ERROR and MISSING nodes of a parse, outermost errors only (their children are not repeated). */
export function syntaxProblems(source: string, tree: Tree = parsePowerShell(source)): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  const visit = (n: SyntaxNode): void => {
    if (n.isError || n.isMissing) {
      const { line, column } = lineColumn(source, n.startIndex);
      out.push({
        kind: n.isError ? 'error' : 'missing',
        line,
        column,
        text: n.isMissing ? `expected ${n.type}` : source.slice(n.startIndex, Math.min(n.endIndex, n.startIndex + 80)),
      });
      if (n.isError) return;
    }
    if (!n.hasError && !n.isMissing) return;
    for (const c of n.children) visit(c);
  };
  visit(tree.rootNode);
  // A tree can report hasError with no ERROR/MISSING node found above (should not happen); surface it anyway.
  if (out.length === 0 && tree.rootNode.hasError) out.push({ kind: 'error', line: 1, column: 1, text: '(tree has errors)' });
  return out;
}

/**
 * Parse `source` and throw an Error listing every syntax problem as `label:line:column: text` when the grammar
 * reports any. Returns the tree for further structural checks.
 */
export function assertParsesCleanly(source: string, label: string): Tree {
  const tree = parsePowerShell(source);
  const problems = syntaxProblems(source, tree);
  if (problems.length > 0) {
    const lines = problems.map(
      (p) => `  ${label}:${p.line}:${p.column}: ${p.kind === 'missing' ? p.text : `unexpected ${JSON.stringify(p.text)}`}`,
    );
    throw new Error(`PowerShell syntax errors in ${label}:\n${lines.join('\n')}`);
  }
  return tree;
}

/** Expression wrappers the grammar nests around every value; each has exactly one named child. */
const WRAPPERS = new Set([
  'pipeline',
  'pipeline_chain',
  'logical_expression',
  'bitwise_expression',
  'comparison_expression',
  'additive_expression',
  'multiplicative_expression',
  'format_expression',
  'range_expression',
  'array_literal_expression',
  'unary_expression',
]);

export function unwrap(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (WRAPPERS.has(n.type) && n.namedChildCount === 1) n = n.namedChildren[0]!;
  return n;
}

export function fail(node: SyntaxNode, what: string): never {
  throw new Error(
    `${what} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${node.type} ${JSON.stringify(node.text.slice(0, 120))}`,
  );
}
