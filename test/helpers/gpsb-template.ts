/**
 * A strict reader of GPO security templates (GptTmpl.inf) for the tests, written from [MS-GPSB] 2.2
 * ("Message Syntax": the `[Unicode]` and `[Version]` headers) and 2.2.5 ("Registry Values"):
 *
 *   Header = "[" HeaderValue "]" LineBreak
 *   Setting = RegistryValueName "=" RegistryValueType "," RegistryValue
 *   RegistryValueName = KeyName / DQUOTE KeyName DQUOTE
 *   KeyName = Key / KeyName "\" Key;  Key = 1*IdCharacter;  IdCharacter = %x20-21 / %x23-5B / %x5D-7E
 *   RegistryValueType = 1*DIGIT (1 String, 2 Expand String, 3 Binary, 4 DWORD, 7 Multi-String)
 *
 * It accepts only what the grammar produces, so anything else is an error naming the line: no comment
 * lines (the grammar has none; Samba's reader takes a `;` line for a registry value), no blank lines, no
 * unknown sections, no setting outside a section. The file is UTF-16LE with BOM and CRLF line ends, as
 * GPMC writes it. REG_SZ / REG_EXPAND_SZ data is one INF quoted string (`""` for a quote), DWORD data is
 * decimal, Multi-String data is comma-separated (quoted or bare) strings.
 */

export class GpsbError extends Error {}

export interface GpsbRegistryValue {
  /** Fully qualified name, e.g. `MACHINE\Software\...\ValueName`. */
  name: string;
  type: 1 | 2 | 3 | 4 | 7;
  /** Decoded data: the string, the number, or the list of strings. */
  data: string | number | string[];
}

export interface GpsbTemplate {
  sections: string[];
  registryValues: GpsbRegistryValue[];
}

/** Sections [MS-GPSB] 2.2 defines. */
const SECTIONS = new Set([
  'Unicode',
  'Version',
  'System Access',
  'Kerberos Policy',
  'Event Audit',
  'Registry Values',
  'Privilege Rights',
  'Service General Setting',
  'Registry Keys',
  'File Security',
  'Group Membership',
]);
const KEY = /^[\x20\x21\x23-\x5b\x5d-\x7e]+$/;

/** One INF quoted string starting at `s[0]`; returns the text and where it ended. */
function quoted(s: string, where: string): { text: string; end: number } {
  if (s[0] !== '"') throw new GpsbError(`${where}: expected a quoted string`);
  let text = '';
  for (let i = 1; i < s.length; i++) {
    if (s[i] !== '"') {
      text += s[i];
      continue;
    }
    if (s[i + 1] === '"') {
      text += '"';
      i++;
      continue;
    }
    return { text, end: i + 1 };
  }
  throw new GpsbError(`${where}: unterminated quoted string`);
}

