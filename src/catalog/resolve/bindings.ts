/**
 * Which parameter gave an operation its data, and what data it may take: renderers that let an admin
 * override a value (DSC compile-time parameters, ADMX elements) read this instead of the catalog.
 */
import type { Control, SettingTemplate } from '../../model/control.js';
import type { ParameterBinding } from '../../model/plan.js';

/** The parameter binding of a template whose data is `{ "param": ... }` (enum, integer or text; not encoded). */
export function bindingOf(control: Control, t: SettingTemplate): { binding?: ParameterBinding } {
  const data = t.value?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data) || !('param' in data) || data.encode) return {};
  const spec = control.parameters[data.param];
  if (spec?.type === 'enum') {
    const mapped = spec.values.map((v) => (data.map ? data.map[v] : v));
    if (mapped.every((v): v is string | number => typeof v === 'string' || typeof v === 'number')) {
      // Sorted and unique, so the allowed set reads the same whatever order the catalog lists the choices in.
      const values = [...new Set(mapped)].sort((a, b) =>
        typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
      );
      const choices = spec.values.map((choice, k) => ({ choice, data: mapped[k]! }));
      return { binding: { parameter: data.param, allowed: { kind: 'set', values }, choices } };
    }
  }
  if (spec?.type === 'integer' && !data.map)
    return { binding: { parameter: data.param, allowed: { kind: 'range', min: spec.min, max: spec.max } } };
  if ((spec?.type === 'string' || spec?.type === 'sddl') && !data.map)
    return { binding: { parameter: data.param, allowed: { kind: 'text' } } };
  return {};
}
