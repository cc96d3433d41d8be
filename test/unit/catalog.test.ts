/**
 * The shipped catalog (policies/catalog/*.json) against the facts of docs/domain.md: key facts resolved
 * with default parameters, opt-in rules, the Excel `Options` ban, ADMX policy names checked by hand against
 * Microsoft's ADMX files, the schema's rules (a shipped control broken one rule at a time, through the real
 * loader), and the shipped and fixture profiles. Which controls exist under which mitigation is the reviewed
 * golden of `list --json` (test/golden/list.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildCatalog, loadCatalog, loadProfile } from '../../src/catalog/load.js';
import { UserError } from '../../src/lib/errors.js';
import { resolvePlan } from '../../src/catalog/resolve.js';
import { profileSchema } from '../../src/model/profile.js';
import type { AuditOperation, Operation, Plan, RegistryOperation } from '../../src/model/plan.js';
import { packagePath } from '../../src/lib/paths.js';

const catalog = loadCatalog();
const allControls = catalog.controls;
const isRegistry = (op: Operation): op is RegistryOperation => op.type === 'registry';
const isAudit = (op: Operation): op is AuditOperation => op.type === 'audit';

/** Every control selected with its default parameters (Office 16.0 only). */
function resolveDefaults(): Plan {
  const profile = profileSchema.parse({ name: 'catalog-defaults', controls: Object.fromEntries(allControls.map((c) => [c.id, {}])) });
  return resolvePlan(catalog, profile, { file: 'catalog-defaults.json' });
}
const plan = resolveDefaults();

/*
 * Which controls exist, under which mitigation, tier and flags: the reviewed golden of `t1559 list --json`
 * (test/golden/list.json, compared in test/cli.test.ts).
 */

/* ------------------------------------------------------------------------------------------------ */
/* Key facts, resolved with default parameters                                                      */

