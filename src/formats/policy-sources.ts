/**
 * What a policy source says about registry values and audit subcategories, independent of any profile: a GPO
 * backup (its Machine and User registry.pol, Group Policy Preferences Registry.xml and advanced audit audit.csv),
 * one Registry.pol, or one .reg export. Each becomes a list of statements "this source sets key\name to X" or
 * "this source deletes key\name", with the scope (Machine = HKLM, User = HKCU / a user hive).
 *
 * Later statements win over earlier ones for the same value, as when the client applies the file in order.
 * Keys and value names compare case-insensitively, as in the registry.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../lib/errors.js';
import { decodeText, readInputFile } from '../lib/input.js';
import { polFilesIn } from './gpo-backup-files.js';
import { decodePol, type RegData } from './registry-pol.js';
import { decodeRegFile } from './reg-file.js';
import { attribute, parseXml, type XmlElement } from './xml-reader.js';

type Scope = 'Machine' | 'User';

export type ValueStatement =
  | { scope: Scope; key: string; valueName: string; state: 'set'; value: RegData; from: string }
  | { scope: Scope; key: string; valueName: string; state: 'deleted'; from: string }
  /** Key-level Registry.pol actions: a key-only entry (create key) or **delvals. (delete all values). */
  | { scope: Scope; key: string; valueName: '<createKey>' | '<deleteAllValues>'; state: 'keyAction'; from: string };

export interface AuditStatement {
  guid: string;
  success: boolean;
  failure: boolean;
  from: string;
}

export interface PolicySource {
  kind: 'gpo' | 'pol' | 'reg';
  file: string;
  /** Sides the source can speak for (a Machine .pol says nothing about user values). */
  scopes: Scope[];
  values: ValueStatement[];
  audits: AuditStatement[];
}

export function slotOf(scope: Scope, key: string, valueName: string): string {
  return `${scope}|${key.toLowerCase()}|${valueName.toLowerCase()}`;
}

/** Registry.pol entries as statements (key actions other than value deletes are not value statements). */
function polStatements(file: string, scope: Scope): ValueStatement[] {
  const out: ValueStatement[] = [];
  for (const e of decodePol(readInputFile(file, 'Registry.pol'), { file })) {
    if (e.action === 'set' || e.action === 'softSet')
      out.push({ scope, key: e.key, valueName: e.valueName, state: 'set', value: e.value, from: file });
    else if (e.action === 'deleteValue') out.push({ scope, key: e.key, valueName: e.valueName, state: 'deleted', from: file });
    else if (e.action === 'deleteValues')
      for (const n of e.valueNames) out.push({ scope, key: e.key, valueName: n, state: 'deleted', from: file });
    else if (e.action === 'createKey' || e.action === 'deleteAllValues')
      out.push({
        scope,
        key: e.key,
        valueName: e.action === 'createKey' ? '<createKey>' : '<deleteAllValues>',
        state: 'keyAction',
        from: file,
      });
  }
  return out;
}

/** The scope a .pol file holds: --scope, else its folder name (Machine or User, as in a GPO). */
export function polScope(file: string, scope: Scope | undefined): Scope {
  if (scope) return scope;
  const parent = basename(dirname(file)).toLowerCase();
  if (parent === 'machine') return 'Machine';
  if (parent === 'user') return 'User';
  throw new UserError('E_ARG', `${file}: say which side it holds`, [
    {
      where: '--scope',
      message: 'add --scope Machine or --scope User (a Registry.pol does not record it; inside a GPO its folder says it)',
    },
  ]);
}

const GPP_HIVES: Record<string, Scope> = { HKEY_LOCAL_MACHINE: 'Machine', HKEY_CURRENT_USER: 'User' };

function gppData(props: XmlElement, type: string, value: string, file: string): RegData | undefined {
  const where = `${file}:${props.line}:${props.column}`;
  const hexBytes = (s: string) => {
    if (!/^([0-9A-Fa-f]{2})*$/.test(s))
      throw new UserError('E_ADMX', `invalid Registry.xml value`, [
        { where, message: `${type} value ${JSON.stringify(s.slice(0, 40))} is not hex` },
      ]);
    return new Uint8Array(Buffer.from(s, 'hex'));
  };
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { type, data: value };
    case 'REG_DWORD':
      if (!/^[0-9A-Fa-f]{1,8}$/.test(value))
        throw new UserError('E_ADMX', 'invalid Registry.xml value', [
          { where, message: `REG_DWORD value ${JSON.stringify(value)} is not 1 to 8 hex digits` },
        ]);
      return { type, data: parseInt(value, 16) };
    case 'REG_QWORD':
      if (!/^[0-9A-Fa-f]{1,16}$/.test(value))
        throw new UserError('E_ADMX', 'invalid Registry.xml value', [
          { where, message: `REG_QWORD value ${JSON.stringify(value)} is not 1 to 16 hex digits` },
        ]);
      return { type, data: BigInt(`0x${value}`) };
    case 'REG_BINARY':
      return { type, data: hexBytes(value) };
    case 'REG_MULTI_SZ': {
      const list = props.children.find((c) => c.local === 'Values');
      return {
        type,
        data: list ? list.children.filter((c) => c.local === 'Value').map((c) => c.text) : value.split(' ').filter((s) => s !== ''),
      };
    }
    default:
      return undefined;
  }
}

