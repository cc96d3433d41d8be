/**
 * Read a generated DSC v2 configuration script back through the PowerShell grammar (not with regular
 * expressions): the configuration's parameters, its Import-DscResource lines and every resource block with its
 * property assignments, values decoded from the syntax tree.
 *
 * Strict on purpose: any statement or value form the generator does not produce (a stray command, an
 * expandable string, a sub-expression, an unknown value node) throws, so "nothing else appears" is checked by
 * simply reading the script. Single-quoted literals are decoded with psStringValue, which treats the four
 * typographic single quotes like PowerShell does (the grammar only knows U+0027).
 */
import { psStringValue } from '../../src/lib/powershell.js';
import { fail, unwrap, type SyntaxNode, type Tree } from './powershell-grammar.js';

export type PsValue =
  | { kind: 'string'; value: string }
  | { kind: 'strings'; value: string[] }
  | { kind: 'int'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'variable'; name: string; cast?: string };

export interface DscParameter {
  name: string;
  type: string;
  default: PsValue;
  validateSet?: PsValue[];
  validateRange?: [number, number];
}

export interface DscResource {
  type: string;
  name: string;
  /** Property name -> value, in source order. */
  properties: Map<string, PsValue>;
  /** Comment lines directly above the resource (text after "# "). */
  comments: string[];
}

export interface DscConfiguration {
  name: string;
  parameters: DscParameter[];
  imports: { module: string; version?: string }[];
  nodeExpression: string;
  resources: DscResource[];
}

function only(nodes: SyntaxNode[], node: SyntaxNode, what: string): SyntaxNode {
  if (nodes.length !== 1) fail(node, `expected one ${what}, found ${nodes.length}`);
  return nodes[0]!;
}

function named(node: SyntaxNode, type: string): SyntaxNode[] {
  return node.namedChildren.filter((c) => c.type === type);
}

function stringOf(node: SyntaxNode): string {
  const n = unwrap(node);
  if (n.type !== 'string_literal' || !n.text.startsWith("'")) fail(n, 'expected a single-quoted string literal');
  return psStringValue(n.text);
}

/** The elements of `a, b, c` (one element when there is no comma). */
function listItems(node: SyntaxNode): SyntaxNode[] {
  const n = unwrap(node);
  if (n.type === 'array_literal_expression') return n.namedChildren.flatMap(listItems);
  return [n];
}

/** Decode a property or default value. */
export function valueOf(node: SyntaxNode): PsValue {
  const n = unwrap(node);
  switch (n.type) {
    case 'string_literal':
      return { kind: 'string', value: stringOf(n) };
    case 'integer_literal':
      return { kind: 'int', value: Number(n.text) };
    case 'variable':
      if (n.text === '$true' || n.text === '$false') return { kind: 'bool', value: n.text === '$true' };
      return { kind: 'variable', name: n.text.slice(1) };
    case 'expression_with_unary_operator': {
      const cast = only(named(n, 'cast_expression'), n, 'cast');
      const type = only(named(cast, 'type_literal'), cast, 'type').text;
      const operand = only(
        cast.namedChildren.filter((c) => c.type !== 'type_literal'),
        cast,
        'cast operand',
      );
      const variable = unwrap(operand);
      if (variable.type !== 'variable') fail(variable, 'expected a variable after the cast');
      return { kind: 'variable', name: variable.text.slice(1), cast: type };
    }
    case 'array_expression': {
      const list = named(n, 'statement_list');
      if (list.length === 0) return { kind: 'strings', value: [] };
      const items: string[] = [];
      for (const pipeline of only(list, n, 'statement list').namedChildren) {
        if (pipeline.type === 'comment') continue;
        if (pipeline.type !== 'pipeline') fail(pipeline, 'unexpected array element');
        items.push(...listItems(pipeline).map(stringOf));
      }
      return { kind: 'strings', value: items };
    }
    default:
      return fail(n, 'unexpected value');
  }
}

/** A statement `Name arg...` as its command name and argument nodes (separators dropped). */
function commandOf(statement: SyntaxNode): { name: string; args: SyntaxNode[]; node: SyntaxNode } {
  const command = unwrap(statement);
  if (command.type !== 'command') fail(command, 'expected a command');
  const name = only(named(command, 'command_name'), command, 'command name').text;
  const elements = named(command, 'command_elements')[0];
  const args = elements ? elements.namedChildren.filter((c) => c.type !== 'command_argument_sep').map(unwrap) : [];
  return { name, args, node: command };
}

