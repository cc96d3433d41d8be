/**
 * EJS templates under templates/: read once from the installed package (a template is part of the
 * program, not the environment), compiled strict with values under `it`. Every template gets an
 * explicit escape for its target language; for PowerShell, where values arrive already quoted by
 * src/lib/powershell.ts, `<%=` is refused so raw interpolation can never slip in.
 */
import { readFileSync } from 'node:fs';
import ejs from 'ejs';
import { InternalError } from './errors.js';
import { packagePath } from './paths.js';

export type Template<T> = (it: T) => string;
export type TemplateEscape = ((value: unknown) => string) | 'preQuoted';

const cache = new Map<string, Template<never>>();

/** Compile templates/<path> once. `escape: 'preQuoted'` forbids `<%=` (PowerShell templates). */
export function loadTemplate<T>(path: string, escape: TemplateEscape): Template<T> {
  const hit = cache.get(path);
  if (hit) return hit as Template<T>;
  const file = packagePath('templates', ...path.split('/'));
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InternalError(`cannot read the template templates/${path}`, { cause: err });
  }
  const escapeFn =
    escape === 'preQuoted'
      ? () => {
          throw new InternalError(`templates/${path}: use <%- (values are pre-quoted PowerShell), never <%=`);
        }
      : escape;
  // filename must be absolute: EJS resolves include() relative to it, and the working directory is the user's.
  const compiled = ejs.compile(source, { escape: escapeFn, strict: true, _with: false, localsName: 'it', filename: file });
  const render: Template<T> = (it) => compiled(it as ejs.Data);
  cache.set(path, render as Template<never>);
  return render;
}
