/**
 * Read back what renderIntune produced: the Graph bodies (JSON), the remediation scripts (settings tables read
 * through the PowerShell grammar), the ingested ADMX (every registry location it writes) and the ingested
 * policies' `<enabled/><data .../>` payloads (parsed as XML, not matched with regular expressions).
 */
import { parseXml, type XmlElement } from '../../src/formats/xml-reader.js';
import type { Artifact } from '../../src/model/artifact.js';
import { ADMX_INSTALL_URI } from '../../src/targets/intune/admx-ingestion.js';
import type { DeviceHealthScript, OmaSetting, Windows10CustomConfiguration } from '../../src/targets/intune/graph-schema.js';
import { readSettingsTable, type TableEntry } from './intune-scripts.js';
import { assertParsesCleanly } from './powershell-grammar.js';

export const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function text(a: Artifact): string {
  return Buffer.from(a.bytes).toString('utf8');
}

/** Script text without its BOM (asserting the BOM is there). */
export function scriptText(a: Artifact): string {
  const b = Array.from(a.bytes.slice(0, 3));
  if (b.join() !== UTF8_BOM.join()) throw new Error(`${a.path} does not start with a UTF-8 BOM`);
  return Buffer.from(a.bytes.slice(3)).toString('utf8');
}

export function byPath(artifacts: readonly Artifact[], path: string): Artifact {
  const a = artifacts.find((x) => x.path === path);
  if (!a) throw new Error(`no artifact ${path}; have ${artifacts.map((x) => x.path).join(', ')}`);
  return a;
}

/** The custom profile bodies by file name without `.json` ("T1559 - Device", "T1559 - User (2)"...). */
export function profileBodies(artifacts: readonly Artifact[]): Map<string, Windows10CustomConfiguration> {
  const out = new Map<string, Windows10CustomConfiguration>();
  for (const a of artifacts) {
    const m = /^intune\/(T1559 - (?:Device|User)(?: \(\d+\))?)\.json$/.exec(a.path);
    if (m) out.set(m[1]!, JSON.parse(text(a)) as Windows10CustomConfiguration);
  }
  return out;
}

export function healthScriptBodies(artifacts: readonly Artifact[]): Map<string, DeviceHealthScript> {
  const out = new Map<string, DeviceHealthScript>();
  for (const a of artifacts) {
    const m = /^intune\/remediations\/(T1559 - (?:Machine|User))\.json$/.exec(a.path);
    if (m) out.set(m[1]!, JSON.parse(text(a)) as DeviceHealthScript);
  }
  return out;
}

export interface ScriptPair {
  name: string;
  detect: Artifact;
  remediate: Artifact;
  detectTable: TableEntry[];
  remediateTable: TableEntry[];
}

/** Every remediation pair, both scripts parsed (they must parse cleanly) and their tables read. */
export function scriptPairs(artifacts: readonly Artifact[]): Map<string, ScriptPair> {
  const out = new Map<string, ScriptPair>();
  for (const a of artifacts) {
    const m = /^intune\/remediations\/(T1559 - (?:Machine|User))\/detect\.ps1$/.exec(a.path);
    if (!m) continue;
    const name = m[1]!;
    const remediate = byPath(artifacts, `intune/remediations/${name}/remediate.ps1`);
    out.set(name, {
      name,
      detect: a,
      remediate,
      detectTable: readSettingsTable(assertParsesCleanly(scriptText(a), a.path)),
      remediateTable: readSettingsTable(assertParsesCleanly(scriptText(remediate), remediate.path)),
    });
  }
  return out;
}

export function allSettings(artifacts: readonly Artifact[]): { profile: string; setting: OmaSetting }[] {
  return [...profileBodies(artifacts)].flatMap(([profile, body]) => body.omaSettings.map((setting) => ({ profile, setting })));
}

/** The ADMX text installed through ADMXInstall, if any. */
export function ingestedAdmx(artifacts: readonly Artifact[]): string | undefined {
  const install = allSettings(artifacts).filter((s) => s.setting.omaUri === ADMX_INSTALL_URI);
  if (install.length > 1) throw new Error('more than one ADMX install');
  const v = install[0]?.setting.value;
  return typeof v === 'string' ? v : undefined;
}

function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

function attr(el: XmlElement, name: string): string | undefined {
  return el.attributes.find((a) => a.name === name)?.value;
}

/** Every registry key the ADMX names (policies, elements, list items), as written. */
export function admxKeys(admxText: string): string[] {
  const keys: string[] = [];
  for (const el of walk(parseXml(admxText, 'ingestion.admx').root)) {
    const key = attr(el, 'key');
    if (key !== undefined) keys.push(key);
  }
  return keys;
}

/** Every (key, value name) the ADMX writes, lower-cased, inheriting the policy's key where an element has none. */
export function admxLocations(admxText: string): Set<string> {
  const out = new Set<string>();
  const root = parseXml(admxText, 'ingestion.admx').root;
  for (const policy of [...walk(root)].filter((e) => e.local === 'policy')) {
    const policyKey = attr(policy, 'key') ?? '';
    for (const el of walk(policy)) {
      const valueName = attr(el, 'valueName');
      if (valueName === undefined) continue;
      out.add(`${(attr(el, 'key') ?? policyKey).toLowerCase()}\\${valueName.toLowerCase()}`);
    }
  }
  return out;
}

/** `<enabled/>` plus `<data id value/>` pairs of an ingested policy setting's value, parsed as XML. */
export function readPayload(value: string): { enabled: boolean; data: Map<string, string> } {
  const root = parseXml(`<payload>${value}</payload>`, 'payload.xml').root;
  const data = new Map<string, string>();
  let enabled = false;
  for (const c of root.children) {
    if (c.local === 'enabled') enabled = true;
    else if (c.local === 'data') data.set(attr(c, 'id') ?? '', attr(c, 'value') ?? '');
    else throw new Error(`unexpected <${c.local}> in an ADMX policy payload`);
  }
  if (root.text.trim() !== '') throw new Error('text outside the payload elements');
  return { enabled, data };
}