/** Statements and the comment lines before each one, from a script block expression `{ ... }`. */
function blockStatements(blockExpression: SyntaxNode): { statement: SyntaxNode; comments: string[] }[] {
  if (blockExpression.type !== 'script_block_expression') fail(blockExpression, 'expected { ... }');
  const out: { statement: SyntaxNode; comments: string[] }[] = [];
  let pending: string[] = [];
  const visit = (node: SyntaxNode): void => {
    for (const child of node.namedChildren) {
      if (child.type === 'comment') pending.push(child.text.replace(/^# ?/, ''));
      else if (child.type === 'script_block' || child.type === 'script_block_body' || child.type === 'statement_list') visit(child);
      else if (child.type === 'param_block') continue;
      else {
        out.push({ statement: child, comments: pending });
        pending = [];
      }
    }
  };
  visit(blockExpression);
  return out;
}

function parametersOf(blockExpression: SyntaxNode): DscParameter[] {
  const block = only(named(blockExpression, 'script_block'), blockExpression, 'script block');
  const paramBlock = named(block, 'param_block')[0];
  if (!paramBlock) return [];
  const list = only(named(paramBlock, 'parameter_list'), paramBlock, 'parameter list');
  return named(list, 'script_parameter').map((p) => {
    const name = only(named(p, 'variable'), p, 'variable').text.slice(1);
    const attributes = named(p, 'attribute_list').flatMap((l) => named(l, 'attribute'));
    const out: DscParameter = { name, type: '', default: { kind: 'string', value: '' } };
    for (const a of attributes) {
      const typeLiteral = named(a, 'type_literal')[0];
      if (typeLiteral) {
        out.type = typeLiteral.text;
        continue;
      }
      const attrName = only(named(a, 'attribute_name'), a, 'attribute name').text;
      const args = named(only(named(a, 'attribute_arguments'), a, 'attribute arguments'), 'attribute_argument').map((x) =>
        valueOf(x.namedChildren[0]!),
      );
      if (attrName === 'ValidateSet') out.validateSet = args;
      else if (attrName === 'ValidateRange') {
        const [lo, hi] = args;
        if (lo?.kind !== 'int' || hi?.kind !== 'int' || args.length !== 2) fail(a, 'ValidateRange needs two integers');
        out.validateRange = [lo.value, hi.value];
      } else fail(a, 'unexpected attribute');
    }
    const def = only(named(p, 'script_parameter_default'), p, 'default');
    out.default = valueOf(def.namedChildren[0]!);
    return out;
  });
}

/** Read the single `Configuration Name { param(...) Import-DscResource ... Node $x { resources } }` of a script. */
export function readConfiguration(tree: Tree): DscConfiguration {
  const top = tree.rootNode.namedChildren.filter((c) => c.type !== 'comment');
  const statements = only(top, tree.rootNode, 'top-level statement list').namedChildren.filter((c) => c.type !== 'comment');
  const config = commandOf(only(statements, tree.rootNode, 'top-level statement'));
  if (config.name !== 'Configuration' || config.args.length !== 2) fail(config.node, 'expected Configuration Name { ... }');
  const name = config.args[0]!.text;
  const body = config.args[1]!;
  const parameters = parametersOf(body);

  const imports: DscConfiguration['imports'] = [];
  let node: { expression: string; block: SyntaxNode } | undefined;
  for (const { statement } of blockStatements(body)) {
    const cmd = commandOf(statement);
    if (cmd.name === 'Import-DscResource') {
      const texts = cmd.args.map((a) => a.text);
      const module = texts[texts.indexOf('-ModuleName') + 1];
      const v = texts.indexOf('-ModuleVersion');
      if (!module || texts.length !== (v >= 0 ? 4 : 2)) fail(cmd.node, 'unexpected Import-DscResource form');
      imports.push(v >= 0 ? { module, version: texts[v + 1]! } : { module });
    } else if (cmd.name === 'Node') {
      if (node || cmd.args.length !== 2) fail(cmd.node, 'expected one Node $x { ... }');
      node = { expression: cmd.args[0]!.text, block: cmd.args[1]! };
    } else fail(cmd.node, 'unexpected statement in the configuration');
  }
  if (!node) throw new Error('no Node block');

  const resources: DscResource[] = [];
  for (const { statement, comments } of blockStatements(node.block)) {
    const cmd = commandOf(statement);
    if (cmd.args.length !== 2) fail(cmd.node, "expected Type 'Name' { ... }");
    const properties = new Map<string, PsValue>();
    for (const { statement: prop } of blockStatements(cmd.args[1]!)) {
      const assignment = commandOf(prop);
      if (assignment.args.length !== 2 || assignment.args[0]!.text !== '=') fail(assignment.node, 'expected Property = value');
      if (properties.has(assignment.name)) fail(assignment.node, `property ${assignment.name} set twice`);
      properties.set(assignment.name, valueOf(assignment.args[1]!));
    }
    resources.push({ type: cmd.name, name: stringOf(cmd.args[0]!), properties, comments });
  }
  return { name, parameters, imports, nodeExpression: node.expression, resources };
}
