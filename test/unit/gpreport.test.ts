/**
 * gpreport.xml against the plan, point by point (docs/formats.md "gpreport.xml"), read with the project's strict
 * XML reader (src/formats/xml-reader.ts through readXml):
 * - the security descriptor carries Owner, Group and the SACL as GPMC's reports do;
 * - each ADMX policy's Comment is the text comment.cmtx stores for it, right after State;
 * - no Supported line is written (the catalog records no supportedOn for Microsoft's policies);
 * - Security Options carry Windows' display names from the sourced table;
 * - SettingString is the raw GptTmpl.inf value, quotes included.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Plan } from '../../src/model/plan.js';
import { renderGpo } from '../../src/targets/gpo/index.js';
import { GPO_SDDL } from '../../src/targets/gpo/gpo-security.js';
import { GPO_REPORT_SDDL } from '../../src/targets/gpo/gpreport-xml.js';
import { admxNamespace } from '../../src/targets/gpo/admx-namespaces.js';
import { securityOptionDisplayName } from '../../src/targets/gpo/security-option-names.js';
import { attr, child, decodeText, findAll, readXml, textOf } from './gpo-helpers.js';
import { everyKindOperations, registryOp, syntheticPlan } from '../helpers/plan-builder.js';
import { PROFILE_PATHS, profilePlan } from '../helpers/profile-plans.js';

const base = profilePlan('policies/profiles/recommended.json');
const cases: [string, Plan][] = [
  ...PROFILE_PATHS.map((p): [string, Plan] => [p, profilePlan(p)]),
  ['synthetic every kind', syntheticPlan(everyKindOperations(), { base })],
  [
    'hostile security option values',
    syntheticPlan(
      [
        ['quote-only', '"'],
        ['doubled', 'a ""b"" c'],
        ['markup', '<x a="&amp;">]]></x>'],
        ['empty', ''],
      ].map(([valueName, data]) =>
        registryOp({
          id: `sec-${valueName}`,
          controls: ['sec'],
          kind: 'securityOption',
          scope: 'Machine',
          key: 'System\\T1559Test',
          valueName: valueName!,
          value: { type: 'REG_SZ', data: data! },
        }),
      ),
      { base },
    ),
  ],
];

function files(plan: Plan): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of renderGpo(plan))
    if (/\.(xml|cmtx|inf)$/.test(a.path)) out.set(a.path.replace(/^gpo\/\{[^}]+\}\//, ''), decodeText(a.bytes).text);
  return out;
}

/** comment.cmtx of one side: `namespace\0policy` -> text, resolved through the file's own prefixes and string table. */
function cmtxComments(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (text === undefined) return out;
  const root = readXml(text, 'comment.cmtx');
  const ns = new Map(findAll(root, 'using').map((u) => [attr(u, 'prefix')!, attr(u, 'namespace')!]));
  const strings = new Map(findAll(root, 'string').map((s) => [attr(s, 'id')!, textOf(s)]));
  for (const c of findAll(root, 'comment')) {
    const [prefix, policy] = attr(c, 'policyRef')!.split(':');
    const id = /^\$\(resource\.(.+)\)$/.exec(attr(c, 'commentText')!)![1]!;
    out.set(`${ns.get(prefix!)}\0${policy}`, strings.get(id)!);
  }
  return out;
}

/** GptTmpl.inf `[Registry Values]`: `MACHINE\key\value` -> data after `<type>,`, exactly as the file holds it. */
function templateValues(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of (text ?? '').split(/\r\n/)) {
    const m = /^(MACHINE\\[^=]*?)=\d+,(.*)$/.exec(line);
    if (m) out.set(m[1]!, m[2]!);
  }
  return out;
}

