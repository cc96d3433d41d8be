/**
 * JSON text for the Graph request bodies (RFC 8259): two-space indentation, keys in the order the body was
 * built (`@odata.type` first, as OData JSON Format 4.0 section 4.5.3 requires of type control information in a
 * payload), a final newline, and only ASCII characters: everything above U+007E is written as a `\uXXXX`
 * escape (RFC 8259 section 7; a character outside the BMP becomes its surrogate-pair escapes).
 *
 * Why ASCII: the files are read by Windows PowerShell 5.1 (`Get-Content` in the README's commands, and in
 * IntuneManagement's import), which decodes a BOM-less file in the ANSI code page. Escaped, the bytes mean the
 * same in every code page, so a profile name with an accent or an emoji reaches Graph intact.
 */
import { textArtifact, type Artifact } from '../../model/artifact.js';

export function graphJsonText(value: unknown): string {
  // JSON.stringify already escapes control characters and lone surrogates; escape the rest of non-ASCII.
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

export function graphJsonArtifact(path: string, value: unknown): Artifact {
  return textArtifact(path, graphJsonText(value));
}
