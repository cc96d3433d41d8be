/**
 * Intune target: where each operation lands, from its route (src/catalog/routes.ts) and shape. Table-driven:
 * given operations -> the profile body and OMA-URI (and value) they land in, or the remediation script pair, or
 * "not carried" (then only the README names them). Every case also checks the operation lands nowhere else.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InternalError, UserError } from '../../src/lib/errors.js';
import type { Operation } from '../../src/model/plan.js';
import { ADMX_INSTALL_URI } from '../../src/targets/intune/admx-ingestion.js';
import { renderIntune } from '../../src/targets/intune/index.js';
import { auditOp, registryOp, syntheticPlan } from '../helpers/plan-builder.js';

const ASR_RULES_URI = './Device/Vendor/MSFT/Policy/Config/Defender/AttackSurfaceReductionRules';
const ASR_EXCLUSIONS_URI = './Device/Vendor/MSFT/Policy/Config/Defender/AttackSurfaceReductionOnlyExclusions';
const AUDIT_URI = './Device/Vendor/MSFT/Policy/Config/Audit/DetailedTracking_AuditProcessCreation';
const CMDLINE_URI = './Device/Vendor/MSFT/Policy/Config/ADMX_AuditSettings/IncludeCmdLine';
const ASR_KEY = 'Software\\Policies\\Microsoft\\Windows Defender\\Windows Defender Exploit Guard\\ASR';
import { admxLocations, allSettings, byPath, ingestedAdmx, readPayload, scriptPairs, text } from '../helpers/intune-output.js';
import { loadPowerShellGrammar } from '../helpers/powershell-grammar.js';

test.before(loadPowerShellGrammar);

type Want =
  | { op: string; body: string; uri: string; value?: string | number; data?: Record<string, string> }
  | { op: string; script: 'T1559 - Machine' | 'T1559 - User' }
  | { op: string; notCarried: true };

const OFFICE_USER = 'Software\\Policies\\Microsoft\\Office\\16.0\\word\\security';
const OFFICE_MACHINE = 'Software\\Policies\\Microsoft\\Office\\16.0\\common\\security';
const userPolicyUri = (mitigation: string, policy: string) =>
  `./User/Vendor/MSFT/Policy/Config/T1559~Policy~T1559~T1559_${mitigation}/${policy}`;
const devicePolicyUri = (mitigation: string, policy: string) =>
  `./Device/Vendor/MSFT/Policy/Config/T1559~Policy~T1559~T1559_${mitigation}/${policy}`;

const CASES: [string, { given: Operation[]; want: Want[] }][] = [
  [
    'ASR rules join into one GUID=state|GUID=state string in plan order, the policy switch is implied',
    {
      given: [
        registryOp({
          id: 'asr/switch',
          scope: 'Machine',
          key: ASR_KEY,
          valueName: 'ExploitGuard_ASR_Rules',
          value: { type: 'REG_DWORD', data: 1 },
          csp: { uri: ASR_RULES_URI, format: 'implied' },
          mitigation: 'M1040',
        }),
        registryOp({
          id: 'asr/a',
          scope: 'Machine',
          key: `${ASR_KEY}\\Rules`,
          valueName: '26190899-1602-49e8-8b27-eb1d0a1ce869',
          value: { type: 'REG_SZ', data: '1' },
          csp: { uri: ASR_RULES_URI, format: 'asrRule' },
          mitigation: 'M1040',
        }),
        registryOp({
          id: 'asr/b',
          scope: 'Machine',
          key: `${ASR_KEY}\\Rules`,
          valueName: 'd4f940ab-401b-4efc-aadc-ad5f3c50688a',
          value: { type: 'REG_SZ', data: '6' },
          csp: { uri: ASR_RULES_URI, format: 'asrRule' },
          mitigation: 'M1040',
        }),
        registryOp({
          id: 'asr/c',
          scope: 'Machine',
          key: `${ASR_KEY}\\Rules`,
          valueName: 'd1e49aac-8f56-4280-b9ba-993a6d77406c',
          value: { type: 'REG_SZ', data: '2' },
          csp: { uri: ASR_RULES_URI, format: 'asrRule' },
          mitigation: 'M1040',
        }),
      ],
      want: [
        {
          op: 'asr/a',
          body: 'T1559 - Device',
          uri: ASR_RULES_URI,
          value: '26190899-1602-49e8-8b27-eb1d0a1ce869=1|d4f940ab-401b-4efc-aadc-ad5f3c50688a=6|d1e49aac-8f56-4280-b9ba-993a6d77406c=2',
        },
        { op: 'asr/switch', body: 'T1559 - Device', uri: ASR_RULES_URI },
      ],
    },
  ],
  [
    'ASR exclusions join into path|path',
    {
      given: [
        registryOp({
          id: 'asr/x1',
          scope: 'Machine',
          key: `${ASR_KEY}\\ASROnlyExclusions`,
          valueName: 'C:\\Program Files\\Contoso\\a b.exe',
          value: { type: 'REG_SZ', data: '0' },
          csp: { uri: ASR_EXCLUSIONS_URI, format: 'asrExclusion' },
        }),
        registryOp({
          id: 'asr/x2',
          scope: 'Machine',
          key: `${ASR_KEY}\\ASROnlyExclusions`,
          valueName: '%ProgramFiles%\\Fabrikam\\*',
          value: { type: 'REG_SZ', data: '0' },
          csp: { uri: ASR_EXCLUSIONS_URI, format: 'asrExclusion' },
        }),
      ],
      want: [
        {
          op: 'asr/x1',
          body: 'T1559 - Device',
          uri: ASR_EXCLUSIONS_URI,
          value: 'C:\\Program Files\\Contoso\\a b.exe|%ProgramFiles%\\Fabrikam\\*',
        },
      ],
    },
  ],
  [
    'audit success only is integer 1',
    {
      given: [auditOp('audit/s', true, false, { csp: { uri: AUDIT_URI, format: 'integer' } })],
      want: [{ op: 'audit/s', body: 'T1559 - Device', uri: AUDIT_URI, value: 1 }],
    },
  ],
  [
    'audit failure only is integer 2',
    {
      given: [auditOp('audit/f', false, true, { csp: { uri: AUDIT_URI, format: 'integer' } })],
      want: [{ op: 'audit/f', body: 'T1559 - Device', uri: AUDIT_URI, value: 2 }],
    },
  ],
  [
    'audit success and failure is integer 3',
    {
      given: [auditOp('audit/b', true, true, { csp: { uri: AUDIT_URI, format: 'integer' } })],
      want: [{ op: 'audit/b', body: 'T1559 - Device', uri: AUDIT_URI, value: 3 }],
    },
  ],
  [
    'audit neither is integer 0',
    {
      given: [auditOp('audit/n', false, false, { csp: { uri: AUDIT_URI, format: 'integer' } })],
      want: [{ op: 'audit/n', body: 'T1559 - Device', uri: AUDIT_URI, value: 0 }],
    },
  ],
  ['audit without a CSP is not carried', { given: [auditOp('audit/none', true, false)], want: [{ op: 'audit/none', notCarried: true }] }],
  [
    'command-line auditing is the ADMX-backed CSP enabled',
    {
      given: [
        registryOp({
          id: 'cmd/line',
          scope: 'Machine',
          key: 'Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\Audit',
          valueName: 'ProcessCreationIncludeCmdLine_Enabled',
          value: { type: 'REG_DWORD', data: 1 },
          csp: { uri: CMDLINE_URI, format: 'admxEnabled' },
          mitigation: 'DS0009',
        }),
      ],
      want: [{ op: 'cmd/line', body: 'T1559 - Device', uri: CMDLINE_URI, value: '<enabled/>' }],
    },
  ],
  [
    'a user Office policy goes by ingestion to the User profile, category names root to leaf',
    {
      given: [
        registryOp({
          id: 'word-thing/v',
          scope: 'User',
          key: OFFICE_USER,
          valueName: 'v',
          value: { type: 'REG_DWORD', data: 0 },
          mitigation: 'M1048',
        }),
      ],
      want: [{ op: 'word-thing/v', body: 'T1559 - User', uri: userPolicyUri('M1048', 'word_thing'), value: '<enabled/>' }],
    },
  ],
  [
    'a machine Office policy goes by ingestion to the Device profile',
    {
      given: [
        registryOp({
          id: 'office-machine/v',
          scope: 'Machine',
          key: OFFICE_MACHINE,
          valueName: 'v',
          value: { type: 'REG_DWORD', data: 2 },
          mitigation: 'M1054',
        }),
      ],
      want: [{ op: 'office-machine/v', body: 'T1559 - Device', uri: devicePolicyUri('M1054', 'office_machine'), value: '<enabled/>' }],
    },
  ],
  [
    'a user Office preference deletion goes by ingestion (a <delete/> item)',
    {
      given: [
        registryOp({
          id: 'word-dde/gone',
          scope: 'User',
          key: OFFICE_USER,
          valueName: 'allowdde',
          action: 'deleteValue',
          mitigation: 'M1042',
        }),
      ],
      want: [{ op: 'word-dde/gone', body: 'T1559 - User', uri: userPolicyUri('M1042', 'word_dde'), value: '<enabled/>' }],
    },
  ],
  [
    'a long REG_SZ and a REG_EXPAND_SZ become text elements filled with the plan data',
    {
      given: [
        registryOp({
          id: 'long-text/a',
          scope: 'User',
          key: OFFICE_USER,
          valueName: 'long',
          value: { type: 'REG_SZ', data: 'x'.repeat(300) },
        }),
        registryOp({
          id: 'long-text/b',
          scope: 'User',
          key: OFFICE_USER,
          valueName: 'expand',
          value: { type: 'REG_EXPAND_SZ', data: '%APPDATA%\\a&b<c>"d"' },
        }),
      ],
      want: [
        {
          op: 'long-text/a',
          body: 'T1559 - User',
          uri: userPolicyUri('M1042', 'long_text'),
          data: { long: 'x'.repeat(300), expand: '%APPDATA%\\a&b<c>"d"' },
        },
        { op: 'long-text/b', body: 'T1559 - User', uri: userPolicyUri('M1042', 'long_text') },
      ],
    },
  ],
  [
    'Ole values have no MDM route: the machine remediation pair',
    {
      given: [
        registryOp({
          id: 'ole/level',
          scope: 'Machine',
          key: 'SOFTWARE\\Microsoft\\Ole',
          valueName: 'LegacyAuthenticationLevel',
          value: { type: 'REG_DWORD', data: 5 },
          kind: 'preference',
          mitigation: 'M1026',
        }),
      ],
      want: [{ op: 'ole/level', script: 'T1559 - Machine' }],
    },
  ],
  [
    'AppID registrations: the machine remediation pair, binary included',
    {
      given: [
        registryOp({
          id: 'appid/launch',
          scope: 'Machine',
          key: 'SOFTWARE\\Classes\\AppID\\{00020812-0000-0000-c000-000000000046}',
          valueName: 'LaunchPermission',
          value: { type: 'REG_BINARY', data: '01000480' },
          kind: 'preference',
          mitigation: 'M1026',
        }),
        registryOp({
          id: 'appid/auth',
          scope: 'Machine',
          key: 'SOFTWARE\\Classes\\AppID\\{00020812-0000-0000-c000-000000000046}',
          valueName: 'AuthenticationLevel',
          value: { type: 'REG_DWORD', data: 5 },
          kind: 'preference',
          mitigation: 'M1026',
        }),
      ],
      want: [
        { op: 'appid/launch', script: 'T1559 - Machine' },
        { op: 'appid/auth', script: 'T1559 - Machine' },
      ],
    },
  ],
  [
    'the DCOM policy key is refused by ingestion: machine remediation',
    {
      given: [
        registryOp({
          id: 'dcom/policy',
          scope: 'Machine',
          key: 'Software\\Policies\\Microsoft\\Windows NT\\DCOM',
          valueName: 'MachineAccessRestriction',
          value: { type: 'REG_SZ', data: 'O:BAG:BAD:(A;;CCDC;;;BA)' },
          kind: 'securityOption',
          mitigation: 'M1026',
        }),
      ],
      want: [{ op: 'dcom/policy', script: 'T1559 - Machine' }],
    },
  ],
  [
    'user values ingestion cannot carry outside Policies (refused key, clear key): the user remediation pair',
    {
      given: [
        registryOp({
          id: 'user-refused/v',
          scope: 'User',
          key: 'Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings',
          valueName: 'v',
          value: { type: 'REG_DWORD', data: 1 },
          kind: 'preference',
        }),
        registryOp({ id: 'user-clear/k', scope: 'User', key: 'Software\\Microsoft\\T1559', action: 'deleteAllValues', kind: 'preference' }),
      ],
      want: [
        { op: 'user-refused/v', script: 'T1559 - User' },
        { op: 'user-clear/k', script: 'T1559 - User' },
      ],
    },
  ],
  [
    'user values under HKCU\\Software\\Policies that ingestion cannot carry: not carried (a user-context script cannot write Policies)',
    {
      given: [
        registryOp({ id: 'user-bin/v', scope: 'User', key: OFFICE_USER, valueName: 'bin', value: { type: 'REG_BINARY', data: '00ff' } }),
        registryOp({ id: 'user-key/k', scope: 'User', key: `${OFFICE_USER}\\new`, action: 'createKey' }),
        registryOp({ id: 'user-qword/v', scope: 'User', key: OFFICE_USER, valueName: 'q', value: { type: 'REG_QWORD', data: '5' } }),
        registryOp({
          id: 'user-multi/v',
          scope: 'User',
          key: OFFICE_USER,
          valueName: 'm',
          value: { type: 'REG_MULTI_SZ', data: ['a', 'b'] },
        }),
      ],
      want: [
        { op: 'user-bin/v', notCarried: true },
        { op: 'user-key/k', notCarried: true },
        { op: 'user-qword/v', notCarried: true },
        { op: 'user-multi/v', notCarried: true },
      ],
    },
  ],
  [
    'machine values an ingested ADMX cannot write (QWORD, MULTI_SZ) under an ingestible key: the system remediation pair',
    {
      given: [
        registryOp({
          id: 'machine-qword/v',
          scope: 'Machine',
          key: OFFICE_MACHINE,
          valueName: 'q',
          value: { type: 'REG_QWORD', data: '18446744073709551615' },
        }),
        registryOp({
          id: 'machine-multi/v',
          scope: 'Machine',
          key: OFFICE_MACHINE,
          valueName: 'm',
          value: { type: 'REG_MULTI_SZ', data: ['a', 'b'] },
        }),
      ],
      want: [
        { op: 'machine-qword/v', script: 'T1559 - Machine' },
        { op: 'machine-multi/v', script: 'T1559 - Machine' },
      ],
    },
  ],
];

function opOf(given: readonly Operation[], id: string): Operation {
  const op = given.find((o) => o.id === id);
  if (!op) throw new Error(`case names unknown operation ${id}`);
  return op;
}

for (const [name, { given, want }] of CASES) {
  test(`route: ${name}`, () => {
    const plan = syntheticPlan(given);
    const artifacts = renderIntune(plan);
    const settings = allSettings(artifacts);
    const pairs = scriptPairs(artifacts);
    const admx = ingestedAdmx(artifacts);
    const locations = admx ? admxLocations(admx) : new Set<string>();
    const inScripts = (id: string) =>
      [...pairs.values()].filter((p) => p.detectTable.some((e) => e.fields.get('Id') === id)).map((p) => p.name);
    for (const w of want) {
      const op = opOf(given, w.op);
      const location = op.type === 'registry' ? `${op.key}\\${op.valueName}`.toLowerCase() : '';
      if ('body' in w) {
        const hits = settings.filter((s) => s.setting.omaUri === w.uri);
        assert.is(hits.length, 1, `${w.op}: one setting at ${w.uri}`);
        assert.is(hits[0]!.profile, w.body, `${w.op}: profile`);
        if (w.value !== undefined) assert.equal(hits[0]!.setting.value, w.value, `${w.op}: value`);
        if (w.data !== undefined) {
          const payload = readPayload(String(hits[0]!.setting.value));
          assert.ok(payload.enabled);
          assert.equal(Object.fromEntries(payload.data), w.data);
        }
        assert.equal(inScripts(w.op), [], `${w.op} must not be in a script`);
        const ingested = w.uri.includes('/T1559~Policy~');
        if (op.type === 'registry')
          assert.is(locations.has(location), ingested, `${w.op}: ${ingested ? 'in' : 'not in'} the ingested ADMX`);
      } else if ('script' in w) {
        assert.equal(inScripts(w.op), [w.script], `${w.op}: script pair`);
        const pair = pairs.get(w.script)!;
        assert.ok(
          pair.remediateTable.some((e) => e.fields.get('Id') === w.op),
          `${w.op} in remediate.ps1 too`,
        );
        assert.not.ok(locations.has(location), `${w.op} must not be ingested`);
      } else {
        assert.equal(inScripts(w.op), []);
        assert.not.ok(
          settings.some((s) => s.setting.description.includes(op.controls[0]!)),
          `${w.op} in no setting`,
        );
        assert.ok(text(byPath(artifacts, 'intune/README.md')).includes(w.op), 'the README lists it as not carried');
      }
    }
  });
}

test('the ADMX install goes to the Device profile even when every ingested policy is a user policy', () => {
  const plan = syntheticPlan([
    registryOp({ id: 'word-thing/v', scope: 'User', key: OFFICE_USER, valueName: 'v', value: { type: 'REG_DWORD', data: 0 } }),
  ]);
  const settings = allSettings(renderIntune(plan));
  const install = settings.filter((s) => s.setting.omaUri === ADMX_INSTALL_URI);
  assert.is(install.length, 1);
  assert.is(install[0]!.profile, 'T1559 - Device');
  assert.is(install[0]!.setting['@odata.type'], '#microsoft.graph.omaSettingString');
  assert.equal([...new Set(settings.map((s) => s.profile))].sort(), ['T1559 - Device', 'T1559 - User']);
});

test('no ingestion, no ADMX install; nothing Intune carries, no profile at all', () => {
  const asr = registryOp({
    id: 'asr/a',
    scope: 'Machine',
    key: `${ASR_KEY}\\Rules`,
    valueName: 'd4f940ab-401b-4efc-aadc-ad5f3c50688a',
    value: { type: 'REG_SZ', data: '1' },
    csp: { uri: ASR_RULES_URI, format: 'asrRule' },
  });
  const settings = allSettings(renderIntune(syntheticPlan([asr])));
  assert.not.ok(settings.some((s) => s.setting.omaUri === ADMX_INSTALL_URI));
  const none = renderIntune(syntheticPlan([auditOp('audit/none', true, false)]));
  assert.equal(
    none.map((a) => a.path),
    ['intune/README.md'],
  );
});

const FAILURES: [string, { given: Operation[]; want: { error: typeof InternalError | typeof UserError; message: RegExp } }][] = [
  [
    'an implied operation whose URI nothing sets',
    {
      given: [
        registryOp({
          id: 'asr/switch',
          scope: 'Machine',
          key: ASR_KEY,
          valueName: 'ExploitGuard_ASR_Rules',
          value: { type: 'REG_DWORD', data: 1 },
          csp: { uri: ASR_RULES_URI, format: 'implied' },
        }),
      ],
      want: { error: InternalError, message: /nothing would carry/ },
    },
  ],
  [
    'two audit operations wanting different values on one URI',
    {
      given: [
        auditOp('audit/a', true, false, { csp: { uri: AUDIT_URI, format: 'integer' } }),
        auditOp('audit/b', false, true, { csp: { uri: AUDIT_URI, format: 'integer' } }),
      ],
      want: { error: InternalError, message: /want different values/ },
    },
  ],
];

for (const [name, { given, want }] of FAILURES) {
  test(`refused: ${name}`, () => {
    assert.throws(
      () => renderIntune(syntheticPlan(given)),
      (err: unknown) =>
        (err instanceof want.error && want.message.test((err as Error).message)) ||
        (err instanceof UserError && want.message.test(err.render())),
    );
  });
}

test.run();
