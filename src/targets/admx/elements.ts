/**
 * Turn plan operations into ADMX values and policy elements (ADMX schema: `Value`, `decimal`, `text`,
 * `enum`, `boolean`, `multiText` elements; defaults go to the ADML presentation).
 *
 * - A fixed REG_DWORD or REG_SZ (at most 255 characters) is an `AdmxValue` in the policy's enabledList.
 * - What `Value` cannot hold becomes an element whose default is the plan's value: a longer REG_SZ and a
 *   REG_EXPAND_SZ a `text` element, a REG_MULTI_SZ a `multiText` element (the schema gives multiTextBox no
 *   default, so the admin types the lines; the explain text lists them).
 * - With the catalog at hand, an operation whose data is a control parameter becomes an element the
 *   admin can change in GPMC: enum parameter -> `enum` (one item per choice, the mapped registry data;
 *   other operations driven by the same parameter ride along in each item's `valueList`), integer ->
 *   `decimal` with the parameter's bounds, string/SDDL -> `text`; a boolean parameter that switches
 *   operations on (`when: {param, equals: true}`) -> `boolean` writing them when checked and deleting
 *   them when cleared. The element's default is always the plan's value, and the binding is only used
 *   when the catalog's mapping reproduces the plan's data exactly; otherwise the value stays fixed.
 */
import type { Control, SettingTemplate } from '../../model/control.js';
import type { ParameterSpec } from '../../model/parameter.js';
import type { PlanControl, RegistryOperation } from '../../model/plan.js';
import { registryValueSchema, type RegistryValue } from '../../model/registry.js';
import { ADMX_STRING_VALUE_MAX, type AdmxElement, type AdmxValue, type AdmxValueItem } from './model.js';

const DWORD_MAX = 0xffffffff;
const TEXT_MAX_DEFAULT = 1023;

/** The registry value as an ADMX `Value`, or undefined when `Value` cannot hold it. */
export function admxValueOf(value: RegistryValue): AdmxValue | undefined {
  if (value.type === 'REG_DWORD') return { kind: 'decimal', value: value.data };
  if (value.type === 'REG_SZ' && value.data.length <= ADMX_STRING_VALUE_MAX) return { kind: 'string', value: value.data };
  return undefined;
}

/** An element together with the operations it writes and every extra value it may write (for Disabled). */
export interface ElementWrite {
  element: AdmxElement;
  operations: RegistryOperation[];
  /** Values written besides the element's own valueName (valueList, trueList), to delete on Disabled. */
  extraValues: { key: string; valueName: string }[];
  /** What the element does, for the explain text. */
  describe: string;
}

/** Allocates element ids unique within one policy. */
export class ElementIds {
  private readonly used = new Set<string>();
  next(base: string): string {
    const clean = base.replace(/[^A-Za-z0-9_]/g, '_').replace(/^_+|_+$/g, '') || 'Value';
    let id = clean;
    for (let n = 2; this.used.has(id.toLowerCase()); n++) id = `${clean}_${n}`;
    this.used.add(id.toLowerCase());
    return id;
  }
}

/** A fixed value `Value` cannot hold, as an element whose default is that value (undefined for deletes and values `Value` can hold). */
export function fixedValueElement(op: RegistryOperation, ids: ElementIds): ElementWrite | undefined {
  if (op.action !== 'set' || !op.value || admxValueOf(op.value)) return undefined;
  const v = op.value;
  const where = `${op.key}\\${op.valueName}`;
  switch (v.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return {
        element: {
          type: 'text',
          id: ids.next(op.valueName),
          key: op.key,
          valueName: op.valueName,
          label: `${op.title} (${where})`,
          maxLength: Math.max(TEXT_MAX_DEFAULT, v.data.length),
          required: true,
          ...(v.type === 'REG_EXPAND_SZ' ? { expandable: true } : {}),
          defaultValue: v.data,
        },
        operations: [op],
        extraValues: [],
        describe: `${where} = ${v.type} from the text box (default ${JSON.stringify(v.data)})`,
      };
    case 'REG_MULTI_SZ':
      return {
        element: {
          type: 'multiText',
          id: ids.next(op.valueName),
          key: op.key,
          valueName: op.valueName,
          label: `${op.title} (${where}), one value per line`,
          required: true,
        },
        operations: [op],
        extraValues: [],
        describe: `${where} = REG_MULTI_SZ typed into the box, one line per string: ${v.data.map((s) => JSON.stringify(s)).join(', ')} (the ADMX format has no default for multi-line text)`,
      };
    default:
      return undefined;
  }
}

