/**
 * The gpo target (GPO backup folder): strictly well-formed XML everywhere, encodings and BOMs as GPMC writes
 * them, Backup.xml listing every file and folder present and exactly the client-side extensions used, version
 * numbers consistent with the content, deterministic GUIDs that follow the profile name, every carried setting
 * in gpreport.xml, and hostile names and descriptions that stay well-formed (including `]]>` in CDATA).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { homedir, hostname, userInfo } from 'node:os';
import { planFromProfile } from '../../src/build.js';
import type { Operation, Plan, RegistryOperation } from '../../src/model/plan.js';
import { InternalError, UserError } from '../../src/lib/errors.js';
import { securityDescriptorBytesToSddl } from '../../src/formats/sddl.js';
import type { Artifact } from '../../src/model/artifact.js';
import { renderGpo } from '../../src/targets/gpo/index.js';
import { gppValueText } from '../../src/targets/gpo/preferences-registry-xml.js';
import { auditSetting } from '../../src/targets/gpo/audit-csv.js';
import { admxNamespace } from '../../src/targets/gpo/admx-namespaces.js';
import { GPO_SDDL } from '../../src/targets/gpo/gpo-security.js';
import { attr, child, decodeText, findAll, readXml, textOf, type XmlElement } from './gpo-helpers.js';
import { auditOp, carried, everyKindOperations, notCarried, registryOp, syntheticPlan } from '../helpers/plan-builder.js';
import { PROFILE_PATHS, profilePlan } from '../helpers/profile-plans.js';

const PROFILES = PROFILE_PATHS;
const plans = new Map<string, Plan>(PROFILES.map((p) => [p, profilePlan(p)]));
const base = plans.get('policies/profiles/recommended.json')!;

interface Backup {
  artifacts: Artifact[];
  id: string;
  dir: string;
  file(rel: string): Artifact | undefined;
  xml(rel: string): XmlElement;
  text(rel: string): string;
  /** Files under DomainSysvol/GPO, relative, with `/`. */
  sysvol: string[];
}

function backup(plan: Plan): Backup {
  const artifacts = renderGpo(plan);
  const dirs = new Set(artifacts.filter((a) => a.path !== 'gpo/manifest.xml').map((a) => a.path.split('/')[1]!));
  assert.is(dirs.size, 1, 'one backup folder');
  const id = [...dirs][0]!;
  const dir = `gpo/${id}`;
  const file = (rel: string) => artifacts.find((a) => a.path === (rel === 'manifest.xml' ? 'gpo/manifest.xml' : `${dir}/${rel}`));
  const text = (rel: string) => decodeText(file(rel)!.bytes).text;
  return {
    artifacts,
    id,
    dir,
    file,
    text,
    xml: (rel: string) => readXml(text(rel), rel),
    sysvol: artifacts
      .filter((a) => a.path.startsWith(`${dir}/DomainSysvol/GPO/`))
      .map((a) => a.path.slice(`${dir}/DomainSysvol/GPO/`.length)),
  };
}

const cases: [string, Plan][] = [...plans.entries(), ['synthetic every kind', syntheticPlan(everyKindOperations(), { base })]];

// ---------------------------------------------------------------------------------------------
// Strict XML reader sanity (the oracle, src/formats/xml-reader.ts via readXml, must reject what xmlbuilder2's parser lets through)

