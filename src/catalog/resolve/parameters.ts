/**
 * A control's parameters: the profile's values checked against the catalog's specs, defaults filled in.
 */
import type { Control } from '../../model/control.js';
import { parameterZod } from '../../model/parameter.js';
import { resolveComObjectItems } from './com-object-items.js';

export type Params = Record<string, unknown>;

export function resolveParameters(
  control: Control,
  given: Record<string, unknown>,
  report: (path: PropertyKey[], message: string) => void,
): Params | undefined {
  const out: Params = {};
  let ok = true;
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(control.parameters, name)) {
      const known = Object.keys(control.parameters);
      report(
        [name],
        `unknown parameter "${name}" for ${control.id}${known.length ? ` (known: ${known.join(', ')})` : ' (it takes no parameters)'}`,
      );
      ok = false;
    }
  }
  for (const [name, spec] of Object.entries(control.parameters)) {
    const raw = Object.hasOwn(given, name) ? given[name] : spec.default;
    const value = spec.type === 'objectList' ? resolveComObjectItems(spec, raw, (path, message) => report([name, ...path], message)) : raw;
    if (value === undefined) {
      ok = false;
      continue;
    }
    const r = parameterZod(spec).safeParse(value);
    if (!r.success) {
      for (const issue of r.error.issues)
        report([name, ...issue.path], `${issue.message}${Object.hasOwn(given, name) ? '' : ' (catalog default)'}`);
      ok = false;
      continue;
    }
    out[name] = r.data;
  }
  return ok ? out : undefined;
}