for (const [name, plan] of cases) {
  const f = files(plan);
  const report = readXml(f.get('gpreport.xml')!, 'gpreport.xml');

  test(`${name}: security descriptor has Owner, Group and the SACL in GPMC's order`, () => {
    const sd = child(report, 'SecurityDescriptor')!;
    assert.equal(
      sd.children.map((c) => c.local),
      ['SDDL', 'Owner', 'Group', 'PermissionsPresent', 'Permissions', 'AuditingPresent'],
    );
    const sddl = textOf(child(sd, 'SDDL')!);
    assert.is(sddl, GPO_REPORT_SDDL);
    assert.match(sddl, /^O:BAG:BAD:PAI\(/);
    assert.ok(sddl.includes(GPO_SDDL), 'the DACL is the backup descriptor');
    assert.match(sddl, /S:AI(\(OU;[A-Z]*IDSA;[^)]*;WD\)){3}$/);
    for (const part of ['Owner', 'Group']) {
      const who = child(sd, part)!;
      assert.is(textOf(child(who, 'SID')!), 'S-1-5-32-544', `${part} SID`);
      assert.is(textOf(child(who, 'Name')!), 'BUILTIN\\Administrators', `${part} name`);
    }
  });

  test(`${name}: each policy's Comment is the comment.cmtx text, after State, and only there`, () => {
    for (const [side, dir] of [
      ['Computer', 'Machine'],
      ['User', 'User'],
    ] as const) {
      const cmtx = cmtxComments(f.get(`DomainSysvol/GPO/${dir}/comment.cmtx`));
      const ops = plan.operations.filter((op) => op.type === 'registry' && op.scope === dir && op.routes.gpo.via === 'registry.pol');
      const policies = findAll(child(report, side)!, 'Policy');
      let commented = 0;
      for (const op of ops) {
        if (op.type !== 'registry' || !op.admx) continue;
        // Office files share display names (excel16 and access16 both have "Block macros ..."): match the category too.
        const category = op.admx.path.split(/\s+>\s+/).join('/');
        const pol = policies.find((p) => textOf(child(p, 'Name')!) === op.admx!.displayName && textOf(child(p, 'Category')!) === category);
        assert.ok(pol, `${op.id}: policy ${op.admx.displayName} in the report`);
        const want = cmtx.get(`${admxNamespace(op.admx.file)}\0${op.admx.policy}`);
        const names = pol!.children.map((c) => c.local);
        if (want === undefined) {
          assert.not.ok(names.includes('Comment'), `${op.id}: no comment.cmtx entry, no Comment`);
          continue;
        }
        assert.equal(names.slice(0, 4), ['Name', 'State', 'Comment', 'Explain'], `${op.id}: element order`);
        assert.is(textOf(child(pol!, 'Comment')!), want, `${op.id}: Comment text`);
        commented++;
      }
      assert.is(findAll(child(report, side)!, 'Comment').length, new Set(policies.filter((p) => child(p, 'Comment'))).size);
      assert.is(commented > 0, cmtx.size > 0, `${side}: comments exactly when comment.cmtx has some`);
    }
  });

  test(`${name}: no Supported line (not derivable from the plan, see docs/formats.md "gpreport.xml")`, () => {
    assert.is(findAll(report, 'Supported').length, 0);
  });

  test(`${name}: Security Options show Windows' names and the raw GptTmpl.inf value`, () => {
    const raw = templateValues(f.get('DomainSysvol/GPO/Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf'));
    const options = findAll(report, 'SecurityOptions');
    assert.is(options.length, raw.size, 'one SecurityOptions per template value');
    for (const so of options) {
      const keyName = textOf(child(so, 'KeyName')!);
      const op = plan.operations.find((o) => o.type === 'registry' && `MACHINE\\${o.key}\\${o.valueName}` === keyName);
      assert.ok(op && op.type === 'registry', `${keyName} is a plan operation`);
      assert.is(textOf(child(child(so, 'Display')!, 'Name')!), securityOptionDisplayName(keyName) ?? op!.title, `${keyName} name`);
      const setting = child(so, 'SettingString') ?? child(so, 'SettingNumber')!;
      assert.is(textOf(setting), raw.get(keyName), `${keyName}: value as GptTmpl.inf holds it`);
      if (setting.local === 'SettingString') assert.match(textOf(setting), /^".*"$/s, `${keyName}: REG_SZ keeps its quotes`);
    }
  });
}

const DISPLAY_NAMES: [string, string][] = [
  [
    'MACHINE\\Software\\Policies\\Microsoft\\Windows NT\\DCOM\\MachineAccessRestriction',
    'DCOM: Machine Access Restrictions in Security Descriptor Definition Language (SDDL) syntax',
  ],
  [
    'MACHINE\\SOFTWARE\\POLICIES\\MICROSOFT\\WINDOWS NT\\DCOM\\MACHINELAUNCHRESTRICTION',
    'DCOM: Machine Launch Restrictions in Security Descriptor Definition Language (SDDL) syntax',
  ],
];
for (const [keyName, want] of DISPLAY_NAMES)
  test(`Security Option name for ${keyName}`, () => assert.is(securityOptionDisplayName(keyName), want));
test('a Security Option outside the table has no invented name', () => {
  assert.is(securityOptionDisplayName('MACHINE\\System\\T1559Test\\X'), undefined);
  assert.is(securityOptionDisplayName('MACHINE\\Software\\Policies\\Microsoft\\Windows NT\\DCOM'), undefined);
});

test('the DCOM Security Options of the every-type profile show their Windows names', () => {
  const report = readXml(files(profilePlan('test/fixtures/profiles/every-type.json')).get('gpreport.xml')!, 'gpreport.xml');
  const names = findAll(report, 'SecurityOptions').map((so) => textOf(child(child(so, 'Display')!, 'Name')!));
  assert.equal(
    names,
    DISPLAY_NAMES.map(([, n]) => n),
  );
});

test.run();
