/**
 * The report's EJS templates (templates/report/*.ejs), read once from the package: a template is part of
 * the program, not the environment. Every template gets an explicit escape function, so `<%=` is the only
 * tag that inserts values and it always escapes for the target language (HTML or Markdown).
 */
import { readFileSync } from 'node:fs';
import ejs from 'ejs';
import { packagePath } from '../../lib/paths.js';
import { InternalError } from '../../lib/errors.js';

export type Template<T> = (it: T) => string;

const cache = new Map<string, Template<never>>();

/** Compile templates/report/<name> once; values reach it as `it` (no `with`, strict mode). */
export function reportTemplate<T>(name: string, escape: (value: unknown) => string): Template<T> {
  const hit = cache.get(name);
  if (hit) return hit as Template<T>;
  const path = packagePath('templates', 'report', name);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InternalError(`cannot read the report template ${name}`, { cause: err });
  }
  const compiled = ejs.compile(source, { escape, strict: true, _with: false, localsName: 'it', filename: `templates/report/${name}` });
  const render: Template<T> = (it) => compiled(it as ejs.Data);
  cache.set(name, render as Template<never>);
  return render;
}
