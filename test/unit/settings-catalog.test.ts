/**
 * Settings Catalog ids in the catalog (docs/formats.md "Intune Settings Catalog"): the structural rules, the ids
 * confirmed byte for byte in real exports, ASR rule names one to one with GUIDs, the routing of recommended and
 * strict, and the warn-mode refusal.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadCatalog } from '../../src/catalog/load.js';
import { settingsCatalogProblems } from '../../src/catalog/settings-catalog-rules.js';
import { resolvePlan } from '../../src/catalog/resolve.js';
import { settingTemplateSchema } from '../../src/model/control.js';
import { profileSchema } from '../../src/model/profile.js';
import { profilePlan } from '../helpers/profile-plans.js';
import { renderIntune } from '../../src/targets/intune/index.js';

const catalog = loadCatalog();
const settings = catalog.controls.flatMap((c) => c.settings.map((s) => ({ control: c, s })));
const byId = (control: string, setting: string) => settings.find((x) => x.control.id === control && x.s.id === setting)!.s.settingsCatalog!;

// Copied from the exports named in docs/formats.md "Intune Settings Catalog" (OpenIntuneBaseline v3.6 Office,
// v3.7 ASR; the Outlook object model children from a Microsoft 365 Apps baseline export).
const CONFIRMED: [control: string, setting: string, id: string][] = [
  [
    'word-dde-off',
    'allowdde-policy-disabled',
    'user_vendor_msft_policy_config_word16v2~policy~l_microsoftofficeword~l_wordoptions~l_security~l_trustcenter_l_allowdde',
  ],
  [
    'excel-dde-server-off',
    'dde-server-launch-off',
    'user_vendor_msft_policy_config_excel16v3~policy~l_microsoftofficeexcel~l_exceloptions~l_security~l_trustcenter~l_externalcontent_l_disableddeserverlaunch',
  ],
  [
    'excel-dde-server-off',
    'dde-server-lookup-off',
    'user_vendor_msft_policy_config_excel16v3~policy~l_microsoftofficeexcel~l_exceloptions~l_security~l_trustcenter~l_externalcontent_l_disableddeserverlookup',
  ],
  [
    'office-protected-view',
    'word-internet-files',
    'user_vendor_msft_policy_config_word16v2~policy~l_microsoftofficeword~l_wordoptions~l_security~l_trustcenter~l_protectedview_l_donotopenfilesfromtheinternetzoneinprotectedview',
  ],
  [
    'office-protected-view',
    'excel-outlook-attachments',
    'user_vendor_msft_policy_config_excel16v2~policy~l_microsoftofficeexcel~l_exceloptions~l_security~l_trustcenter~l_protectedview_l_turnoffprotectedviewforattachmentsopenedfromoutlook',
  ],
  [
    'outlook-object-model-guard',
    'security-mode-group-policy',
    'user_vendor_msft_policy_config_outlk16v2~policy~l_microsoftofficeoutlook~l_security~l_securityformsettings_l_outlooksecuritymode',
  ],
  [
    'outlook-object-model-guard',
    'oom-send',
    'user_vendor_msft_policy_config_outlk16v2~policy~l_microsoftofficeoutlook~l_security~l_securityformsettings~l_programmaticsettings_l_oomsend_v2',
  ],
  [
    'office-automation-security',
    'automation-security',
    'user_vendor_msft_policy_config_office16v2~policy~l_microsoftofficesystem~l_securitysettings_l_automationsecurity',
  ],
  [
    'asr-office-rules',
    'office-child-processes',
    'device_vendor_msft_policy_config_defender_attacksurfacereductionrules_blockallofficeapplicationsfromcreatingchildprocesses',
  ],
  ['audit-process-creation', 'process-creation-success', 'device_vendor_msft_policy_config_audit_detailedtracking_auditprocesscreation'],
];
for (const [control, setting, id] of CONFIRMED) test(`confirmed id: ${control}/${setting}`, () => assert.is(byId(control, setting).id, id));

test('every Outlook object model prompt nests under the Outlook security mode Enabled option', () => {
  const oom = settings.filter((x) => x.control.id === 'outlook-object-model-guard' && x.s.id.startsWith('oom-'));
  assert.is(oom.length, 7);
  for (const { s } of oom)
    assert.is(
      s.settingsCatalog!.under,
      'user_vendor_msft_policy_config_outlk16v2~policy~l_microsoftofficeoutlook~l_security~l_securityformsettings_l_outlooksecuritymode_1',
      s.id,
    );
});

test('ASR children map one to one to rule GUIDs', () => {
  const pairs = new Map<string, string>();
  for (const { s } of settings)
    if (s.csp?.format === 'asrRule') {
      const prev = pairs.get(s.valueName!);
      if (prev) assert.is(prev, s.settingsCatalog!.id, s.valueName);
      pairs.set(s.valueName!, s.settingsCatalog!.id);
    }
  assert.ok(pairs.size >= 9);
  assert.is(new Set(pairs.values()).size, pairs.size, 'two GUIDs share a Settings Catalog child');
});

test('every element id starts with its setting id and "_"', () => {
  for (const { s } of settings)
    if (s.settingsCatalog?.element) assert.ok(s.settingsCatalog.element.id.startsWith(`${s.settingsCatalog.id}_`), s.id);
});

const base = {
  id: 's',
  title: 't',
  kind: 'policy',
  scope: 'User',
  key: 'software\\policies\\microsoft\\office\\16.0\\word\\security',
  valueName: 'v',
  value: { type: 'REG_DWORD', data: 1 },
  confirmed: true,
  source: 'x',
  officeVersions: ['16.0'],
};
const admx = { file: 'word16', policy: 'L_X', displayName: 'X', state: 'Enabled', path: 'p', setting: 's' };
const RULES: [name: string, over: Record<string, unknown>, want: RegExp | undefined][] = [
  ['a valid ADMX mapping', { admx, settingsCatalog: { id: 'user_vendor_msft_x', source: 's' } }, undefined],
  ['a device id on a user setting', { admx, settingsCatalog: { id: 'device_vendor_msft_x', source: 's' } }, /starts with "user_"/],
  [
    'an element id that is not a child',
    {
      admx: { ...admx, element: 'E' },
      settingsCatalog: { id: 'user_vendor_msft_x', element: { id: 'user_vendor_msft_y_e', kind: 'enum' }, source: 's' },
    },
    /starts with its setting's id/,
  ],
  [
    'an element of a Disabled policy',
    {
      admx: { ...admx, state: 'Disabled' },
      settingsCatalog: { id: 'user_vendor_msft_x', element: { id: 'user_vendor_msft_x_e', kind: 'enum' }, source: 's' },
    },
    /only the element of an Enabled/,
  ],
  [
    'a boolean element without trueData',
    {
      admx: { ...admx, element: 'E' },
      settingsCatalog: { id: 'user_vendor_msft_x', element: { id: 'user_vendor_msft_x_e', kind: 'boolean' }, source: 's' },
    },
    /trueData/,
  ],
  [
    'an Enabled element policy without its child',
    { admx: { ...admx, element: 'E' }, settingsCatalog: { id: 'user_vendor_msft_x', source: 's' } },
    /needs its child id/,
  ],
  [
    'a preference with an id',
    { kind: 'preference', key: 'Software\\Microsoft\\Office\\16.0\\Word', settingsCatalog: { id: 'user_vendor_msft_x', source: 's' } },
    /only an ADMX-backed policy or a Policy CSP/,
  ],
  [
    'a CSP id that is not the URI',
    {
      scope: 'Machine',
      key: 'Software\\Policies\\X',
      csp: { uri: './Device/Vendor/MSFT/Policy/Config/ADMX_AuditSettings/IncludeCmdLine', format: 'admxEnabled' },
      settingsCatalog: { id: 'device_vendor_msft_policy_config_admx_auditsettings_includecmd', source: 's' },
    },
    /is "device_vendor_msft_policy_config_admx_auditsettings_includecmdline"/,
  ],
  [
    'an ASR rule outside the group',
    {
      scope: 'Machine',
      key: 'Software\\Policies\\X',
      csp: { uri: './Device/Vendor/MSFT/Policy/Config/Defender/AttackSurfaceReductionRules', format: 'asrRule' },
      settingsCatalog: { id: 'device_vendor_msft_policy_config_defender_x', source: 's' },
    },
    /child of the rules group/,
  ],
];
for (const [name, over, want] of RULES) {
  test(`settings catalog rule: ${name}`, () => {
    const problems = settingsCatalogProblems(settingTemplateSchema.parse({ ...base, ...over }));
    if (!want) assert.equal(problems, []);
    else
      assert.ok(
        problems.some((p) => want.test(p.message)),
        JSON.stringify(problems),
      );
  });
}

for (const profile of ['recommended', 'strict'] as const) {
  test(`${profile}: every value with a Settings Catalog id goes through it, and only those`, () => {
    const plan = profilePlan(`policies/profiles/${profile}.json`);
    for (const op of plan.operations) {
      if (op.settingsCatalog) assert.is(op.routes.intune.via, 'settingsCatalog', op.id);
      else assert.is.not(op.routes.intune.via, 'settingsCatalog', op.id);
    }
    const files = renderIntune(plan).map((a) => a.path);
    for (const f of [
      'intune/settings-catalog/T1559 - Device - ASR.json',
      'intune/settings-catalog/T1559 - User - Office.json',
      'intune/IntuneManagement/SettingsCatalog/T1559 - Device - ASR.json',
    ])
      assert.ok(files.includes(f), f);
  });
}

// Warn on a rule Intune cannot warn for is routed "not carried" for Intune with the reason (the GPO still
// delivers it), never sent: neither through the Settings Catalog nor as a custom OMA-URI setting.
const WARN: [name: string, param: string, state: string, withdrawn: boolean][] = [
  ['warn on d3e037e1 (JS/VBScript downloaded content)', 'scriptLaunchDownloaded', 'warn', true],
  ['block on d3e037e1', 'scriptLaunchDownloaded', 'block', false],
  ['warn on 5beb7efe (obfuscated scripts), which Intune supports', 'obfuscatedScripts', 'warn', false],
];
for (const [name, param, state, withdrawn] of WARN) {
  for (const vehicle of ['settingsCatalog', 'customOmaUri'] as const) {
    test(`warn mode (${vehicle}): ${name}`, () => {
      const profile = profileSchema.parse({
        name: 'warn',
        intune: { vehicle },
        controls: { 'asr-script-rules': { parameters: { [param]: state } } },
      });
      const plan = resolvePlan(catalog, profile, { file: 'warn.json' });
      const rule = plan.operations.find((op) =>
        op.settings.includes(`asr-script-rules/${param === 'scriptLaunchDownloaded' ? 'script-launch-downloaded' : 'obfuscated-scripts'}`),
      );
      assert.ok(rule, plan.operations.map((op) => op.settings.join()).join('\n'));
      assert.is(rule.routes.intune.status === 'notCarried', withdrawn, JSON.stringify(rule.routes.intune));
      if (withdrawn) {
        assert.match(rule.routes.intune.reason ?? '', /does not support warn mode .* configured through Intune/);
        assert.is(rule.routes.gpo.status, 'carried', 'the GPO still delivers warn');
        // Graph bodies and scripts only: the README names the withdrawn rule on purpose, with the reason.
        const bodies = renderIntune(plan)
          .filter((a) => !a.path.endsWith('.md'))
          .map((a) => Buffer.from(a.bytes).toString('utf8'))
          .join('\n');
        const names = [rule.type === 'registry' ? rule.valueName : '', rule.settingsCatalog?.id ?? '']
          .filter(Boolean)
          .map((n) => n.toLowerCase());
        assert.ok(names.length > 0);
        for (const n of names) assert.not.ok(bodies.toLowerCase().includes(n), `${n} is in no Intune body`);
      }
    });
  }
}

test.run();