interface Binding {
  op: RegistryOperation;
  param: string;
  spec: ParameterSpec;
  /** Registry data for a parameter value. */
  dataFor: (choice: unknown) => unknown;
}

/**
 * Elements for the operations of one control whose data follows a parameter. `candidates` are the
 * operations the caller allows to vary (not shared with another control); returns the elements and
 * the operations they took over.
 */
export function parameterElements(
  planControl: PlanControl,
  control: Control,
  candidates: RegistryOperation[],
  ids: ElementIds,
): ElementWrite[] {
  const valueBound = new Map<string, Binding[]>();
  const switched = new Map<string, RegistryOperation[]>();
  for (const op of candidates) {
    const template = templateOf(control, op);
    if (!template) continue;
    const binding = valueBinding(planControl, control, op);
    if (binding) {
      push(valueBound, binding.param, binding);
      continue;
    }
    const when = template.when;
    if (when && 'param' in when && 'equals' in when && when.equals === true && control.parameters[when.param]?.type === 'boolean') {
      if (planControl.parameters[when.param] === true && op.action === 'set' && op.value && admxValueOf(op.value))
        push(switched, when.param, op);
    }
  }
  // Elements in the order the catalog declares the parameters.
  const out: ElementWrite[] = [];
  for (const param of Object.keys(control.parameters)) {
    const bindings = valueBound.get(param);
    if (bindings) out.push(...valueElements(planControl, param, bindings, ids));
    const ops = switched.get(param);
    if (ops) out.push(booleanElement(control, param, ops, ids));
  }
  return out;
}

function templateOf(control: Control, op: RegistryOperation): SettingTemplate | undefined {
  if (op.settings.length !== 1) return undefined;
  const [controlId, settingId] = op.settings[0]!.split('/');
  if (controlId !== control.id) return undefined;
  return control.settings.find((s) => s.id === settingId);
}

/** An operation whose data follows a parameter, from the plan's binding (resolve recorded choice -> data). */
function valueBinding(planControl: PlanControl, control: Control, op: RegistryOperation): Binding | undefined {
  const b = op.binding;
  if (op.action !== 'set' || !op.value || !b) return undefined;
  const spec = control.parameters[b.parameter];
  if (!spec || !(b.parameter in planControl.parameters)) return undefined;
  const choices = b.choices;
  const dataFor = (choice: unknown): unknown => (choices ? choices.find((c) => c.choice === String(choice))?.data : choice);
  // Only when the binding gives exactly what the plan holds.
  if (JSON.stringify(dataFor(planControl.parameters[b.parameter])) !== JSON.stringify(op.value.data)) return undefined;
  return { op, param: b.parameter, spec, dataFor };
}