const badXml: [string, { given: string }][] = [
  ['mismatched end tag', { given: '<a><b></a></b>' }],
  ['undefined entity', { given: '<a>&bogus;</a>' }],
  ['bare ampersand', { given: '<a>x & y</a>' }],
  ['"]]>" in text', { given: '<a>x]]>y</a>' }],
  ['two roots', { given: '<a/><b/>' }],
  ['control character', { given: '<a>\u0001</a>' }],
  ['reference to an illegal character', { given: '<a>&#1;</a>' }],
  ['duplicate attribute', { given: '<a x="1" x="2"/>' }],
  ['"<" in attribute', { given: '<a x="<"/>' }],
  ['"--" in comment', { given: '<!-- a -- b --><a/>' }],
  ['unclosed', { given: '<a><b>' }],
  ['an unpaired surrogate', { given: '<a>\ud800x</a>' }],
  ['U+FFFF', { given: '<a x="\uffff"/>' }],
];
for (const [name, { given }] of badXml) {
  test(`strict XML reader rejects ${name}`, () => {
    assert.throws(
      () => readXml(given),
      (e: unknown) => e instanceof UserError && e.code === 'E_ADMX',
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Per plan: structure, encodings, listing, extensions, versions, report

const EXPECTED_ENCODING: [RegExp, 'utf8' | 'utf8bom' | 'utf16le'][] = [
  [/^manifest\.xml$/, 'utf8'],
  [/^Backup\.xml$/, 'utf8'],
  [/^bkupInfo\.xml$/, 'utf8'],
  [/^gpreport\.xml$/, 'utf16le'],
  [/comment\.cmtx$/, 'utf8bom'],
  [/GptTmpl\.inf$/, 'utf16le'],
  [/Registry\.xml$/, 'utf8'],
  [/audit\.csv$/, 'utf8'],
];

function relOf(b: Backup, a: Artifact): string {
  return a.path === 'gpo/manifest.xml' ? 'manifest.xml' : a.path.slice(b.dir.length + 1);
}

for (const [name, plan] of cases) {
  const b = backup(plan);

  test(`${name}: every XML file is well-formed; encodings, BOMs, declarations and CRLF as GPMC writes them`, () => {
    for (const a of b.artifacts) {
      const rel = relOf(b, a);
      if (rel.endsWith('.pol')) continue;
      const { encoding, text } = decodeText(a.bytes);
      const want = EXPECTED_ENCODING.find(([re]) => re.test(rel.split('/').pop()!))?.[1];
      assert.is(encoding, want, `${rel} encoding`);
      assert.not.ok(/\r(?!\n)|(?<!\r)\n/.test(text), `${rel}: CRLF line ends only`);
      if (/\.(xml|cmtx)$/.test(rel)) readXml(text, rel);
    }
    assert.ok(b.text('Backup.xml').startsWith('<?xml version="1.0" encoding="utf-8"?>'));
    assert.not.ok(b.text('Backup.xml').endsWith('\n'), 'Backup.xml: no newline at the end');
    assert.ok(b.text('bkupInfo.xml').startsWith('<BackupInst xmlns="http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest">'));
    assert.ok(b.text('bkupInfo.xml').endsWith('</BackupInst>\r\n'));
    assert.ok(b.text('manifest.xml').startsWith('<Backups xmlns='));
    assert.ok(b.text('gpreport.xml').startsWith('<?xml version="1.0" encoding="utf-16"?>\r\n'));
    for (const f of b.sysvol.filter((p) => p.endsWith('comment.cmtx'))) {
      assert.ok(b.text(`DomainSysvol/GPO/${f}`).startsWith("<?xml version='1.0' encoding='utf-8'?>\r\n"));
    }
    const inf = b.sysvol.find((p) => p.endsWith('GptTmpl.inf'));
    if (inf)
      assert.ok(
        b
          .text(`DomainSysvol/GPO/${inf}`)
          .startsWith('[Unicode]\r\nUnicode=yes\r\n[Version]\r\nsignature="$CHICAGO$"\r\nRevision=1\r\n[Registry Values]\r\n'),
      );
  });

  test(`${name}: Backup.xml lists every file and folder present, and nothing else`, () => {
    const xml = b.xml('Backup.xml');
    const locations = (kind: string) =>
      findAll(xml, kind)
        .filter((e) => attr(e, 'bkp:Location'))
        .map((e) => attr(e, 'bkp:Location')!.toLowerCase());
    const want = b.sysvol.map((p) => `DomainSysvol\\GPO\\${p.replace(/\//g, '\\')}`.toLowerCase());
    assert.equal([...locations('FSObjectFile')].sort(), [...want].sort(), 'FSObjectFile locations');
    const dirs = new Set<string>();
    for (const p of b.sysvol) {
      const parts = p.split('/');
      for (let i = 2; i < parts.length; i++) dirs.add(`DomainSysvol\\GPO\\${parts.slice(0, i).join('\\')}`.toLowerCase());
    }
    assert.equal([...locations('FSObjectDir')].sort(), [...dirs].sort(), 'FSObjectDir locations');
    for (const e of [...findAll(xml, 'FSObjectFile'), ...findAll(xml, 'FSObjectDir')]) {
      const path = attr(e, 'bkp:Path')!;
      assert.match(path, /^%GPO_(MACH|USER)?_?FSPATH%\\/);
      const loc = attr(e, 'bkp:Location');
      if (loc) {
        const side = loc.split('\\')[2];
        assert.ok(path.startsWith(side === 'User' ? '%GPO_USER_FSPATH%\\' : '%GPO_MACH_FSPATH%\\'), `${path} matches ${loc}`);
        assert.is(path.slice(path.indexOf('\\') + 1).toLowerCase(), loc.split('\\').slice(3).join('\\').toLowerCase());
      }
      assert.not.match(attr(e, 'bkp:SourceExpandedPath') ?? '', /WIN-|localhost|\\\\[^\\]*\\[A-Z]:/i);
    }
  });

  test(`${name}: exactly the client-side extensions used, versions consistent with the content`, () => {
    const has = (re: RegExp) => b.sysvol.some((p) => re.test(p));
    const pairs = (side: 'Machine' | 'User') => {
      const out: string[] = [];
      if (has(new RegExp(`^${side}/registry\\.pol$`)))
        out.push(`[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{${side === 'Machine' ? 'D02B1F72' : 'D02B1F73'}-3407-48AE-BA88-E8213C6761F1}]`);
      if (has(new RegExp(`^${side}/Microsoft/Windows NT/SecEdit/GptTmpl\\.inf$`)))
        out.push('[{827D319E-6EAC-11D2-A4EA-00C04F79F83A}{803E14A0-B4FB-11D0-A0D0-00A0C90F574B}]');
      // GPMC lists the preferences editor's tool once more under the null CSE, first in the list.
      if (has(new RegExp(`^${side}/Preferences/Registry/Registry\\.xml$`)))
        out.push(
          '[{00000000-0000-0000-0000-000000000000}{BEE07A6A-EC9F-4659-B8C9-0B1937907C83}]',
          '[{B087BE9D-ED37-454F-AF9C-04291E351182}{BEE07A6A-EC9F-4659-B8C9-0B1937907C83}]',
        );
      if (has(new RegExp(`^${side}/Microsoft/Windows NT/Audit/audit\\.csv$`)))
        out.push('[{F3CCC681-B74C-4060-9F26-CD84525DCA2A}{0F3F3735-573D-9804-99E4-AB2A69BA5FD4}]');
      return out;
    };
    const core = findAll(b.xml('Backup.xml'), 'GroupPolicyCoreSettings')[0]!;
    const report = b.xml('gpreport.xml');
    for (const side of ['Machine', 'User'] as const) {
      const want = pairs(side).sort();
      const el = child(core, `${side}ExtensionGuids`)!;
      assert.is(textOf(el), want.join(''), `${side}ExtensionGuids`);
      const version = Number(textOf(child(core, `${side}VersionNumber`)!));
      const v = want.filter((p) => !p.startsWith('[{00000000-')).length; // the null-CSE entry is no extension
      assert.is(version, v * 0x10000 + v, `${side}VersionNumber`);
      const reportSide = child(report, side === 'Machine' ? 'Computer' : 'User')!;
      assert.is(textOf(child(reportSide, 'VersionDirectory')!), String(v));
      assert.is(textOf(child(reportSide, 'VersionSysvol')!), String(v));
      assert.is(
        v > 0,
        b.sysvol.some((p) => p.startsWith(`${side}/`) && !p.endsWith('comment.cmtx')),
        'a side has a version exactly when it has settings',
      );
    }
    const descNames = findAll(b.xml('Backup.xml'), 'GroupPolicyExtension').map((e) => attr(e, 'bkp:DescName'));
    assert.equal(descNames, ['Registry', ...(has(/GptTmpl\.inf$/) ? ['Security'] : []), 'Unknown Extension']);
  });

  test(`${name}: bkupInfo.xml and manifest.xml agree with Backup.xml and the folder name`, () => {
    const core = findAll(b.xml('Backup.xml'), 'GroupPolicyCoreSettings')[0]!;
    for (const doc of [b.xml('bkupInfo.xml'), child(b.xml('manifest.xml'), 'BackupInst')!]) {
      assert.is(textOf(child(doc, 'ID')!), b.id);
      assert.is(textOf(child(doc, 'GPOGuid')!), textOf(child(core, 'ID')!));
      assert.is(textOf(child(doc, 'GPODisplayName')!), plan.profile.gpo.displayName);
      assert.is(textOf(child(doc, 'GPODomain')!), plan.profile.gpo.domain);
      assert.is(textOf(child(doc, 'BackupTime')!), plan.profile.gpo.backupTime.replace(/Z$/, ''));
      assert.match(textOf(child(doc, 'GPODomainGuid')!), /^\{[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}$/);
    }
    assert.match(b.id, /^\{[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/);
    assert.is(textOf(child(core, 'DisplayName')!), plan.profile.gpo.displayName);
  });

  test(`${name}: gpreport.xml lists every carried setting with its state`, () => {
    const report = b.xml('gpreport.xml');
    const carried = plan.operations.filter((op) => op.routes.gpo.status !== 'notCarried');
    for (const side of ['Machine', 'User'] as const) {
      const sideEl = child(report, side === 'Machine' ? 'Computer' : 'User')!;
      const ops = carried.filter((op) => op.scope === side);
      const policyNames = findAll(sideEl, 'Policy').map((p) => `${textOf(child(p, 'Name')!)}=${textOf(child(p, 'State')!)}`);
      const keyPaths = findAll(sideEl, 'RegistrySetting').map((r) => textOf(child(r, 'KeyPath')!));
      const prefs = findAll(sideEl, 'Properties').map((p) => `${attr(p, 'key')}|${attr(p, 'name')}`);
      const secKeys = findAll(sideEl, 'SecurityOptions').map((s) => textOf(child(s, 'KeyName')!));
      const audits = findAll(sideEl, 'AuditSetting').map((s) => textOf(child(s, 'SubcategoryGuid')!));
      for (const op of ops) {
        if (op.type === 'audit') {
          assert.ok(audits.includes(op.audit.guid.toLowerCase()), `${op.id} in the audit report`);
          continue;
        }
        switch (op.routes.gpo.via) {
          case 'registry.pol':
            if (op.admx)
              assert.ok(policyNames.includes(`${op.admx.displayName}=${op.admx.state}`), `${op.id} as policy ${op.admx.displayName}`);
            else assert.ok(keyPaths.includes(op.key), `${op.id} as an extra registry setting`);
            break;
          case 'preferences':
            assert.ok(prefs.includes(`${op.key}|${op.action === 'createKey' ? '' : op.valueName}`), `${op.id} as a preference`);
            break;
          case 'securityTemplate':
            assert.ok(secKeys.includes(`MACHINE\\${op.key}\\${op.valueName}`), `${op.id} as a security option`);
            break;
          default:
            assert.unreachable(`unexpected route ${op.routes.gpo.via}`);
        }
      }
    }
    const names = findAll(report, 'ExtensionData').map((e) => textOf(child(e, 'Name')!));
    for (const side of findAll(report, 'Computer').concat(findAll(report, 'User'))) {
      const n = side.children.filter((c) => c.name === 'ExtensionData').map((e) => textOf(child(e, 'Name')!));
      assert.equal(n, [...n].sort(), 'extensions sorted by name');
    }
    assert.ok(names.length >= 1);
  });

  test(`${name}: comment.cmtx comments every ADMX policy it can, and every reference resolves`, () => {
    for (const side of ['Machine', 'User'] as const) {
      const policyOps = plan.operations.filter(
        (op): op is RegistryOperation =>
          op.type === 'registry' && op.scope === side && op.routes.gpo.via === 'registry.pol' && !!op.admx && !!admxNamespace(op.admx.file),
      );
      const f = b.file(`DomainSysvol/GPO/${side}/comment.cmtx`);
      if (policyOps.length === 0) {
        assert.is(f, undefined);
        continue;
      }
      const xml = b.xml(`DomainSysvol/GPO/${side}/comment.cmtx`);
      const prefixes = new Map(findAll(xml, 'using').map((u) => [attr(u, 'prefix')!, attr(u, 'namespace')!]));
      const strings = new Map(findAll(xml, 'string').map((s) => [attr(s, 'id')!, textOf(s)]));
      const refs = findAll(xml, 'comment').map((c) => {
        const [prefix, policy] = attr(c, 'policyRef')!.split(':') as [string, string];
        assert.is(attr(c, 'commentText'), `$(resource.${prefix}_${policy})`);
        assert.ok(strings.has(`${prefix}_${policy}`), `string for ${attr(c, 'policyRef')}`);
        return `${prefixes.get(prefix)}:${policy}`;
      });
      for (const op of policyOps) {
        assert.ok(refs.includes(`${admxNamespace(op.admx!.file)}:${op.admx!.policy}`), `${op.id} commented`);
        const text = strings.get(
          attr(findAll(xml, 'comment').find((c) => attr(c, 'policyRef')!.endsWith(`:${op.admx!.policy}`))!, 'commentText')!.slice(11, -1),
        )!;
        for (const id of [...op.controls, ...op.mitigations, ...op.techniques])
          assert.ok(text.includes(id), `${op.admx!.policy} comment names ${id}`);
      }
      assert.is(new Set(refs).size, refs.length, 'one comment per policy');
    }
  });

  test(`${name}: Registry.xml holds one GPP item per preference operation`, () => {
    for (const side of ['Machine', 'User'] as const) {
      const ops = plan.operations.filter(
        (op): op is RegistryOperation => op.type === 'registry' && op.scope === side && op.routes.gpo.via === 'preferences',
      );
      const f = b.file(`DomainSysvol/GPO/${side}/Preferences/Registry/Registry.xml`);
      if (ops.length === 0) {
        assert.is(f, undefined);
        continue;
      }
      const xml = b.xml(`DomainSysvol/GPO/${side}/Preferences/Registry/Registry.xml`);
      assert.is(xml.name, 'RegistrySettings');
      assert.is(attr(xml, 'clsid'), '{A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}');
      const items = findAll(xml, 'Registry');
      assert.is(items.length, ops.length);
      ops.forEach((op, i) => {
        const item = items[i]!;
        const props = child(item, 'Properties')!;
        assert.is(attr(item, 'clsid'), '{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}');
        assert.match(attr(item, 'uid')!, /^\{[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/);
        assert.match(attr(item, 'changed')!, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
        for (const id of [...op.controls, ...op.mitigations, ...op.techniques])
          assert.ok(attr(item, 'desc')!.includes(id), `${op.id} desc names ${id}`);
        assert.is(attr(props, 'hive'), side === 'Machine' ? 'HKEY_LOCAL_MACHINE' : 'HKEY_CURRENT_USER');
        assert.is(attr(props, 'key'), op.key);
        assert.is(attr(props, 'action'), op.action === 'deleteValue' ? 'D' : 'U');
        if (op.action === 'set') {
          assert.is(attr(props, 'name'), op.valueName);
          assert.is(attr(props, 'type'), op.value!.type);
          assert.is(attr(props, 'value'), gppValueText(op.value!));
          assert.is(attr(props, 'default'), op.valueName === '' ? '1' : '0');
          if (op.value!.type === 'REG_MULTI_SZ') assert.equal(findAll(props, 'Value').map(textOf), op.value!.data);
        }
      });
      assert.equal(new Set(items.map((i) => attr(i, 'uid'))).size, items.length, 'uids are unique');
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Value formats

const gppValues: [string, { given: Parameters<typeof gppValueText>[0]; want: string }][] = [
  ['REG_DWORD as 8 hex digits', { given: { type: 'REG_DWORD', data: 1 }, want: '00000001' }],
  ['REG_DWORD max', { given: { type: 'REG_DWORD', data: 4294967295 }, want: 'FFFFFFFF' }],
  ['REG_DWORD upper-case hex', { given: { type: 'REG_DWORD', data: 0x1a2b }, want: '00001A2B' }],
  ['REG_SZ as is', { given: { type: 'REG_SZ', data: ' a "b" <c> ' }, want: ' a "b" <c> ' }],
  ['REG_MULTI_SZ joined by spaces', { given: { type: 'REG_MULTI_SZ', data: ['a', 'b c'] }, want: 'a b c' }],
];
for (const [name, { given, want }] of gppValues) {
  test(`GPP value text: ${name}`, () => assert.is(gppValueText(given), want));
}

const audits: [string, { given: [boolean, boolean]; want: { inclusion: string; value: number } }][] = [
  ['success', { given: [true, false], want: { inclusion: 'Success', value: 1 } }],
  ['failure', { given: [false, true], want: { inclusion: 'Failure', value: 2 } }],
  ['both', { given: [true, true], want: { inclusion: 'Success and Failure', value: 3 } }],
  ['none', { given: [false, false], want: { inclusion: 'No Auditing', value: 0 } }],
];
for (const [name, { given, want }] of audits) {
  test(`audit.csv setting: ${name}`, () => assert.equal(auditSetting(...given), want));
}

test('audit.csv rows as GPMC writes them', () => {
  const b = backup(syntheticPlan([auditOp('a', true, false)], { base }));
  assert.is(
    b.text('DomainSysvol/GPO/Machine/Microsoft/Windows NT/Audit/audit.csv'),
    'Machine Name,Policy Target,Subcategory,Subcategory GUID,Inclusion Setting,Exclusion Setting,Setting Value\r\n' +
      ',System,Audit Process Creation,{0cce922b-69ae-11d9-bed3-505054503030},Success,,1\r\n',
  );
});

test('GptTmpl.inf [Registry Values] lines: type number, quoted strings with doubled quotes, decimal DWORD', () => {
  const b = backup(syntheticPlan(everyKindOperations(), { base }));
  const inf = b.text('DomainSysvol/GPO/Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf');
  const values = inf.split('\r\n').filter((l) => l.startsWith('MACHINE\\'));
  assert.equal(values, [
    'MACHINE\\Software\\Policies\\Microsoft\\Windows NT\\DCOM\\MachineAccessRestriction=1,"O:BAG:BAD:(A;;CCDCLC;;;WD)"',
    'MACHINE\\System\\T1559Test\\SecDword=4,7',
    'MACHINE\\System\\T1559Test\\SecQuote=1,"say ""hi"""',
  ]);
  assert.not.ok(
    inf.split('\r\n').some((l) => l.startsWith(';')),
    'no ; comment lines (MS-GPSB has none)',
  );
});

test('Backup.xml security descriptor: the documented default, no domain SIDs', () => {
  const b = backup(base);
  const hex = textOf(findAll(b.xml('Backup.xml'), 'SecurityDescriptor')[0]!);
  assert.match(hex, /^[0-9a-f]{2}( [0-9a-f]{2})*$/);
  const bytes = Uint8Array.from(hex.split(' ').map((h) => parseInt(h, 16)));
  assert.is(securityDescriptorBytesToSddl(bytes), GPO_SDDL);
  assert.not.match(GPO_SDDL, /S-1-5-21/);
  assert.equal(findAll(b.xml('Backup.xml'), 'Group'), [], 'no domain groups to migrate');
});

// ---------------------------------------------------------------------------------------------
// Determinism and GUIDs

test('GUIDs are stable and follow the profile name; the domain GUID follows the domain', () => {
  const ids = (plan: Plan) => {
    const b = backup(plan);
    const info = b.xml('bkupInfo.xml');
    return { backup: b.id, gpo: textOf(child(info, 'GPOGuid')!), domain: textOf(child(info, 'GPODomainGuid')!) };
  };
  const a = ids(base);
  assert.equal(ids(planFromProfile({ profilePath: 'policies/profiles/recommended.json', env: {} })), a, 'stable across runs');
  const renamed = ids(syntheticPlan(base.operations, { base, profile: { name: 'recommended-2' } }));
  assert.is.not(renamed.backup, a.backup);
  assert.is.not(renamed.gpo, a.gpo);
  assert.is(renamed.domain, a.domain);
  const otherDomain = ids(syntheticPlan(base.operations, { base, gpo: { domain: 'fabrikam.com' } }));
  assert.is.not(otherDomain.domain, a.domain);
  assert.is.not(otherDomain.gpo, a.gpo);
  const otherContent = ids(syntheticPlan(base.operations.slice(1), { base }));
  assert.is.not(otherContent.backup, a.backup, 'different content, different backup id');
  assert.is(otherContent.gpo, a.gpo, 'same profile, same GPO');
});

test('nothing host-, user- or clock-dependent', () => {
  const b = backup(syntheticPlan(everyKindOperations(), { base }));
  const all = b.artifacts
    .filter((a) => !a.path.endsWith('.pol'))
    .map((a) => decodeText(a.bytes).text)
    .join('\n');
  const host = hostname();
  if (host.length > 3) assert.not.ok(all.toLowerCase().includes(host.toLowerCase()), 'no host name');
  assert.not.ok(all.includes(homedir()), 'no home directory');
  assert.not.ok(all.includes(`\\${userInfo().username}\\`), 'no user name in a path');
  assert.not.ok(all.includes(new Date().toISOString().slice(0, 10)), "no today's date");
  assert.not.ok(all.includes(process.cwd()), 'no absolute path');
});

// ---------------------------------------------------------------------------------------------
// Hostile text

const hostileNames: [string, { displayName: string; description: string }][] = [
  ['quotes, <, &, entity look-alikes', { displayName: `Q"'<&>&amp;&bogus;&#1;`, description: 'a & b <c> "d" &lt; &#x41;' }],
  ['CDATA terminators', { displayName: 'x]]>y]]]>z]]', description: ']]>]]>start and end]]>' }],
  ['non-BMP and bidi', { displayName: 'GPO 😀 𝔘 ‮rtl', description: 'emoji 😀 and 𠜎' }],
  ['line breaks and tabs in the description', { displayName: 'plain', description: 'line1\r\nline2\n\tindented' }],
];
for (const [name, { displayName, description }] of hostileNames) {
  test(`hostile display name / description stay well-formed and read back: ${name}`, () => {
    const plan = syntheticPlan(everyKindOperations(), { base, profile: { description }, gpo: { displayName } });
    const b = backup(plan);
    for (const a of b.artifacts) {
      if (/\.(xml|cmtx)$/.test(a.path)) readXml(decodeText(a.bytes).text, a.path);
    }
    const core = findAll(b.xml('Backup.xml'), 'GroupPolicyCoreSettings')[0]!;
    assert.is(textOf(child(core, 'DisplayName')!), displayName);
    for (const doc of [b.xml('bkupInfo.xml'), child(b.xml('manifest.xml'), 'BackupInst')!]) {
      assert.is(textOf(child(doc, 'GPODisplayName')!), displayName);
      assert.ok(textOf(child(doc, 'Comment')!).endsWith(`: ${description.trim().replace(/\r\n?/g, '\n')}`), 'description in Comment');
    }
    assert.is(textOf(findAll(b.xml('gpreport.xml'), 'Name')[0]!), displayName);
    if (displayName.includes(']]>')) assert.match(b.text('bkupInfo.xml'), /\]\]\]\]><!\[CDATA\[>/, 'split as "]]" + ">"');
  });
}

const refusedText: [string, { given: Partial<Plan['profile']>; gpo?: Partial<Plan['profile']['gpo']> }][] = [
  ['control character in the description', { given: { description: 'bell \u0007' } }],
  ['unpaired surrogate in the display name', { given: {}, gpo: { displayName: 'bad \ud800 name' } }],
];
for (const [name, { given, gpo }] of refusedText) {
  test(`text XML cannot carry is refused with a user error: ${name}`, () => {
    assert.throws(
      () => renderGpo(syntheticPlan(base.operations, { base, profile: given, gpo: gpo ?? {} })),
      (e: unknown) => e instanceof UserError && e.code === 'E_OUTPUT',
    );
  });
}

const hostileValues: [string, { given: RegistryOperation }][] = [
  [
    'preference REG_SZ with markup, quotes, tab and CR',
    {
      given: registryOp({
        id: 'h1',
        scope: 'User',
        key: 'Software\\T',
        valueName: 'V "<&>"',
        value: { type: 'REG_SZ', data: 'a\tb\rc &amp; ]]> "q" 😀' },
        kind: 'preference',
      }),
    },
  ],
  [
    'preference REG_MULTI_SZ with markup, tab and CR',
    {
      given: registryOp({
        id: 'h2',
        scope: 'Machine',
        key: 'SOFTWARE\\T',
        valueName: 'M',
        value: { type: 'REG_MULTI_SZ', data: ['<x>', 'a\tb\rc', '&bogus;'] },
        kind: 'preference',
      }),
    },
  ],
];
for (const [name, { given }] of hostileValues) {
  test(`hostile registry data reads back exactly from Registry.xml: ${name}`, () => {
    const b = backup(syntheticPlan([given], { base }));
    const props = findAll(b.xml(`DomainSysvol/GPO/${given.scope}/Preferences/Registry/Registry.xml`), 'Properties')[0]!;
    assert.is(attr(props, 'name'), given.valueName);
    assert.is(attr(props, 'value'), gppValueText(given.value!));
    if (given.value!.type === 'REG_MULTI_SZ') assert.equal(findAll(props, 'Value').map(textOf), given.value!.data);
  });
}

const lineBreaks: [string, { given: RegistryOperation }][] = [
  [
    'REG_SZ',
    {
      given: registryOp({
        id: 'lf1',
        scope: 'User',
        key: 'Software\\T',
        valueName: 'V',
        value: { type: 'REG_SZ', data: 'a\nb' },
        kind: 'preference',
      }),
    },
  ],
  [
    'REG_MULTI_SZ item',
    {
      given: registryOp({
        id: 'lf2',
        scope: 'User',
        key: 'Software\\T',
        valueName: 'M',
        value: { type: 'REG_MULTI_SZ', data: ['a', 'b\r\nc'] },
        kind: 'preference',
      }),
    },
  ],
  [
    'value name',
    {
      given: registryOp({
        id: 'lf3',
        scope: 'User',
        key: 'Software\\T',
        valueName: 'V\nW',
        value: { type: 'REG_DWORD', data: 1 },
        kind: 'preference',
      }),
    },
  ],
];
for (const [name, { given }] of lineBreaks) {
  test(`a line break in a GPP attribute is refused, not flattened to a space: ${name}`, () => {
    assert.throws(
      () => renderGpo(syntheticPlan([given], { base })),
      (e: unknown) => e instanceof UserError && e.code === 'E_OUTPUT' && e.message.includes(given.id),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Routes the GPO cannot carry raise instead of disappearing (shapes the real routing never gives, so the routes are set by hand)

const misrouted: [string, { given: Operation }][] = [
  [
    'delete-all-values as a preference',
    {
      given: registryOp({
        id: 'x1',
        scope: 'Machine',
        key: 'SOFTWARE\\T',
        action: 'deleteAllValues',
        kind: 'preference',
        routes: { gpo: carried('preferences') },
      }),
    },
  ],
  [
    'REG_BINARY in Preferences (no documented GPP form: the channel sends it to registry.pol)',
    {
      given: registryOp({
        id: 'x5',
        scope: 'Machine',
        key: 'SOFTWARE\\T',
        valueName: 'B',
        value: { type: 'REG_BINARY', data: '01ab' },
        kind: 'preference',
        routes: { gpo: carried('preferences') },
      }),
    },
  ],
  [
    'REG_QWORD in Preferences',
    {
      given: registryOp({
        id: 'x6',
        scope: 'User',
        key: 'Software\\T',
        valueName: 'Q',
        value: { type: 'REG_QWORD', data: '1' },
        kind: 'preference',
        routes: { gpo: carried('preferences') },
      }),
    },
  ],
  [
    'REG_BINARY in the security template',
    {
      given: registryOp({
        id: 'x2',
        scope: 'Machine',
        key: 'SOFTWARE\\T',
        valueName: 'B',
        value: { type: 'REG_BINARY', data: '00' },
        kind: 'securityOption',
      }),
    },
  ],
  [
    'delete in the security template',
    {
      given: registryOp({ id: 'x3', scope: 'Machine', key: 'SOFTWARE\\T', valueName: 'B', action: 'deleteValue', kind: 'securityOption' }),
    },
  ],
];
for (const [name, { given }] of misrouted) {
  test(`a route the GPO cannot carry is an internal error: ${name}`, () => {
    assert.throws(
      () => renderGpo(syntheticPlan([given], { base })),
      (e: unknown) => e instanceof InternalError && e.message.includes(given.id),
    );
  });
}

test('not-carried operations are left out (the plan already reports them)', () => {
  const op = registryOp({
    id: 'skip',
    scope: 'Machine',
    key: 'SOFTWARE\\T',
    valueName: 'S',
    value: { type: 'REG_DWORD', data: 1 },
    routes: { gpo: notCarried('not carried in this test') },
  });
  const b = backup(syntheticPlan([op], { base }));
  assert.equal(b.sysvol, []);
  const core = findAll(b.xml('Backup.xml'), 'GroupPolicyCoreSettings')[0]!;
  assert.is(textOf(child(core, 'MachineVersionNumber')!), '0');
});

test.run();
