/**
 * The one HTML escaping helper of the report (HTML Living Standard 13.1.2.6 "Restrictions on the contents of
 * raw text and escapable raw text", 13.2.5 "Tokenization"). Everything the plan says goes through `escapeHtml`;
 * the EJS templates use `<%=` with this function as their escape, never `<%-` for data.
 *
 * - `& < > " '` become character references, so a value is inert both in text and in quoted attributes.
 * - C0 controls (other than TAB, LF, CR) and DEL are parse errors in HTML: they are shown as the matching
 *   Unicode "control picture" (U+2400 block) so the reader still sees that something odd is there.
 * - Unpaired UTF-16 surrogates cannot be written as UTF-8: they become U+FFFD instead of whatever the encoder
 *   would silently do. Paired surrogates (non-BMP characters such as emoji) are kept as they are.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Replace characters no text file should carry: controls -> control pictures, lone surrogates -> U+FFFD. */
export function visibleText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) =>
      String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)),
    )
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Escape any value for HTML text or a double- or single-quoted attribute. null/undefined become "". */
export function escapeHtml(value: unknown): string {
  if (value === undefined || value === null) return '';
  return visibleText(String(value)).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Text safe inside `<!-- ... -->`: escaped, and no "--" that could end or break the comment. */
export function htmlCommentText(value: string): string {
  return escapeHtml(value).replace(/-(?=-)/g, '-\u200b');
}

/**
 * A link target the reader may click, or undefined when the URL is not plain http(s). Navigating is not a
 * request the page makes on its own, so reference links are allowed; `javascript:`, `data:` and the like
 * are refused so a catalog or plan value can never become script.
 */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
