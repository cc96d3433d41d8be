/**
 * Which profile parameters the DSC v2 configuration exposes in its `param` block, so an admin can override them
 * when compiling (`T1559Hardening -AsrOfficeRules_ChildProcesses '2' -OutputPath .\mof`) without rebuilding.
 *
 * The plan records, per operation, the parameter that produced its data and the data it may take (binding).
 * A parameter is exposed only when it is the data of exactly one operation in the whole plan ("1:1") and that
 * operation is in this script: an ASR rule mode, an integer level, an Outlook object-model prompt. Not exposed,
 * on purpose:
 * - parameters that feed several values (Office file-validation `onFailure` writes Word, Excel and PowerPoint),
 *   or one value per Office version: overriding one DSC parameter would silently change several settings;
 * - booleans that decide whether settings exist at all, lists that multiply them: they have no binding;
 * - SDDL and free-string parameters (text bindings): descriptors are encoded and checked for lockout at build
 *   time, and the catalog's string patterns have no faithful [ValidatePattern()]; an override would bypass both.
 */
import type { ParameterBinding, Plan, RegistryOperation } from '../../model/plan.js';

export type AllowedData = ParameterBinding['allowed'];
/** Free text is never offered at compile time (see the header). */
export type CompileAllowedData = Exclude<AllowedData, { kind: 'text' }>;

export interface CompileParameter {
  control: string;
  /** The control's parameter whose value this data is (for the name and the comment). */
  parameter: string;
  allowed: CompileAllowedData;
  op: RegistryOperation;
}

/** The operations of `rendered` whose data is a parameter that feeds nothing else in the plan. */
export function compileParameters(plan: Plan, rendered: readonly RegistryOperation[]): CompileParameter[] {
  const feeds = new Map<string, number>();
  const keyOf = (op: RegistryOperation) => `${op.controls[0]}\u0000${op.binding!.parameter}`;
  for (const op of plan.operations) if (op.type === 'registry' && op.binding) feeds.set(keyOf(op), (feeds.get(keyOf(op)) ?? 0) + 1);
  return rendered
    .filter(
      (op) =>
        op.binding && op.binding.allowed.kind !== 'text' && op.controls.length === 1 && op.action === 'set' && feeds.get(keyOf(op)) === 1,
    )
    .map((op) => ({ control: op.controls[0]!, parameter: op.binding!.parameter, allowed: op.binding!.allowed as CompileAllowedData, op }));
}

/** PowerShell parameter name: PascalCase control id, "_", PascalCase parameter (ASCII letters, digits, "_" only). */
export function compileParameterName(entry: Pick<CompileParameter, 'control' | 'parameter'>): string {
  const pascal = (s: string) =>
    s
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join('');
  return `${pascal(entry.control)}_${pascal(entry.parameter)}`;
}
