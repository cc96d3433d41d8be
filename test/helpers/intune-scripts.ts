/**
 * Read the `$Settings` table of a generated Intune remediation script back through the PowerShell grammar (not
 * with regular expressions): each `@{ Name = value }` entry with its values decoded from the syntax tree.
 *
 * Strict on purpose: a value form the generator does not produce (an expandable string, a sub-expression, a
 * variable other than $null, an unknown cast) throws, so "the data stayed inside its literal" is checked by
 * reading the table. Single-quoted literals are decoded with psStringValue, which treats the four typographic
 * single quotes like PowerShell does (the grammar only knows U+0027).
 */
import { psStringValue } from '../../src/lib/powershell.js';
import { fail, findNodes, unwrap, type SyntaxNode, type Tree } from './powershell-grammar.js';

export type TableValue = null | string | bigint | { bytes: number[] } | { strings: string[] };

export interface TableEntry {
  fields: Map<string, TableValue>;
  /** Comment lines directly above the entry (text after "# "). */
  comments: string[];
}

function stringOf(node: SyntaxNode): string {
  const n = unwrap(node);
  if (n.type !== 'string_literal' || n.namedChildCount !== 1 || n.namedChildren[0]!.type !== 'verbatim_string_characters')
    fail(n, 'expected a single-quoted string literal');
  return psStringValue(n.text);
}

/** A decimal or hexadecimal integer literal, optionally negated with unary minus. */
function integerOf(node: SyntaxNode): bigint {
  const n = unwrap(node);
  if (n.type === 'integer_literal') return BigInt(n.text);
  if (n.type === 'expression_with_unary_operator' && n.children[0]?.text === '-' && n.namedChildCount === 1)
    return -integerOf(n.namedChildren[0]!);
  return fail(n, 'expected an integer literal');
}

/** The elements of `a, b, c` (one element when there is no comma). */
function listItems(node: SyntaxNode): SyntaxNode[] {
  const n = unwrap(node);
  if (n.type === 'array_literal_expression') return n.namedChildren.flatMap(listItems);
  return [n];
}

/** The statements inside `@( ... )`, comments kept in order. */
function arrayStatements(node: SyntaxNode): SyntaxNode[] {
  if (node.type !== 'array_expression') fail(node, 'expected @( ... )');
  const out: SyntaxNode[] = [];
  for (const c of node.namedChildren) {
    if (c.type === 'comment') out.push(c);
    else if (c.type === 'statement_list') out.push(...c.namedChildren);
    else fail(c, 'unexpected array content');
  }
  return out;
}

function valueOf(node: SyntaxNode): TableValue {
  const n = unwrap(node);
  if (n.type === 'string_literal') return stringOf(n);
  if (n.type === 'variable') {
    if (n.text !== '$null') fail(n, 'unexpected variable');
    return null;
  }
  if (n.type !== 'expression_with_unary_operator') return fail(n, 'unexpected value');
  const cast = n.namedChildren.find((c) => c.type === 'cast_expression');
  if (!cast || n.namedChildCount !== 1) return fail(n, 'expected a cast');
  const type = cast.namedChildren.find((c) => c.type === 'type_literal')!.text;
  const operand = cast.namedChildren.filter((c) => c.type !== 'type_literal');
  if (operand.length !== 1) fail(cast, 'expected one cast operand');
  const inner = unwrap(operand[0]!);
  switch (type) {
    case '[int]':
    case '[long]':
      return integerOf(inner);
    case '[byte[]]': {
      if (inner.type === 'array_expression') {
        if (arrayStatements(inner).length !== 0) fail(inner, 'expected @()');
        return { bytes: [] };
      }
      if (inner.type !== 'parenthesized_expression') fail(inner, 'expected (0x.., ...)');
      const items = listItems(inner.namedChildren[0]!);
      return { bytes: items.map((i) => Number(integerOf(i))) };
    }
    case '[string[]]': {
      const items = arrayStatements(inner).flatMap((s) => (s.type === 'comment' ? fail(s, 'comment in an array') : listItems(s)));
      return { strings: items.map(stringOf) };
    }
    default:
      return fail(cast, 'unexpected cast');
  }
}

/** The entries of `$Settings = @( @{...} ... )`, the one assignment to $Settings in the script. */
export function readSettingsTable(tree: Tree): TableEntry[] {
  const assignments = findNodes(tree, 'assignment_expression').filter((a) => {
    const left = a.namedChildren.find((c) => c.type === 'left_assignment_expression');
    return left !== undefined && findNodes(left, 'variable')[0]?.text === '$Settings';
  });
  if (assignments.length !== 1) throw new Error(`expected one assignment to $Settings, found ${assignments.length}`);
  const assignment = assignments[0]!;
  const right = unwrap(assignment.namedChildren[assignment.namedChildCount - 1]!);
  const entries: TableEntry[] = [];
  let comments: string[] = [];
  for (const statement of arrayStatements(right)) {
    if (statement.type === 'comment') {
      comments.push(statement.text.replace(/^# ?/, ''));
      continue;
    }
    const hash = unwrap(statement);
    if (hash.type !== 'hash_literal_expression') fail(hash, 'expected @{ ... }');
    const fields = new Map<string, TableValue>();
    const body = hash.namedChildren.find((c) => c.type === 'hash_literal_body');
    for (const entry of body ? body.namedChildren.filter((c) => c.type === 'hash_entry') : []) {
      const key = entry.namedChildren.find((c) => c.type === 'key_expression')!.text;
      if (fields.has(key)) fail(entry, `duplicate key ${key}`);
      const value = entry.namedChildren.filter((c) => c.type !== 'key_expression');
      if (value.length !== 1) fail(entry, 'expected one value');
      fields.set(key, valueOf(value[0]!));
    }
    entries.push({ fields, comments });
    comments = [];
  }
  return entries;
}
