/** What a renderer returns: a relative POSIX path and the exact bytes. Renderers never touch fs. */
export interface Artifact {
  path: string;
  bytes: Uint8Array;
}

const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const UTF16LE_BOM = Uint8Array.of(0xff, 0xfe);

export interface TextOptions {
  encoding?: 'utf8' | 'utf8bom' | 'utf16le';
  /** Convert LF to CRLF (Windows tools that insist on it). */
  crlf?: boolean;
}

export function encodeText(text: string, options: TextOptions = {}): Uint8Array {
  const body = options.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  switch (options.encoding ?? 'utf8') {
    case 'utf8':
      return new Uint8Array(Buffer.from(body, 'utf8'));
    case 'utf8bom':
      return concat([UTF8_BOM, Buffer.from(body, 'utf8')]);
    case 'utf16le':
      return concat([UTF16LE_BOM, Buffer.from(body, 'utf16le')]);
  }
}

export function textArtifact(path: string, text: string, options?: TextOptions): Artifact {
  return { path, bytes: encodeText(text, options) };
}

export function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}