/** Group Policy Preferences Registry.xml items: Create/Replace/Update set a value, Delete removes it. */
function preferenceStatements(file: string): ValueStatement[] {
  const doc = parseXml(decodeText(readInputFile(file, 'Registry.xml')), file);
  const out: ValueStatement[] = [];
  const visit = (el: XmlElement) => {
    if (el.local === 'Properties' && el.parent?.local === 'Registry') {
      const scope = GPP_HIVES[attribute(el, 'hive') ?? ''];
      const key = attribute(el, 'key') ?? '';
      const name = attribute(el, 'default') === '1' ? '' : (attribute(el, 'name') ?? '');
      const action = attribute(el, 'action') ?? 'U';
      if (scope && key !== '' && !(name === '' && attribute(el, 'default') !== '1')) {
        if (action === 'D') out.push({ scope, key, valueName: name, state: 'deleted', from: file });
        else {
          const value = gppData(el, attribute(el, 'type') ?? 'REG_SZ', attribute(el, 'value') ?? '', file);
          if (value) out.push({ scope, key, valueName: name, state: 'set', value, from: file });
        }
      }
    }
    for (const c of el.children) visit(c);
  };
  visit(doc.root);
  return out;
}

/** audit.csv ([MS-GPAC] 2.2.1.3.1): Setting Value 1 success, 2 failure, 3 both, 4 none (0 = unchanged, skipped). */
function auditStatements(file: string): AuditStatement[] {
  const lines = decodeText(readInputFile(file, 'audit.csv'))
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',');
  const gi = header.indexOf('Subcategory GUID');
  const vi = header.indexOf('Setting Value');
  if (gi === -1 || vi === -1)
    throw new UserError('E_IO', `${file} is not an audit.csv`, [
      { where: `${file}:1`, message: 'expected the columns "Subcategory GUID" and "Setting Value"' },
    ]);
  const out: AuditStatement[] = [];
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(',');
    const guid = cells[gi] ?? '';
    const value = cells[vi] ?? '';
    if (!/^\{[0-9A-Fa-f-]{36}\}$/.test(guid) || !/^[0-4]$/.test(value))
      throw new UserError('E_IO', `${file}: unreadable row`, [
        { where: `${file}:${i + 2}`, message: 'expected a subcategory GUID in braces and a Setting Value 0 to 4' },
      ]);
    const n = Number(value);
    if (n !== 0) out.push({ guid: guid.toUpperCase(), success: n === 1 || n === 3, failure: n === 2 || n === 3, from: file });
  });
  return out;
}

function findFile(dir: string, parts: string[]): string | undefined {
  let at = dir;
  for (const part of parts) {
    if (!existsSync(at) || !statSync(at).isDirectory()) return undefined;
    const name = readdirSync(at).find((n) => n.toLowerCase() === part.toLowerCase());
    if (!name) return undefined;
    at = join(at, name);
  }
  return statSync(at).isFile() ? at : undefined;
}

/** A GPO backup folder (GPMC backup or a live SYSVOL GPO folder). */
export function readGpoSource(path: string): PolicySource {
  const values: ValueStatement[] = [];
  const audits: AuditStatement[] = [];
  const sysvol = ['DomainSysvol/GPO', '.']
    .map((p) => join(path, p))
    .find((p) => existsSync(join(p, 'Machine')) || existsSync(join(p, 'User')))!;
  for (const { scope, file } of polFilesIn(path, undefined)) {
    if (file) values.push(...polStatements(file, scope));
    const prefs = findFile(join(sysvol, scope), ['Preferences', 'Registry', 'Registry.xml']);
    if (prefs) values.push(...preferenceStatements(prefs));
  }
  const csv = findFile(join(sysvol, 'Machine'), ['microsoft', 'windows nt', 'Audit', 'audit.csv']);
  if (csv) audits.push(...auditStatements(csv));
  return { kind: 'gpo', file: path, scopes: ['Machine', 'User'], values, audits };
}

export function readPolSource(file: string, scope: Scope | undefined): PolicySource {
  const side = polScope(file, scope);
  return { kind: 'pol', file, scopes: [side], values: polStatements(file, side), audits: [] };
}

/** A .reg export: HKLM values are Machine, HKCU and HKU\<SID> values User; other hives say nothing here. */
export function readRegSource(file: string): PolicySource {
  const reg = decodeRegFile(readInputFile(file, '.reg file'), { file });
  const values: ValueStatement[] = [];
  const scopes = new Set<Scope>();
  for (const e of reg.entries) {
    let scope: Scope | undefined;
    let key = e.key;
    if (e.hive === 'HKEY_LOCAL_MACHINE') scope = 'Machine';
    else if (e.hive === 'HKEY_CURRENT_USER') scope = 'User';
    else if (e.hive === 'HKEY_USERS' && /^S-1-[0-9-]+\\/.test(key) && !/^S-1-[0-9-]+_Classes\\/i.test(key)) {
      scope = 'User';
      key = key.slice(key.indexOf('\\') + 1);
    }
    if (!scope) continue;
    scopes.add(scope);
    if (e.action === 'set') values.push({ scope, key, valueName: e.valueName, state: 'set', value: e.value, from: `${file}:${e.line}` });
    else if (e.action === 'deleteValue') values.push({ scope, key, valueName: e.valueName, state: 'deleted', from: `${file}:${e.line}` });
  }
  // A .reg file speaks for the sides it has keys of: an HKLM export says nothing about user values.
  return { kind: 'reg', file, scopes: [...scopes].sort(), values, audits: [] };
}