const PV = 'software\\policies\\microsoft\\office\\16.0';
const ASR = 'Software\\Policies\\Microsoft\\Windows Defender\\Windows Defender Exploit Guard\\ASR';
const SPOT: [control: string, key: string, valueName: string, type: string, data: string | number][] = [
  ['office-protected-view', `${PV}\\word\\security\\protectedview`, 'disableinternetfilesinpv', 'REG_DWORD', 0],
  ['office-protected-view', `${PV}\\excel\\security\\protectedview`, 'disableunsafelocationsinpv', 'REG_DWORD', 0],
  ['office-protected-view', `${PV}\\powerpoint\\security\\protectedview`, 'disableattachmentsinpv', 'REG_DWORD', 0],
  ['office-protected-view', `${PV}\\excel\\security\\protectedview`, 'enableforeigntextfileprotectedview', 'REG_DWORD', 1],
  ['office-protected-view', `${PV}\\excel\\security\\protectedview`, 'enabledatabasefileprotectedview', 'REG_DWORD', 1],
  ['office-file-validation', `${PV}\\word\\security\\filevalidation`, 'enableonload', 'REG_DWORD', 1],
  ['office-file-validation', `${PV}\\excel\\security\\filevalidation`, 'openinprotectedview', 'REG_DWORD', 1],
  ['office-file-validation', `${PV}\\powerpoint\\security\\filevalidation`, 'disableeditfrompv', 'REG_DWORD', 1],
  ['office-trust-bar-alerts', `${PV}\\common\\trustcenter`, 'trustbar', 'REG_DWORD', 0],
  ['office-signed-addins', `${PV}\\word\\security`, 'requireaddinsig', 'REG_DWORD', 1],
  ['office-signed-addins', `${PV}\\excel\\security`, 'notbpromptunsignedaddin', 'REG_DWORD', 1],
  ['office-automation-security', 'software\\policies\\microsoft\\office\\common\\security', 'automationsecurity', 'REG_DWORD', 2],
  ['outlook-object-model-guard', `${PV}\\outlook\\security`, 'adminsecuritymode', 'REG_DWORD', 3],
  ['outlook-object-model-guard', `${PV}\\outlook\\security`, 'promptoomsend', 'REG_DWORD', 0],
  ['outlook-object-model-guard', `${PV}\\outlook\\security`, 'promptoomcustomaction', 'REG_DWORD', 0],
  ['outlook-object-model-guard', `${PV}\\outlook\\security`, 'addintrust', 'REG_DWORD', 1],
  ['powerpoint-run-programs', `${PV}\\powerpoint\\security`, 'runprograms', 'REG_DWORD', 0],
  [
    'office-ole-blocked-extensions',
    'software\\policies\\microsoft\\office\\common\\security',
    'blockedextensions',
    'REG_SZ',
    'py;pyw;rb;pl;ps1;psm1;psd1;jar',
  ],
  ['asr-office-rules', ASR, 'ExploitGuard_ASR_Rules', 'REG_DWORD', 1],
  // Audit first by default (Microsoft's ASR reference); the strict profile blocks.
  ['asr-office-rules', `${ASR}\\Rules`, 'd4f940ab-401b-4efc-aadc-ad5f3c50688a', 'REG_SZ', '2'],
  ['asr-office-rules', `${ASR}\\Rules`, '75668c1f-73b5-4cf0-bb93-3ecf5cb7cc84', 'REG_SZ', '2'],
  ['asr-office-rules', `${ASR}\\Rules`, '92e97fa1-2edf-4476-bdd6-9dd0b4dddc7b', 'REG_SZ', '2'],
  ['asr-script-rules', `${ASR}\\Rules`, 'be9ba2d9-53ea-4cdc-84e5-9b1eeee46550', 'REG_SZ', '1'],
  ['asr-script-rules', `${ASR}\\Rules`, 'd3e037e1-3eb8-44c8-a917-57927947596d', 'REG_SZ', '1'],
  ['asr-wmi-psexec', `${ASR}\\Rules`, 'd1e49aac-8f56-4280-b9ba-993a6d77406c', 'REG_SZ', '2'],
  ['asr-wmi-persistence', `${ASR}\\Rules`, 'e6db77e5-3df2-4cf1-b95a-636979351e5b', 'REG_SZ', '2'],
  ['word-dde-off', 'Software\\Microsoft\\Office\\16.0\\Word\\Security', 'AllowDDE', 'REG_DWORD', 0],
  ['excel-dde-server-off', `${PV}\\excel\\security\\external content`, 'disableddeserverlaunch', 'REG_DWORD', 1],
  ['excel-dde-server-off', `${PV}\\excel\\security\\external content`, 'disableddeserverlookup', 'REG_DWORD', 1],
  // ADV170021: volume-licensed Office ignores the subscription-only policies above and reads these preferences.
  ['excel-dde-server-off', 'Software\\Microsoft\\Office\\16.0\\Excel\\Security', 'DisableDDEServerLaunch', 'REG_DWORD', 1],
  ['excel-dde-server-off', 'Software\\Microsoft\\Office\\16.0\\Excel\\Security', 'DisableDDEServerLookup', 'REG_DWORD', 1],
  ['excel-dde-ignore-other-apps', `${PV}\\excel\\options\\binaryoptions`, 'fddeenabled_6_1', 'REG_DWORD', 0],
  ['office-links-no-auto-update', `${PV}\\excel\\options\\binaryoptions`, 'fupdateext_78_1', 'REG_DWORD', 0],
  ['office-links-no-auto-update', `${PV}\\word\\options`, 'dontupdatelinks', 'REG_DWORD', 1],
  ['office-links-no-auto-update', 'Software\\Microsoft\\Office\\16.0\\Word\\Options\\WordMail', 'DontUpdateLinks', 'REG_DWORD', 1],
  ['excel-dde-legacy-prefs', 'Software\\Microsoft\\Office\\16.0\\Excel\\Security', 'WorkbookLinkWarnings', 'REG_DWORD', 2],
  ['excel-dde-legacy-prefs', 'Software\\Microsoft\\Office\\16.0\\Excel\\Options', 'DDEAllowed', 'REG_DWORD', 0],
  ['office-ole-packager-block', 'Software\\Microsoft\\Office\\16.0\\PowerPoint\\Security', 'PackagerPrompt', 'REG_DWORD', 2],
  ['onenote-embedded-files-off', `${PV}\\onenote\\options`, 'disableembeddedfiles', 'REG_DWORD', 1],
  [
    'onenote-blocked-extensions',
    `${PV}\\onenote\\options\\embeddedfileopenoptions`,
    'blockedextensions',
    'REG_SZ',
    '.js;.jse;.vbs;.vbe;.wsf;.wsh;.hta;.cmd;.bat;.ps1;.lnk;.chm;.exe;.scr;.msi;',
  ],
  [
    'dcom-machine-restrictions',
    'Software\\Policies\\Microsoft\\Windows NT\\DCOM',
    'MachineLaunchRestriction',
    'REG_SZ',
    'O:BAG:BAD:(A;;CCDCLCSWRP;;;BA)(A;;CCDCSW;;;WD)(A;;CCDCSW;;;AC)',
  ],
  [
    'dcom-machine-restrictions',
    'Software\\Policies\\Microsoft\\Windows NT\\DCOM',
    'MachineAccessRestriction',
    'REG_SZ',
    'O:BAG:BAD:(A;;CCDCLC;;;WD)(A;;CCDC;;;AN)(A;;CCDC;;;AC)',
  ],
  ['dcom-disable-remote', 'SOFTWARE\\Microsoft\\Ole', 'EnableDCOM', 'REG_SZ', 'N'],
  ['com-default-authentication', 'SOFTWARE\\Microsoft\\Ole', 'LegacyAuthenticationLevel', 'REG_DWORD', 5],
  ['com-default-authentication', 'SOFTWARE\\Microsoft\\Ole', 'LegacyImpersonationLevel', 'REG_DWORD', 2],
  ['dcom-activation-integrity', 'SOFTWARE\\Microsoft\\Ole\\AppCompat', 'RequireIntegrityActivationAuthenticationLevel', 'REG_DWORD', 1],
  ['dcom-activation-integrity', 'SOFTWARE\\Microsoft\\Ole\\AppCompat', 'RaiseActivationAuthenticationLevel', 'REG_DWORD', 2],
  ['office-block-internet-macros', `${PV}\\word\\security`, 'blockcontentexecutionfrominternet', 'REG_DWORD', 1],
  ['office-block-internet-macros', `${PV}\\access\\security`, 'blockcontentexecutionfrominternet', 'REG_DWORD', 1],
  ['office-vba-macro-notification', `${PV}\\excel\\security`, 'vbawarnings', 'REG_DWORD', 2],
  ['office-vba-macro-notification', `${PV}\\publisher\\security`, 'vbawarnings', 'REG_DWORD', 2],
  ['office-macro-runtime-scan', `${PV}\\common\\security`, 'macroruntimescanscope', 'REG_DWORD', 2],
  [
    'publisher-automation-security',
    'software\\policies\\microsoft\\office\\common\\security',
    'automationsecuritypublisher',
    'REG_DWORD',
    2,
  ],
  ['office-signed-addins', `${PV}\\visio\\security`, 'requireaddinsig', 'REG_DWORD', 1],
  ['office-disable-all-addins', `${PV}\\onenote\\security`, 'disablealladdins', 'REG_DWORD', 1],
  ['outlook-ole-activex-macros', `${PV}\\outlook\\security`, 'showolepackageobj', 'REG_DWORD', 0],
  ['outlook-ole-activex-macros', `${PV}\\outlook\\security`, 'allowactivexoneoffforms', 'REG_DWORD', 0],
  ['outlook-ole-activex-macros', `${PV}\\outlook\\security`, 'level', 'REG_DWORD', 3],
  ['outlook-ole-activex-macros', `${PV}\\outlook\\security`, 'promptsimplemapisend', 'REG_DWORD', 1],
  ['onenote-com-api-off', `${PV}\\onenote\\security`, 'disablecomapi', 'REG_DWORD', 1],
  [
    'dcom-no-local-activation-exemptions',
    'Software\\Policies\\Microsoft\\Windows NT\\DCOM\\AppCompat',
    'AllowLocalActivationSecurityCheckExemptionList',
    'REG_DWORD',
    0,
  ],
  ['office-activex-initialization', 'software\\policies\\microsoft\\office\\common\\security', 'uficontrols', 'REG_DWORD', 6],
  ['office-activex-initialization', 'software\\policies\\microsoft\\vba\\security', 'loadcontrolsinforms', 'REG_DWORD', 4],
  ['office-disable-all-activex', 'software\\policies\\microsoft\\office\\common\\security', 'disableallactivex', 'REG_DWORD', 1],
  ['office-com-category-allow-lists', `${PV}\\common\\com categories`, 'checkofficeole', 'REG_DWORD', 2],
  [
    'office-ie-feature-controls',
    'Software\\Microsoft\\Internet Explorer\\Main\\FeatureControl\\FEATURE_SAFE_BINDTOOBJECT',
    'winword.exe',
    'REG_DWORD',
    1,
  ],
  [
    'office-ie-feature-controls',
    'Software\\Microsoft\\Internet Explorer\\Main\\FeatureControl\\FEATURE_RESTRICT_ACTIVEXINSTALL',
    'mspub.exe',
    'REG_DWORD',
    1,
  ],
  ['excel-dde-carrier-files', `${PV}\\excel\\security\\fileblock`, 'difandsylkfiles', 'REG_DWORD', 2],
  ['excel-dde-carrier-files', `${PV}\\excel\\security\\external content`, 'enableblockunsecurequeryfiles', 'REG_DWORD', 1],
  [
    'audit-process-creation',
    'Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\Audit',
    'ProcessCreationIncludeCmdLine_Enabled',
    'REG_DWORD',
    1,
  ],
];

