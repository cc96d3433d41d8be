/**
 * Escaping for the README (CommonMark 0.31 §2.4 "Backslash escapes", §6.1 "Code spans", §4.5 "Fenced code
 * blocks"; GitHub Flavored Markdown §4.10 "Tables"). The README template's `<%=` escapes with `escapeMarkdown`:
 * plain strings become inert Markdown text, and values already built by the helpers below (`Markdown`) pass
 * through, so the template never needs `<%-`.
 *
 * Plain text stays readable in a text editor: only the characters that start Markdown or HTML syntax inside
 * a line are escaped (backtick, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `~`, `&` before an entity, and a backslash only
 * where it would escape something: before ASCII punctuation or at the end, so registry paths stay as they are),
 * and line breaks become spaces so a value can never leave its table row or paragraph.
 */
import { visibleText } from './html-escape.js';

/** Markdown that is already safe to insert as it is. */
export class Markdown {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

function oneLine(value: string): string {
  return visibleText(value.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '));
}

/** Inline Markdown text (also safe in a table cell). */
export function mdText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return (
    oneLine(String(value))
      // A backslash is literal unless ASCII punctuation (or, after insertion, the template's next character) follows.
      .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
      .replace(/[`*_[\]<>|~]/g, (c) => `\\${c}`)
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
  );
}

/** A code span that shows `value` verbatim. `inTable`: GFM splits cells on `|` even inside code, so use `\|`. */
export function mdCode(value: string, options: { inTable?: boolean } = {}): Markdown {
  let body = oneLine(value);
  if (options.inTable) body = body.replace(/\|/g, '\\|');
  const runs = body.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
  return new Markdown(`${fence}${pad}${body}${pad}${fence}`);
}

/** A fenced code block; the fence is longer than any backtick run in the lines, so no value can close it. */
export function mdFence(language: string, lines: readonly string[]): Markdown {
  const body = lines.map(visibleText).join('\n');
  const runs = body.match(/`{3,}/g) ?? [];
  const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
  return new Markdown(`${fence}${language}\n${body}\n${fence}`);
}

/** A link whose label is escaped text; refused targets (not http/https) render as the label only. */
export function mdLink(label: string, href: string | undefined): Markdown {
  if (!href) return new Markdown(mdText(label));
  return new Markdown(`[${mdText(label)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`);
}

/** The escape function the README template's `<%=` uses. */
export function escapeMarkdown(value: unknown): string {
  return value instanceof Markdown ? value.text : mdText(value);
}

/** The helpers a Markdown template gets as `it.md`: each returns Markdown that `<%=` inserts as it is. */
export const markdownHelpers = {
  text: mdText,
  code: (value: string): Markdown => mdCode(value),
  /** A code span inside a table cell (pipes escaped). */
  cellCode: (value: string): Markdown => mdCode(value, { inTable: true }),
  /** Escaped text values joined as table cells ("a | b | c"). */
  cells: (values: readonly unknown[]): Markdown => new Markdown(values.map(escapeMarkdown).join(' | ')),
  /** "---|---|..." for n columns. */
  separatorCells: (n: number): Markdown => new Markdown(Array.from({ length: n }, () => '---').join('|')),
  /** Code spans joined by "; " (for a table cell). */
  cellCodes: (values: readonly string[]): Markdown => new Markdown(values.map((v) => mdCode(v, { inTable: true }).text).join('; ')),
  fence: mdFence,
  link: mdLink,
};
export type MarkdownHelpers = typeof markdownHelpers;
