/**
 * Known COM objects in com-appid-lockdown (docs/domain.md "Known COM objects"): a named object becomes its
 * AppID; a known CLSID given as an AppID, an unknown name, an object without a confirmed AppID and a
 * contradicting pair are refused with the profile path and the fix; the catalog's enum lists the table.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadCatalog } from '../../src/catalog/load.js';
import { resolvePlan } from '../../src/catalog/resolve.js';
import { KNOWN_COM_OBJECTS, comObjectMistakenClsid } from '../../src/catalog/com-objects.js';
import { UserError } from '../../src/lib/errors.js';
import { profileSchema } from '../../src/model/profile.js';
import type { RegistryOperation } from '../../src/model/plan.js';

const catalog = loadCatalog();
const SDDL = 'O:BAG:BAD:(A;;CCDCSW;;;BA)(A;;CCDCSW;;;SY)';

function resolveItems(items: unknown[]) {
  const profile = profileSchema.parse({ name: 't', controls: { 'com-appid-lockdown': { parameters: { appIds: items } } } });
  return resolvePlan(catalog, profile, { file: 'p.json' });
}

function problemsOf(items: unknown[]): string[] {
  try {
    resolveItems(items);
  } catch (err) {
    if (err instanceof UserError) return err.problems.map((p) => `${p.where}: ${p.message}`);
    throw err;
  }
  return [];
}

const NAMED: [object: string, appId: string][] = [
  ['MMC20.Application', '{7E0423CD-1119-0928-900C-E6D4A52A0715}'],
  ['ShellWindows', '{9BA05972-F6A8-11CF-A442-00A0C90A8F39}'],
  ['ShellBrowserWindow', '{C08AFD90-F2A1-11D1-8455-00A0C91F3880}'],
  ['Excel.Application', '{00020812-0000-0000-C000-000000000046}'],
  ['Word.Application', '{00020906-0000-0000-C000-000000000046}'],
];

for (const [object, appId] of NAMED) {
  test(`"object": "${object}" writes under AppID ${appId}`, () => {
    const plan = resolveItems([{ object, launchSddl: SDDL }]);
    const ops = plan.operations.filter((o): o is RegistryOperation => o.type === 'registry' && o.valueName === 'LaunchPermission');
    assert.equal(
      ops.map((o) => o.key),
      [`SOFTWARE\\Classes\\AppID\\${appId}`],
    );
  });
}

const REFUSED: [name: string, items: unknown[], want: RegExp][] = [
  [
    "MMC20.Application's CLSID given as the AppID",
    [{ appId: '{49B2791A-B1AE-4C90-9B8E-E860BA07F889}', launchSddl: SDDL }],
    /p\.json: \$\.controls\["com-appid-lockdown"\]\.parameters\.appIds\[0\]\.appId: \{49B2791A-B1AE-4C90-9B8E-E860BA07F889\} is the CLSID of MMC20\.Application, not an AppID: .*AppID \{7E0423CD-1119-0928-900C-E6D4A52A0715\}/,
  ],
  [
    "Excel.Application's CLSID in lower case, second item",
    [
      { object: 'ShellWindows', launchSddl: SDDL },
      { appId: '{00024500-0000-0000-c000-000000000046}', accessSddl: SDDL },
    ],
    /appIds\[1\]\.appId: .* is the CLSID of Excel\.Application, not an AppID: .*\{00020812-0000-0000-C000-000000000046\}/,
  ],
  [
    'an unknown object name',
    [{ object: 'Evil.Application', launchSddl: SDDL }],
    /appIds\[0\]\.object: unknown COM object "Evil\.Application" \(known: MMC20\.Application, /,
  ],
  [
    'an object whose AppID is not confirmed',
    [{ object: 'Outlook.Application', launchSddl: SDDL }],
    /appIds\[0\]\.object: no source available to this tool confirms the AppID of Outlook\.Application: read the value AppID under HKCR\\CLSID\\\{0006F03A/,
  ],
  [
    'object and a different appId',
    [{ object: 'MMC20.Application', appId: '{9BA05972-F6A8-11CF-A442-00A0C90A8F39}', launchSddl: SDDL }],
    /appIds\[0\]\.appId: .* is not the AppID of MMC20\.Application/,
  ],
  ['neither object nor appId', [{ launchSddl: SDDL }], /appIds\[0\]: give "appId" \(the AppID GUID\) or "object"/],
  [
    'the same object twice (by name and by AppID)',
    [
      { object: 'MMC20.Application', launchSddl: SDDL },
      { appId: '{7e0423cd-1119-0928-900c-e6d4a52a0715}', accessSddl: SDDL },
    ],
    /items must have unique "appId" values/,
  ],
];

for (const [name, items, want] of REFUSED) {
  test(`refused: ${name}`, () => {
    const problems = problemsOf(items);
    assert.ok(
      problems.some((p) => want.test(p)),
      problems.join('\n') || 'no problem reported',
    );
  });
}

test('an AppID that equals its own CLSID (ShellWindows) is accepted as an AppID', () => {
  assert.is(comObjectMistakenClsid('{9BA05972-F6A8-11CF-A442-00A0C90A8F39}'), undefined);
  assert.equal(problemsOf([{ appId: '{9BA05972-F6A8-11CF-A442-00A0C90A8F39}', launchSddl: SDDL }]), []);
});

test('the catalog enum of com-appid-lockdown lists exactly the known objects', () => {
  const spec = catalog.byId.get('com-appid-lockdown')!.parameters['appIds'] as {
    comObjectField?: string;
    fields: Record<string, { values?: string[] }>;
  };
  assert.is(spec.comObjectField, 'object');
  assert.equal(
    spec.fields['object']!.values,
    KNOWN_COM_OBJECTS.map((o) => o.name),
  );
});

test('the table: GUIDs in braces and upper case, names unique, AppIDs present for the lateral movement classics', () => {
  const guid = /^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/;
  for (const o of KNOWN_COM_OBJECTS) {
    assert.match(o.clsid, guid, o.name);
    if (o.appId) assert.match(o.appId, guid, o.name);
  }
  assert.is(new Set(KNOWN_COM_OBJECTS.map((o) => o.name.toLowerCase())).size, KNOWN_COM_OBJECTS.length);
  for (const name of ['MMC20.Application', 'ShellWindows', 'ShellBrowserWindow', 'Excel.Application'])
    assert.ok(KNOWN_COM_OBJECTS.find((o) => o.name === name)?.appId, name);
});

test.run();