for (const [control, key, valueName, type, data] of SPOT) {
  test(`${control}: ${key}\\${valueName} = ${type} ${data}`, () => {
    const ops = plan.operations.filter(isRegistry).filter((o) => o.key === key && o.valueName === valueName);
    assert.is(ops.length, 1, `expected one write to ${key}\\${valueName}, found ${ops.length}`);
    const op = ops[0]!;
    assert.ok(op.controls.includes(control), `written by ${op.controls.join(', ')}, not ${control}`);
    assert.is(op.action, 'set');
    assert.equal(op.value, { type, data });
  });
}

test('Word DDE policy Disabled is an explicit delete of allowdde', () => {
  const op = plan.operations.filter(isRegistry).find((o) => o.key === `${PV}\\word\\security` && o.valueName === 'allowdde');
  assert.ok(op);
  assert.is(op.action, 'deleteValue');
  assert.is(op.value, undefined);
  assert.equal(op.admx && [op.admx.file, op.admx.policy, op.admx.state], ['word16', 'L_AllowDDE', 'Disabled']);
});

test('process creation audit: subcategory GUID, success only, Intune CSP', () => {
  const ops = plan.operations.filter(isAudit);
  assert.is(ops.length, 1);
  const op = ops[0]!;
  assert.equal(op.audit, {
    subcategory: 'Process Creation',
    guid: '{0CCE922B-69AE-11D9-BED3-505054503030}',
    success: true,
    failure: false,
  });
  assert.equal(op.csp, { uri: './Device/Vendor/MSFT/Policy/Config/Audit/DetailedTracking_AuditProcessCreation', format: 'integer' });
  const cmd = plan.operations.filter(isRegistry).find((o) => o.valueName === 'ProcessCreationIncludeCmdLine_Enabled');
  assert.equal(cmd?.csp, { uri: './Device/Vendor/MSFT/Policy/Config/ADMX_AuditSettings/IncludeCmdLine', format: 'admxEnabled' });
});

