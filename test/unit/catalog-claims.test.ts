/**
 * The catalog's texts against what its settings write (catalog review, round two): each claim a text makes is
 * checked against the setting or parameter that backs it, so a later edit cannot let one drift from the other.
 * Facts: docs/domain.md "DDE and OLE settings", "Attack Surface Reduction rules", "COM and DCOM security",
 * "Office COM prompts, add-ins and automation".
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadCatalog, loadProfile } from '../../src/catalog/load.js';
import { resolvePlan } from '../../src/catalog/resolve.js';
import { packagePath } from '../../src/lib/paths.js';
import type { RegistryOperation } from '../../src/model/plan.js';
import { profileSchema } from '../../src/model/profile.js';

const catalog = loadCatalog();
const control = (id: string) => {
  const c = catalog.byId.get(id);
  assert.ok(c, `missing control ${id}`);
  return c;
};
const text = (id: string) => `${control(id).summary} ${control(id).rationale} ${control(id).impactNote}`;
const writes = (controls: Record<string, unknown>) =>
  resolvePlan(catalog, profileSchema.parse({ name: 't', controls }), { file: 'p.json' }).operations.filter(
    (o): o is RegistryOperation => o.type === 'registry',
  );
const strict = loadProfile(packagePath('policies', 'profiles', 'strict.json'));
const recommended = loadProfile(packagePath('policies', 'profiles', 'recommended.json'));

const CLAIMS: [name: string, check: () => void][] = [
  [
    'excel-dde-server-off writes the subscription-only policies and the ADV170021 preferences, and says which edition reads which',
    () => {
      const ops = writes({ 'excel-dde-server-off': {} });
      for (const v of ['disableddeserverlaunch', 'disableddeserverlookup'])
        assert.ok(
          ops.some((o) => o.key.endsWith('\\excel\\security\\external content') && o.valueName === v && o.value?.data === 1),
          v,
        );
      for (const v of ['DisableDDEServerLaunch', 'DisableDDEServerLookup'])
        assert.ok(
          ops.some((o) => o.key === 'Software\\Microsoft\\Office\\16.0\\Excel\\Security' && o.valueName === v && o.value?.data === 1),
          v,
        );
      assert.match(text('excel-dde-server-off'), /only to subscription versions/);
      assert.match(text('excel-dde-server-off'), /ADV170021/);
      assert.match(text('excel-dde-server-off'), /volume-licensed/);
    },
  ],
  [
    'word-dde-off does not promise a lock: the policy only deletes allowdde and AllowDDE = 0 is user-writable',
    () => {
      const t = text('word-dde-off');
      assert.not.match(t, /cannot re-enable/);
      assert.match(t, /only deletes the policy value allowdde/);
      assert.match(t, /user .*can change/);
      const ops = writes({ 'word-dde-off': {} });
      assert.equal(ops.find((o) => o.valueName === 'allowdde')?.action, 'deleteValue');
    },
  ],
  [
    'asr-office-rules: audit by default, block in strict, and the documented side effects are named',
    () => {
      const c = control('asr-office-rules');
      for (const p of ['childProcesses', 'executableContent', 'codeInjection', 'communicationAppChildProcesses', 'win32ApiCalls']) {
        assert.is((c.parameters[p] as { default: string }).default, 'audit', p);
        assert.is((strict.controls['asr-office-rules']?.parameters as Record<string, string>)[p], 'block', `strict ${p}`);
      }
      assert.match(c.rationale, /audit first/);
      assert.match(c.rationale, /DLP policy tips/);
      assert.match(c.rationale, /not supported on Windows Server/);
      assert.match(recommended.description ?? '', /Office ASR rules in audit/);
    },
  ],
  [
    'com-default-authentication: Microsoft caution named, impact not low, anonymous impersonation not offered',
    () => {
      const c = control('com-default-authentication');
      assert.match(c.rationale, /caution/);
      assert.is.not(c.impact, 'low');
      assert.is((c.parameters['impersonationLevel'] as { min: number }).min, 2);
    },
  ],
  [
    'outlook-object-model-guard: "add-ins unaffected" is backed by addintrust = 1',
    () => {
      assert.match(text('outlook-object-model-guard'), /addintrust = 1/);
      assert.ok(writes({ 'outlook-object-model-guard': {} }).some((o) => o.valueName === 'addintrust' && o.value?.data === 1));
    },
  ],
  [
    "office-automation-security and office-file-validation name Microsoft's baseline values and strict's deviation",
    () => {
      assert.match(text('office-automation-security'), /outside trusted locations/);
      assert.match(text('office-automation-security'), /security baseline/);
      assert.match(text('office-file-validation'), /security baseline/);
      assert.is((strict.controls['office-automation-security']?.parameters as Record<string, number>)['level'], 3);
      assert.is((strict.controls['office-file-validation']?.parameters as Record<string, string>)['onFailure'], 'block');
    },
  ],
  [
    'excel-dde-legacy-prefs: DDEAllowed = 0 and opening files from Explorer',
    () => assert.match(text('excel-dde-legacy-prefs'), /DDEAllowed = 0 .*Explorer/),
  ],
  [
    'office-ole-packager-block: ASD checks the value, still unconfirmed by Microsoft',
    () => assert.match(text('office-ole-packager-block'), /Essential Eight/),
  ],
  [
    'office-com-kill-bits: each listed CLSID gets the kill bit under the three COM Compatibility keys',
    () => {
      const ops = writes({
        'office-com-kill-bits': {
          parameters: { clsids: ['{D27CDB6E-AE6D-11CF-96B8-444553540000}', '{00000000-0000-0000-0000-000000000001}'] },
        },
      });
      assert.is(ops.length, 12);
      assert.is(ops.filter((o) => o.valueName === 'Compatibility Flags' && o.value?.data === 1024).length, 6);
      assert.ok(
        ops.some(
          (o) => o.key === 'SOFTWARE\\WOW6432Node\\Microsoft\\Office\\Common\\COM Compatibility\\{D27CDB6E-AE6D-11CF-96B8-444553540000}',
        ),
      );
    },
  ],
];

for (const [name, check] of CLAIMS) test(name, check);

const ROUND_TWO = [
  'asr-wmi-persistence',
  'office-block-internet-macros',
  'office-vba-macro-notification',
  'office-macro-runtime-scan',
  'publisher-automation-security',
  'office-disable-all-addins',
  'outlook-ole-activex-macros',
  'onenote-com-api-off',
  'dcom-no-local-activation-exemptions',
  'office-activex-initialization',
  'office-disable-all-activex',
  'office-com-category-allow-lists',
  'office-ie-feature-controls',
  'office-com-kill-bits',
  'excel-dde-carrier-files',
];

test('controls added in round two: every policy setting maps its ADMX policy; every other setting says why there is none', () => {
  for (const id of ROUND_TWO)
    for (const s of control(id).settings) {
      if (s.kind === 'policy') assert.ok(s.admx, `${id}/${s.id}: policy without ADMX mapping`);
      else assert.match(s.source, /no ADMX/, `${id}/${s.id}: say why there is no ADMX mapping`);
    }
});

test.run();