function registryValue(line: string, where: string): GpsbRegistryValue {
  const eq = line.indexOf('=');
  if (eq <= 0) throw new GpsbError(`${where}: expected RegistryValueName=Type,Value`);
  let name = line.slice(0, eq);
  if (name.startsWith('"')) {
    if (!name.endsWith('"') || name.length < 3) throw new GpsbError(`${where}: unbalanced quotes around the value name`);
    name = name.slice(1, -1);
  }
  const keys = name.split('\\');
  if (!keys.every((k) => KEY.test(k)))
    throw new GpsbError(`${where}: value name ${JSON.stringify(name)} is not KeyName ("\\"-separated printable ASCII keys without quotes)`);
  if (keys[0] !== 'MACHINE' || keys.length < 3)
    throw new GpsbError(`${where}: ${JSON.stringify(name)} is not a fully qualified MACHINE\\key\\value name`);
  const rest = line.slice(eq + 1);
  const m = /^([0-9]+),(.*)$/s.exec(rest);
  if (!m) throw new GpsbError(`${where}: expected Type,Value after "="`);
  const type = Number(m[1]);
  const raw = m[2]!;
  switch (type) {
    case 1:
    case 2: {
      const q = quoted(raw, where);
      if (q.end !== raw.length) throw new GpsbError(`${where}: text after the quoted string`);
      return { name, type, data: q.text };
    }
    case 4:
      if (!/^[0-9]+$/.test(raw) || Number(raw) > 0xffffffff)
        throw new GpsbError(`${where}: DWORD data must be a decimal number up to 4294967295`);
      return { name, type, data: Number(raw) };
    case 7: {
      const items: string[] = [];
      let s = raw;
      for (;;) {
        if (s.startsWith('"')) {
          const q = quoted(s, where);
          items.push(q.text);
          s = s.slice(q.end);
        } else {
          const comma = s.indexOf(',');
          const item = comma < 0 ? s : s.slice(0, comma);
          if (/["]/.test(item)) throw new GpsbError(`${where}: a bare Multi-String item cannot contain a quote`);
          items.push(item);
          s = comma < 0 ? '' : s.slice(comma);
        }
        if (s === '') break;
        if (!s.startsWith(',')) throw new GpsbError(`${where}: expected "," between Multi-String items`);
        s = s.slice(1);
      }
      return { name, type, data: items };
    }
    case 3:
      if (!/^[0-9a-fA-F]*$/.test(raw)) throw new GpsbError(`${where}: binary data must be hex digits`);
      return { name, type, data: raw };
    default:
      throw new GpsbError(`${where}: registry value type ${type} is not one [MS-GPSB] 2.2.5 allows (1, 2, 3, 4, 7)`);
  }
}

/** Read a GptTmpl.inf (bytes as written) strictly; throws GpsbError naming the first offending line. */
export function readGpsbTemplate(bytes: Uint8Array): GpsbTemplate {
  if (bytes[0] !== 0xff || bytes[1] !== 0xfe) throw new GpsbError('not UTF-16LE with BOM');
  if (bytes.length % 2 !== 0) throw new GpsbError('odd byte count for UTF-16LE');
  const text = Buffer.from(bytes.subarray(2)).toString('utf16le');
  if (!text.endsWith('\r\n')) throw new GpsbError('the last line does not end in CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  const sections: string[] = [];
  const registryValues: GpsbRegistryValue[] = [];
  let section: string | undefined;
  const header: Record<string, string> = {};
  lines.forEach((line, i) => {
    const where = `line ${i + 1}`;
    if (/[\r\n]/.test(line)) throw new GpsbError(`${where}: a line break that is not CRLF`);
    const h = /^\[(.+)\]$/.exec(line);
    if (h) {
      if (!SECTIONS.has(h[1]!)) throw new GpsbError(`${where}: unknown section [${h[1]}]`);
      if (sections.includes(h[1]!)) throw new GpsbError(`${where}: section [${h[1]}] repeated`);
      section = h[1]!;
      sections.push(section);
      return;
    }
    if (section === undefined) throw new GpsbError(`${where}: ${JSON.stringify(line)} is outside any section`);
    if (section === 'Registry Values') {
      registryValues.push(registryValue(line, where));
      return;
    }
    const kv = /^([A-Za-z]+)=(.+)$/.exec(line);
    if (!kv) throw new GpsbError(`${where}: ${JSON.stringify(line)} is not Key=Value`);
    header[`${section}/${kv[1]}`] = kv[2]!;
  });
  if (sections[0] !== 'Unicode' || sections[1] !== 'Version') throw new GpsbError('the file must start with [Unicode] and [Version]');
  if (header['Unicode/Unicode'] !== 'yes') throw new GpsbError('[Unicode] must say Unicode=yes');
  if (header['Version/signature'] !== '"$CHICAGO$"') throw new GpsbError('[Version] must say signature="$CHICAGO$"');
  if (header['Version/Revision'] !== '1') throw new GpsbError('[Version] must say Revision=1');
  return { sections, registryValues };
}