test('the ASR controls share one merged ExploitGuard_ASR_Rules = 1 and every rule has the asrRule CSP', () => {
  const enable = plan.operations.filter(isRegistry).filter((o) => o.valueName === 'ExploitGuard_ASR_Rules');
  assert.is(enable.length, 1);
  assert.equal(enable[0]!.controls, ['asr-office-rules', 'asr-script-rules', 'asr-wmi-persistence', 'asr-wmi-psexec']);
  assert.equal(enable[0]!.csp, { uri: './Device/Vendor/MSFT/Policy/Config/Defender/AttackSurfaceReductionRules', format: 'implied' });
  const rules = plan.operations.filter(isRegistry).filter((o) => o.key === `${ASR}\\Rules`);
  assert.is(rules.length, 10);
  for (const r of rules) {
    assert.is(r.value?.type, 'REG_SZ');
    assert.equal(r.csp, { uri: './Device/Vendor/MSFT/Policy/Config/Defender/AttackSurfaceReductionRules', format: 'asrRule' });
  }
  // Empty default exclusions write nothing.
  assert.not.ok(
    plan.operations.some(
      (o) => isRegistry(o) && (o.key.endsWith('ASROnlyExclusions') || o.valueName === 'ExploitGuard_ASR_ASROnlyExclusions'),
    ),
  );
});

