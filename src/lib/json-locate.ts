/** A key that appears twice in one JSON object (JSON.parse keeps the last one silently). */
export interface DuplicateKey {
  key: string;
  /** Offset of the second occurrence. */
  offset: number;
  /** Path of the object holding it. */
  path: (string | number)[];
}

/**
 * Where JSON text first goes wrong, as a character offset. Used only after JSON.parse has failed and
 * its message carries no position (V8 omits it for some errors, e.g. a bad literal like `tru`).
 */
export function locateJsonError(text: string): number {
  return scanJson(text).error ?? text.length;
}

/** Keys repeated within one object, in text order. */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  return scanJson(text).duplicates;
}

/**
 * Deepest nesting of objects and arrays a JSON input may have. Profiles and `pol encode` JSON need fewer
 * than 10 levels; the limit keeps the scanner's recursion (and zod's, behind it) far from the stack's end.
 */
export const MAX_JSON_DEPTH = 256;

/**
 * One pass over the text: the first syntax error, repeated keys, and the offset of the first "{" or "["
 * nested deeper than MAX_JSON_DEPTH (the scan stops there).
 */
export function inspectJson(text: string): { error?: number; duplicates: DuplicateKey[]; tooDeep?: number } {
  return scanJson(text);
}

/**
 * A small recursive-descent scanner of RFC 8259: it does not build values, it records the first error
 * offset and repeated object keys.
 */
function scanJson(text: string): { error?: number; duplicates: DuplicateKey[]; tooDeep?: number } {
  const duplicates: DuplicateKey[] = [];
  const path: (string | number)[] = [];
  let i = 0;
  let tooDeep: number | undefined;
  const enter = () => {
    if (path.length >= MAX_JSON_DEPTH) {
      tooDeep = i;
      throw i;
    }
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i]!)) i++;
        else fail();
      } else i++;
    }
    return fail();
  };
  // Sticky, not text.slice(i): slicing per number made large inputs quadratic.
  const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const number = () => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      enter();
      i++;
      ws();
      if (text[i] === '}') return void i++;
      const seen = new Set<string>();
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        const at = i;
        const key = string();
        if (seen.has(key)) duplicates.push({ key, offset: at, path: [...path] });
        seen.add(key);
        ws();
        if (text[i] !== ':') fail();
        i++;
        path.push(key);
        value();
        path.pop();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      enter();
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        path.push(n);
        value();
        path.pop();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return void string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === 'number') return tooDeep === undefined ? { error: at, duplicates } : { duplicates, tooDeep };
    throw at;
  }
  return { duplicates };
}
