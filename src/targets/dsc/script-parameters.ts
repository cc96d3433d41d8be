/**
 * The `param` block of the DSC v2 configuration script: which operations get a compile-time parameter (the rule
 * and the reasons are in ./compile-parameters.ts) and the PowerShell text of each declaration, built with
 * src/lib/powershell.ts like everything else in the script.
 */
import type { Plan, RegistryOperation } from '../../model/plan.js';
import { hiveOf, type RegistryValue } from '../../model/registry.js';
import { InternalError } from '../../lib/errors.js';
import { psComment, psString } from '../../lib/powershell.js';
import { compileParameterName, compileParameters, type CompileParameter } from './compile-parameters.js';

/** One parameter declaration: comment lines, its validation attribute, `[type] $Name = default`. */
export interface ParameterView {
  comments: string[];
  attribute: string;
  declaration: string;
}

export interface Binding {
  entry: CompileParameter;
  name: string;
  op: RegistryOperation;
}

/**
 * Expose a compile-time parameter for each 1:1 parameter (see ./compile-parameters.ts) whose current data is
 * one of its allowed values and of the type the parameter's attribute declares.
 */
export function bindCompileParameters(plan: Plan, rendered: readonly RegistryOperation[]): Map<RegistryOperation, Binding> {
  const out = new Map<RegistryOperation, Binding>();
  for (const entry of compileParameters(plan, rendered)) {
    if (!entry.op.value || !dataAllowed(entry, entry.op.value)) continue;
    out.set(entry.op, { entry, name: compileParameterName(entry), op: entry.op });
  }
  return out;
}

/** PowerShell's [int] is 32-bit signed: wider ranges are not offered as compile-time parameters. */
const INT32_MAX = 2147483647;

function dataAllowed(entry: Pick<CompileParameter, 'allowed'>, value: RegistryValue): boolean {
  const allowed = entry.allowed;
  const wide =
    allowed.kind === 'range'
      ? allowed.min < -INT32_MAX - 1 || allowed.max > INT32_MAX
      : allowed.values.some((v) => typeof v === 'number' && (v < 0 || v > INT32_MAX));
  if (wide) return false;
  if (allowed.kind === 'range') return value.type === 'REG_DWORD' && value.data >= allowed.min && value.data <= allowed.max;
  if (value.type === 'REG_SZ') return allowed.values.every((v) => typeof v === 'string') && allowed.values.includes(value.data);
  if (value.type === 'REG_DWORD') return allowed.values.every((v) => typeof v === 'number') && allowed.values.includes(value.data);
  return false;
}

export function parameterViews(bindings: readonly Binding[]): ParameterView[] {
  return bindings.map(({ entry, name, op }) => {
    const value = op.value!;
    const control = entry.control;
    const allowed = entry.allowed;
    const comments = [
      psComment(`${op.id}: ${op.title}`),
      psComment(
        `Data of ${hiveOf(op.scope)}\\${op.key}\\${op.valueName}; parameter "${entry.parameter}" of control ${control} (t1559 explain ${control}). Default: the profile's value.`,
      ),
    ];
    if (allowed.kind === 'range') {
      return {
        comments,
        attribute: `[ValidateRange(${integerLiteral(allowed.min)}, ${integerLiteral(allowed.max)})]`,
        declaration: `[int] $${name} = ${integerLiteral(value.data as number)}`,
      };
    }
    if (value.type === 'REG_SZ') {
      return {
        comments,
        attribute: `[ValidateSet(${allowed.values.map((v) => psString(String(v))).join(', ')})]`,
        declaration: `[string] $${name} = ${psString(value.data)}`,
      };
    }
    return {
      comments,
      attribute: `[ValidateSet(${allowed.values.map((v) => integerLiteral(v as number)).join(', ')})]`,
      declaration: `[int] $${name} = ${integerLiteral(value.data as number)}`,
    };
  });
}

/** An override of the first parameter to another allowed value, as PowerShell arguments. */
export function exampleOverride(bindings: readonly Binding[]): string | undefined {
  const first = bindings[0];
  if (!first) return undefined;
  const allowed = first.entry.allowed;
  const current = first.op.value!.data as string | number;
  if (allowed.kind === 'range') return `-${first.name} ${integerLiteral(current === allowed.min ? allowed.max : allowed.min)}`;
  // The next allowed value after the current one (for an ASR rule in block mode: audit).
  const other = allowed.values[(allowed.values.indexOf(current) + 1) % allowed.values.length] ?? current;
  return `-${first.name} ${typeof other === 'string' ? psString(other) : integerLiteral(other as number)}`;
}

/** A decimal integer literal. Only small, validated integers (range bounds, DWORD levels) come here. */
function integerLiteral(n: number): string {
  if (!Number.isSafeInteger(n)) throw new InternalError(`not an integer: ${n}`);
  return String(n);
}