test('the injection rule offers no warn state; no Outlook guard choice ever writes 2 (automatically approve)', () => {
  assert.equal((catalog.byId.get('asr-office-rules')!.parameters['codeInjection'] as { values: string[] }).values, [
    'block',
    'audit',
    'off',
  ]);
  const guard = catalog.byId.get('outlook-object-model-guard')!;
  for (const s of guard.settings) {
    const data = s.value?.data;
    if (data !== null && typeof data === 'object' && !Array.isArray(data) && data.map)
      assert.not.ok(Object.values(data.map).includes(2), s.id);
    else assert.is.not(data, 2, s.id);
  }
});

/* ------------------------------------------------------------------------------------------------ */
/* Catalog-wide rules                                                                               */

test('every opt-in or unconfirmed control says why in a sentence, not a word', () => {
  for (const c of allControls)
    if (c.tier === 'optIn' || !c.confirmed) assert.ok(c.optInReason && c.optInReason.length > 20, `${c.id} needs a real optInReason`);
});

test('controls that write security descriptors or EnableDCOM carry lockoutRisk and are opt-in', () => {
  for (const c of allControls) {
    const risky = c.settings.some(
      (s) =>
        s.valueName === 'EnableDCOM' ||
        (s.value && typeof s.value.data === 'object' && !Array.isArray(s.value.data) && 'encode' in s.value.data) ||
        s.kind === 'securityOption',
    );
    if (risky) {
      assert.ok(c.lockoutRisk, `${c.id} should carry lockoutRisk`);
      assert.is(c.tier, 'optIn', c.id);
    }
  }
});

test('no setting writes the Excel "Options" bitmask value', () => {
  for (const c of allControls)
    for (const s of c.settings) assert.not.ok(/\\excel\\/i.test(s.key ?? '') && /^options$/i.test(s.valueName ?? ''), `${c.id}/${s.id}`);
  for (const op of plan.operations.filter(isRegistry)) assert.not.ok(/\\excel\\/i.test(op.key) && /^options$/i.test(op.valueName), op.id);
});

test('Office keys: policy keys use the ADMX spelling (lower case) and 16.0 only; preference keys list 14.0-16.0 at most', () => {
  for (const c of allControls)
    for (const s of c.settings) {
      const key = s.key ?? '';
      if (/^software\\policies\\microsoft\\office\\/i.test(key)) {
        assert.is(key, key.toLowerCase(), `${c.id}/${s.id}: ADMX keys are lower case`);
        if (key.includes('{version}')) assert.equal(s.officeVersions, ['16.0'], `${c.id}/${s.id}`);
      } else if (key.includes('{version}')) {
        assert.ok(s.officeVersions && s.officeVersions.every((v) => ['14.0', '15.0', '16.0'].includes(v)), `${c.id}/${s.id}`);
      }
    }
});

