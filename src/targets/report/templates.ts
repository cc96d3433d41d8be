/** The report's EJS templates (templates/report/*.ejs), each with the escape of its target language. */
import { loadTemplate, type Template } from '../../lib/templates.js';

export type { Template };

/** Compile templates/report/<name> once; values reach it as `it`. */
export function reportTemplate<T>(name: string, escape: (value: unknown) => string): Template<T> {
  return loadTemplate<T>(`report/${name}`, escape);
}