function valueElements(planControl: PlanControl, param: string, bindings: Binding[], ids: ElementIds): ElementWrite[] {
  const spec = bindings[0]!.spec;
  const current = planControl.parameters[param];
  const label = parameterLabel(param, spec);
  switch (spec.type) {
    case 'enum': {
      const valueOf = (b: Binding, choice: string): AdmxValue | undefined => {
        const parsed = registryValueSchema.safeParse({ type: b.op.value!.type, data: b.dataFor(choice) });
        return parsed.success ? admxValueOf(parsed.data) : undefined;
      };
      const complete = bindings.every((b) => spec.values.every((c) => valueOf(b, c) !== undefined));
      const defaultItem = spec.values.indexOf(String(current));
      if (!complete || defaultItem < 0) return [];
      const [first, ...rest] = bindings;
      const id = ids.next(param);
      return [
        {
          element: {
            type: 'enum',
            id,
            key: first!.op.key,
            valueName: first!.op.valueName,
            label,
            required: true,
            defaultItem,
            items: spec.values.map((choice) => ({
              label: `${choice} (${describeValue(valueOf(first!, choice)!)})`,
              value: valueOf(first!, choice)!,
              ...(rest.length
                ? { valueList: rest.map((b): AdmxValueItem => ({ key: b.op.key, valueName: b.op.valueName, value: valueOf(b, choice)! })) }
                : {}),
            })),
          },
          operations: bindings.map((b) => b.op),
          extraValues: rest.map((b) => ({ key: b.op.key, valueName: b.op.valueName })),
          describe: `${bindings.map((b) => `${b.op.key}\\${b.op.valueName}`).join(', ')} = the option chosen in "${param}" (${spec.values.map((c) => `${c} = ${describeValue(valueOf(first!, c)!)}`).join(', ')}; default ${String(current)})`,
        },
      ];
    }
    case 'integer': {
      if (spec.min < 0 || spec.max > DWORD_MAX) return [];
      const out: ElementWrite[] = [];
      for (const b of bindings) {
        const v = b.op.value!;
        const asText = v.type === 'REG_SZ';
        if (!(v.type === 'REG_DWORD' || (asText && /^\d+$/.test(v.data)))) return [];
        const n = Number(v.data);
        out.push({
          element: {
            type: 'decimal',
            id: ids.next(bindings.length === 1 ? param : `${param}_${out.length + 1}`),
            key: b.op.key,
            valueName: b.op.valueName,
            label: bindings.length === 1 ? label : `${label} (${b.op.key}\\${b.op.valueName})`,
            required: true,
            minValue: spec.min,
            maxValue: spec.max,
            ...(asText ? { storeAsText: true } : {}),
            defaultValue: n,
          },
          operations: [b.op],
          extraValues: [],
          describe: `${b.op.key}\\${b.op.valueName} = ${asText ? 'REG_SZ' : 'REG_DWORD'} from "${param}" (${spec.min} to ${spec.max}, default ${n})`,
        });
      }
      return out;
    }
    case 'string':
    case 'sddl': {
      const out: ElementWrite[] = [];
      for (const b of bindings) {
        const v = b.op.value!;
        if (v.type !== 'REG_SZ' && v.type !== 'REG_EXPAND_SZ') return [];
        const maxLength = Math.max(spec.type === 'string' ? (spec.maxLength ?? TEXT_MAX_DEFAULT) : TEXT_MAX_DEFAULT, v.data.length);
        out.push({
          element: {
            type: 'text',
            id: ids.next(bindings.length === 1 ? param : `${param}_${out.length + 1}`),
            key: b.op.key,
            valueName: b.op.valueName,
            label: bindings.length === 1 ? label : `${label} (${b.op.key}\\${b.op.valueName})`,
            required: true,
            maxLength,
            ...(v.type === 'REG_EXPAND_SZ' ? { expandable: true } : {}),
            defaultValue: v.data,
          },
          operations: [b.op],
          extraValues: [],
          describe: `${b.op.key}\\${b.op.valueName} = ${v.type} from "${param}" (default ${JSON.stringify(v.data)}${spec.type === 'string' && spec.patternHint ? `; must be ${spec.patternHint}` : ''})`,
        });
      }
      return out;
    }
    default:
      return [];
  }
}

function booleanElement(control: Control, param: string, ops: RegistryOperation[], ids: ElementIds): ElementWrite {
  const spec = control.parameters[param]!;
  const [first, ...rest] = ops;
  const item = (op: RegistryOperation): AdmxValueItem => ({ key: op.key, valueName: op.valueName, value: admxValueOf(op.value!)! });
  return {
    element: {
      type: 'boolean',
      id: ids.next(param),
      key: first!.key,
      valueName: first!.valueName,
      label: parameterLabel(param, spec),
      trueValue: admxValueOf(first!.value!)!,
      falseValue: { kind: 'delete' },
      ...(rest.length
        ? {
            trueList: rest.map(item),
            falseList: rest.map((op) => ({ key: op.key, valueName: op.valueName, value: { kind: 'delete' } as const })),
          }
        : {}),
      defaultChecked: true,
    },
    operations: ops,
    extraValues: rest.map((op) => ({ key: op.key, valueName: op.valueName })),
    describe: `"${param}" checked (default): ${ops.map((op) => `${op.key}\\${op.valueName} = ${describeValue(admxValueOf(op.value!)!)}`).join(', ')}; cleared: these values are deleted`,
  };
}

export function describeValue(v: AdmxValue): string {
  switch (v.kind) {
    case 'decimal':
      return `REG_DWORD ${v.value}`;
    case 'string':
      return `REG_SZ ${JSON.stringify(v.value)}`;
    case 'delete':
      return 'deleted';
  }
}

/** "name: first sentence of the description", at most about 150 characters (the explain text has all of it). */
function parameterLabel(name: string, spec: ParameterSpec): string {
  const first = /^(.*?\.)(\s|$)/.exec(spec.description)?.[1] ?? spec.description;
  const text = first.length > 150 ? `${first.slice(0, 147).trimEnd()}...` : first;
  return `${name}: ${text}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