test('SDDL parameter defaults never contain a deny ACE', () => {
  for (const c of allControls)
    for (const [name, spec] of Object.entries(c.parameters)) {
      if (spec.type === 'sddl') {
        assert.ok(spec.default.startsWith('O:BAG:BAD:'), `${c.id}.${name}`);
        assert.not.ok(/\((O?D);/.test(spec.default), `${c.id}.${name} denies`);
      }
    }
});

/**
 * ADMX policy names verified by hand against Microsoft's files (word16, excel16, ppt16, office16, outlk16,
 * onent16 2016 templates; WindowsDefender.admx; AuditSettings.admx): key, value name, enabled/disabled
 * values or element, class and GPMC category path.
 */
const VERIFIED_ADMX: Record<string, string[]> = {
  access16: [
    'L_BlockMacroExecutionFromInternet',
    'L_DisableTrustBarNotificationforunsigned',
    'L_Disableallapplicationextensions',
    'L_RequirethatApplicationExtensionsaresigned',
    'L_VBAWarningsPolicy',
  ],
  AuditSettings: ['IncludeCmdLine'],
  DCOM: ['DCOMActivationSecurityCheckAllowLocalList'],
  excel16: [
    'L_Asktoupdateautomaticlinks',
    'L_BlockMacroExecutionFromInternet',
    'L_DifAndSylkFiles',
    'L_DisableDDEServerLaunch',
    'L_DisableDDEServerLookup',
    'L_DisableTrustBarNotificationforunsigned',
    'L_Disableallapplicationextensions',
    'L_DoNotOpenFilesFromTheInternetZoneInProtectedView',
    'L_DoNotOpenFilesInUnsafeLocationsInProtectedView',
    'L_EnableBlockUnsecureQueryFiles',
    'L_EnableDataBaseFileProtectedView',
    'L_EnableForeignTextFileProtectedView',
    'L_Ignoreotherapplications',
    'L_OpenFilesOnLocalIntranetUNCInProtectedView',
    'L_RequirethatApplicationExtensionsaresigned',
    'L_SetDocumentBehaviorIfFileValidationFails',
    'L_TurnOffFileValidation',
    'L_TurnOffProtectedViewForAttachmentsOpenedFromOutlook',
    'L_VBAWarningsPolicy',
  ],
  office16: [
    'L_ActiveXControlInitialization',
    'L_AutomationSecurity',
    'L_BlockedExtensions',
    'L_CheckActiveXObjects',
    'L_CheckExcelRTDServers',
    'L_CheckOLEObjects',
    'L_DisableAllActiveX',
    'L_DisableallTrustBarnotificationsfor',
    'L_LoadControlsinForms3',
    'L_MacroRuntimeScanScope',
  ],
  onent16: ['L_DisableOneNoteCOMAPI', 'L_Disableembeddedfiles', 'L_DisableinstalledOneNoteaddins', 'L_EmbeddedFilesBlockedExtensions'],
  outlk16: [
    'L_AllowActiveXOneOffForms',
    'L_ConfigureAddInTrustLevel',
    'L_OOMAddressAccess',
    'L_OOMAddressBook',
    'L_OOMFormula',
    'L_OOMMeetingTaskRequest',
    'L_OOMSaveAs',
    'L_OOMSend',
    'L_OnExecuteCustomActionOOM',
    'L_OutlookSecurityMode',
    'L_SecurityLevelOutlook',
    'L_ShowOLEPackageObj',
    'L_SimpleMapiNameResolve',
    'L_SimpleMapiOpenMessage',
    'L_SimpleMapiSend',
  ],
  ppt16: [
    'L_BlockMacroExecutionFromInternet',
    'L_DisableTrustBarNotificationforunsigned',
    'L_Disableallapplicationextensions',
    'L_DoNotOpenFilesFromTheInternetZoneInProtectedView',
    'L_DoNotOpenFilesInUnsafeLocationsInProtectedView',
    'L_OpenFilesOnLocalIntranetUNCInProtectedView',
    'L_RequirethatApplicationExtensionsaresigned',
    'L_RunPrograms',
    'L_SetDocumentBehaviorIfFileValidationFails',
    'L_TurnOffFileValidation',
    'L_TurnOffProtectedViewForAttachmentsOpenedFromOutlook',
    'L_VBAWarningsPolicy',
  ],
  pub16: [
    'L_DisableTrustBarNotificationforunsigned',
    'L_Disableallapplicationextensions',
    'L_PublisherAutomationSecurityLevel',
    'L_RequirethatApplicationExtensionsaresigned',
    'L_VBAWarningsPolicy',
  ],
  visio16: [
    'L_BlockMacroExecutionFromInternet',
    'L_DisableTrustBarNotificationforunsigned',
    'L_Disableallapplicationextensions',
    'L_RequirethatApplicationExtensionsaresigned',
    'L_VBAWarningsPolicy',
  ],
  WindowsDefender: ['ExploitGuard_ASR_ASROnlyExclusions', 'ExploitGuard_ASR_Rules'],
  word16: [
    'L_AllowDDE',
    'L_BlockMacroExecutionFromInternet',
    'L_DisableTrustBarNotificationforunsigned',
    'L_Disableallapplicationextensions',
    'L_DoNotOpenFilesFromTheInternetZoneInProtectedView',
    'L_DoNotOpenFilesInUnsafeLocationsInProtectedView',
    'L_OpenFilesOnLocalIntranetUNCInProtectedView',
    'L_RequirethatApplicationExtensionsaresigned',
    'L_SetDocumentBehaviorIfFileValidationFails',
    'L_TurnOffFileValidation',
    'L_TurnOffProtectedViewForAttachmentsOpenedFromOutlook',
    'L_UpdateautomaticlinksatOpen',
    'L_VBAWarningsPolicy',
  ],
};

test("every ADMX mapping names a policy verified in Microsoft's ADMX files", () => {
  let n = 0;
  for (const c of allControls)
    for (const s of c.settings) {
      if (!s.admx) continue;
      n++;
      assert.ok(VERIFIED_ADMX[s.admx.file]?.includes(s.admx.policy), `${c.id}/${s.id}: ${s.admx.file}/${s.admx.policy} was not verified`);
      const machine = ['WindowsDefender', 'AuditSettings', 'DCOM'].includes(s.admx.file);
      assert.is(s.scope, machine ? 'Machine' : 'User', `${c.id}/${s.id}: ADMX class`);
    }
  assert.ok(n >= 60, `only ${n} ADMX mappings`);
});

/* ------------------------------------------------------------------------------------------------ */
/* Rules the catalog schema enforces: a shipped control broken one way at a time, through the real loader */

/** A shipped control as written in policies/catalog (raw JSON, before defaults), to break one rule at a time. */
function shippedControl(id: string): Record<string, unknown> & { settings: Record<string, unknown>[] } {
  for (const name of readdirSync(packagePath('policies', 'catalog'))) {
    const data = JSON.parse(readFileSync(packagePath('policies', 'catalog', name), 'utf8')) as { controls: { id: string }[] };
    const found = data.controls.find((c) => c.id === id);
    if (found) return structuredClone(found) as unknown as ReturnType<typeof shippedControl>;
  }
  throw new Error(`no shipped control ${id}`);
}

function catalogProblems(files: { file: string; data: unknown }[]): string[] {
  try {
    buildCatalog(files);
  } catch (err) {
    assert.instance(err, UserError);
    assert.is((err as UserError).code, 'E_SCHEMA');
    return (err as UserError).problems.map((p) => `${p.where}: ${p.message}`);
  }
  return [];
}

test('the unbroken control loads (so each case below fails for its one defect)', () => {
  assert.equal(catalogProblems([{ file: 'c.json', data: { controls: [shippedControl('word-dde-off')] } }]), []);
});

const BROKEN: [string, { change: (c: ReturnType<typeof shippedControl>) => void; want: string }][] = [
  [
    'an opt-in control without optInReason',
    {
      change: (c) => (c.tier = 'optIn'),
      want: 'c.json: $.controls[0].optInReason: opt-in and unconfirmed controls must say why in "optInReason"',
    },
  ],
  [
    'an unconfirmed control outside the opt-in tier',
    {
      change: (c) => {
        c.confirmed = false;
        c.optInReason = 'not confirmed by a Microsoft source yet';
        c.settings[0]!.confirmed = false;
      },
      want: 'c.json: $.controls[0].tier: a control not confirmed by a Microsoft source must be tier "optIn"',
    },
  ],
  [
    'a confirmed control holding an unconfirmed setting',
    {
      change: (c) => (c.settings[1]!.confirmed = false),
      want: 'c.json: $.controls[0].confirmed: a confirmed control cannot hold unconfirmed settings',
    },
  ],
  [
    'a preference setting under Software\\Policies',
    {
      change: (c) => (c.settings[0]!.kind = 'preference'),
      want: 'c.json: $.controls[0].settings[0].kind: a key under Software\\Policies is kind "policy", not "preference"',
    },
  ],
  [
    'a policy setting outside Software\\Policies',
    {
      change: (c) => (c.settings[1]!.kind = 'policy'),
      want: 'c.json: $.controls[0].settings[1].kind: kind "policy" needs a key under Software\\Policies (otherwise use "preference")',
    },
  ],
];

for (const [name, { change, want }] of BROKEN) {
  test(`the catalog loader refuses ${name}`, () => {
    const control = shippedControl('word-dde-off');
    change(control);
    assert.equal(catalogProblems([{ file: 'c.json', data: { controls: [control] } }]), [want]);
  });
}

test('the catalog loader refuses a control id defined in two files', () => {
  const control = shippedControl('word-dde-off');
  assert.equal(
    catalogProblems([
      { file: 'a.json', data: { controls: [control] } },
      { file: 'b.json', data: { controls: [control] } },
    ]),
    ['b.json: $.controls[0].id: control "word-dde-off" is also defined in a.json'],
  );
});

/* ------------------------------------------------------------------------------------------------ */
/* Shipped profiles and fixtures                                                                    */

const profilePath = (...p: string[]) => packagePath(...p);
const resolveFile = (path: string) => resolvePlan(catalog, loadProfile(path), { file: path });

test('recommended.json selects exactly the recommended tier and resolves', () => {
  const path = profilePath('policies', 'profiles', 'recommended.json');
  const profile = loadProfile(path);
  assert.equal(
    Object.keys(profile.controls).sort(),
    allControls
      .filter((c) => c.tier === 'recommended')
      .map((c) => c.id)
      .sort(),
  );
  assert.not.ok(profile.acknowledgeLockoutRisk);
  assert.equal(profile.officeVersions, ['16.0']);
  assert.ok(resolveFile(path).operations.length > 30);
});

test('strict.json selects recommended + strict tiers, no lockout risk, and resolves', () => {
  const path = profilePath('policies', 'profiles', 'strict.json');
  const profile = loadProfile(path);
  assert.equal(
    Object.keys(profile.controls).sort(),
    allControls
      .filter((c) => c.tier !== 'optIn')
      .map((c) => c.id)
      .sort(),
  );
  assert.not.ok(profile.acknowledgeLockoutRisk);
  for (const id of Object.keys(profile.controls)) assert.not.ok(catalog.byId.get(id)!.lockoutRisk, id);
  const p = resolveFile(path);
  const automation = p.operations.filter(isRegistry).find((o) => o.valueName === 'automationsecurity');
  assert.equal(automation?.value, { type: 'REG_DWORD', data: 3 });
});

test('fixture every-type.json exercises every value type, action and parameter type the catalog uses', () => {
  const path = profilePath('test', 'fixtures', 'profiles', 'every-type.json');
  const p = resolveFile(path);
  const regOps = p.operations.filter(isRegistry);
  const catalogTypes = new Set(allControls.flatMap((c) => c.settings.flatMap((s) => (s.value ? [s.value.type] : []))));
  const catalogActions = new Set(allControls.flatMap((c) => c.settings.map((s) => s.action)));
  const catalogParamTypes = new Set(allControls.flatMap((c) => Object.values(c.parameters).map((s) => s.type)));
  assert.equal([...new Set(regOps.flatMap((o) => (o.value ? [o.value.type] : [])))].sort(), [...catalogTypes].sort());
  assert.equal([...new Set(regOps.map((o) => o.action))].sort(), [...catalogActions].sort());
  const selectedParamTypes = new Set(p.controls.flatMap((c) => Object.values(catalog.byId.get(c.id)!.parameters).map((s) => s.type)));
  assert.equal([...selectedParamTypes].sort(), [...catalogParamTypes].sort());
  assert.ok(p.operations.some(isAudit), 'audit subcategory');
  assert.ok(
    regOps.some((o) => o.sddl !== undefined && o.value?.type === 'REG_BINARY'),
    'encode',
  );
  assert.is(
    regOps
      .filter((o) => o.key.startsWith('SOFTWARE\\Classes\\AppID\\'))
      .map((o) => o.key)
      .filter((k, i, a) => a.indexOf(k) === i).length,
    2,
    'two AppIDs',
  );
  assert.is(regOps.filter((o) => o.key.endsWith('\\ASROnlyExclusions')).length, 2, 'two exclusions');
  assert.ok(regOps.some((o) => o.officeVersion === '15.0') && regOps.some((o) => o.officeVersion === '16.0'), 'multi-version expansion');
});

test('fixture appids.json is strict plus AppID lockdown and default permissions', () => {
  const path = profilePath('test', 'fixtures', 'profiles', 'appids.json');
  const strict = loadProfile(profilePath('policies', 'profiles', 'strict.json'));
  const profile = loadProfile(path);
  assert.equal(
    Object.keys(profile.controls).sort(),
    [...Object.keys(strict.controls), 'com-appid-lockdown', 'com-default-permissions'].sort(),
  );
  const p = resolveFile(path);
  assert.ok(p.operations.some((o) => isRegistry(o) && o.valueName === 'DefaultLaunchPermission' && o.value?.type === 'REG_BINARY'));
});

test('shipped profiles point at the generated profile schema', () => {
  for (const name of ['recommended', 'strict']) {
    const raw = JSON.parse(readFileSync(profilePath('policies', 'profiles', `${name}.json`), 'utf8')) as { $schema?: string };
    assert.is(raw.$schema, '../profile.schema.json');
  }
});

test.run();
