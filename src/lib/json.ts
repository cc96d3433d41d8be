/**
 * JSON reading with locations: syntax errors give line and column, schema errors give the JSON path.
 */
import type { z } from 'zod';
import { UserError, type Problem } from './errors.js';
import { inspectJson, MAX_JSON_DEPTH } from './json-locate.js';

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parse JSON text; on failure raise a UserError with file:line:column. */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Before anything walks the value: nesting thousands deep would overflow the stack of every walker.
  const scan = inspectJson(body);
  const tooDeep = scan.tooDeep;
  if (tooDeep !== undefined) {
    const { line, column } = lineColumn(body, tooDeep);
    throw new UserError('E_JSON', `${file} nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep`, [
      {
        where: `${file}:${line}:${column}`,
        message: `nesting goes deeper than ${MAX_JSON_DEPTH} levels here; no valid input needs that many, so check that this is the right file`,
      },
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const m = /position (\d+)/.exec(message);
    const offset = m ? Number(m[1]) : (scan.error ?? body.length);
    const { line, column } = lineColumn(body, offset);
    // V8 quotes the whole input in some messages; keep only the first sentence.
    const detail = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '')
      .replace(/\r/g, '\\r')
      .replace(/\n/g, '\\n');
    throw new UserError('E_JSON', `${file} is not valid JSON`, [
      { where: `${file}:${line}:${column}`, message: `${detail}; fix the JSON syntax at this line and column` },
    ]);
  }
  // JSON.parse keeps the last of two equal keys; in a profile that silently drops a setting.
  const duplicates = scan.duplicates;
  if (duplicates.length > 0) {
    throw new UserError(
      'E_JSON',
      `${file} repeats a key`,
      duplicates.map((d) => {
        const { line, column } = lineColumn(body, d.offset);
        return {
          where: `${file}:${line}:${column}: ${jsonPath([...d.path, d.key])}`,
          message: `"${d.key}" appears twice in the same object; merge the two entries (only the last one would count)`,
        };
      }),
    );
  }
  return data;
}

/** Render a zod path as a JSON path: $.controls["word-dde-off"].parameters.mode */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

export function zodProblems(error: z.ZodError, file: string, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys')
      message = `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove them or check the spelling`;
    return { where: `${file}: ${jsonPath([...prefix, ...issue.path])}`, message };
  });
}

/** Validate data against a schema or raise one UserError listing every issue. */
export function parseWith<T extends z.ZodType>(schema: T, data: unknown, file: string, what: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new UserError('E_SCHEMA', `${file}: ${what} is invalid`, zodProblems(result.error, file));
}

/** JSON with keys in a stable order and 2-space indent, newline at the end. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value), null, 2)}\n`;
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeysDeep(v);
    }
    return out;
  }
  return value;
}
