/**
 * Channel routing decisions (src/catalog/routes.ts), one row per decision: the shape of an
 * operation -> status and vehicle in each channel. Renderers trust these; a change here is a
 * change in what reaches machines.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { auditRoutes, registryRoutes, type RegistryRouteInput } from '../../src/channels/index.js';
import { ingestionAllows } from '../../src/formats/intune-ingestion.js';
import type { Channel } from '../../src/model/plan.js';

const OFFICE_POLICY = 'software\\policies\\microsoft\\office\\16.0\\word\\security';
const OFFICE_PREF = 'Software\\Microsoft\\Office\\16.0\\Word\\Security';
const OLE = 'SOFTWARE\\Microsoft\\Ole';
const APPID = 'SOFTWARE\\Classes\\AppID\\{00020812-0000-0000-C000-000000000046}';
const DCOM = 'Software\\Policies\\Microsoft\\Windows NT\\DCOM';
const ASR = 'Software\\Policies\\Microsoft\\Windows Defender\\Windows Defender Exploit Guard\\ASR\\Rules';
const dword = { type: 'REG_DWORD' as const, data: 1 };
const binary = { type: 'REG_BINARY' as const, data: '0100' };

type Expect = Partial<Record<Channel, string>>; // "status via" or just "status"

const CASES: [string, { given: RegistryRouteInput; want: Expect }][] = [
  [
    'Office user policy DWORD',
    {
      given: { kind: 'policy', scope: 'User', key: OFFICE_POLICY, valueName: 'x', action: 'set', value: dword },
      want: {
        gpo: 'carried registry.pol',
        admx: 'carried policy',
        dscV2: 'carried RegistryPolicyFile',
        dscV3: 'notCarried',
        intune: 'carried ingestion',
      },
    },
  ],
  [
    'Office user policy delete',
    {
      given: { kind: 'policy', scope: 'User', key: OFFICE_POLICY, valueName: 'allowdde', action: 'deleteValue' },
      want: { gpo: 'carried registry.pol', admx: 'carried policy', dscV2: 'carried RegistryPolicyFile', intune: 'carried ingestion' },
    },
  ],
  [
    'Office user preference',
    {
      given: { kind: 'preference', scope: 'User', key: OFFICE_PREF, valueName: 'AllowDDE', action: 'set', value: dword },
      want: {
        gpo: 'carried preferences',
        admx: 'carried policy',
        dscV2: 'fallback RegistryPolicyFile',
        dscV3: 'notCarried',
        intune: 'carried ingestion',
      },
    },
  ],
  [
    'Ole machine preference DWORD',
    {
      given: { kind: 'preference', scope: 'Machine', key: OLE, valueName: 'LegacyAuthenticationLevel', action: 'set', value: dword },
      want: {
        gpo: 'carried preferences',
        admx: 'carried policy',
        dscV2: 'carried Registry',
        dscV3: 'carried Microsoft.Windows/Registry',
        intune: 'fallback remediation (system)',
      },
    },
  ],
  [
    'Ole binary descriptor',
    {
      given: { kind: 'preference', scope: 'Machine', key: OLE, valueName: 'DefaultLaunchPermission', action: 'set', value: binary },
      want: {
        gpo: 'fallback registry.pol',
        admx: 'notCarried',
        dscV2: 'carried Registry',
        dscV3: 'carried Microsoft.Windows/Registry',
        intune: 'fallback remediation (system)',
      },
    },
  ],
  [
    'preference QWORD: no documented GPP form either',
    {
      given: {
        kind: 'preference',
        scope: 'User',
        key: OFFICE_PREF,
        valueName: 'q',
        action: 'set',
        value: { type: 'REG_QWORD', data: '5' },
      },
      want: { gpo: 'fallback registry.pol' },
    },
  ],
  [
    'preference delete of a binary value stays a GPP delete item',
    {
      given: { kind: 'preference', scope: 'Machine', key: OLE, valueName: 'DefaultLaunchPermission', action: 'deleteValue' },
      want: { gpo: 'carried preferences' },
    },
  ],
  [
    'AppID DWORD never goes to ingestion',
    {
      given: { kind: 'preference', scope: 'Machine', key: APPID, valueName: 'AuthenticationLevel', action: 'set', value: dword },
      want: { dscV2: 'carried Registry', intune: 'fallback remediation (system)' },
    },
  ],
  [
    'DCOM SDDL security option',
    {
      given: {
        kind: 'securityOption',
        scope: 'Machine',
        key: DCOM,
        valueName: 'MachineLaunchRestriction',
        action: 'set',
        value: { type: 'REG_SZ', data: 'O:BAG:BAD:(A;;CC;;;BA)' },
      },
      want: { gpo: 'carried securityTemplate', dscV2: 'carried RegistryPolicyFile', intune: 'fallback remediation (system)' },
    },
  ],
  [
    'ASR rule has its CSP',
    {
      given: {
        kind: 'policy',
        scope: 'Machine',
        key: ASR,
        valueName: 'd4f940ab-401b-4efc-aadc-ad5f3c50688a',
        action: 'set',
        value: { type: 'REG_SZ', data: '1' },
        csp: { uri: './Device/Vendor/MSFT/Policy/Config/Defender/AttackSurfaceReductionRules', format: 'asrRule' },
      },
      want: { gpo: 'carried registry.pol', intune: 'carried csp' },
    },
  ],
  [
    'binary policy value: RegistryPolicyFile would corrupt it',
    {
      given: { kind: 'policy', scope: 'Machine', key: 'Software\\Policies\\X', valueName: 'b', action: 'set', value: binary },
      want: { dscV2: 'notCarried', admx: 'notCarried' },
    },
  ],
  [
    'create key: no value name for RegistryPolicyFile',
    {
      given: { kind: 'policy', scope: 'User', key: OFFICE_POLICY, valueName: '', action: 'createKey' },
      want: { gpo: 'carried registry.pol', dscV2: 'notCarried', admx: 'notCarried', intune: 'notCarried' },
    },
  ],
  [
    'policy default value: no value name for RegistryPolicyFile',
    {
      given: { kind: 'policy', scope: 'Machine', key: 'Software\\Policies\\X', valueName: '', action: 'set', value: dword },
      want: { dscV2: 'notCarried' },
    },
  ],
  [
    'preference delete-all: GPP cannot, Registry would delete the key',
    {
      given: { kind: 'preference', scope: 'Machine', key: OLE, valueName: '', action: 'deleteAllValues' },
      want: { gpo: 'fallback registry.pol', dscV2: 'notCarried', dscV3: 'notCarried', admx: 'notCarried' },
    },
  ],
  [
    'wildcard value name delete through Registry',
    {
      given: { kind: 'preference', scope: 'Machine', key: OLE, valueName: 'a*', action: 'deleteValue' },
      want: { dscV2: 'notCarried', dscV3: 'carried Microsoft.Windows/Registry' },
    },
  ],
  [
    'machine default value in DSC v3',
    {
      given: { kind: 'preference', scope: 'Machine', key: OLE, valueName: '', action: 'set', value: dword },
      want: { dscV2: 'carried Registry', dscV3: 'notCarried' },
    },
  ],
  [
    'QWORD under an ingestible machine key: remediation',
    {
      given: {
        kind: 'policy',
        scope: 'Machine',
        key: 'Software\\Policies\\Microsoft\\Office\\16.0\\common',
        valueName: 'q',
        action: 'set',
        value: { type: 'REG_QWORD', data: '5' },
      },
      want: { admx: 'notCarried', intune: 'fallback remediation (system)' },
    },
  ],
  [
    'user policy binary: no user-context script may write Policies',
    {
      given: { kind: 'policy', scope: 'User', key: OFFICE_POLICY, valueName: 'b', action: 'set', value: binary },
      want: { intune: 'notCarried' },
    },
  ],
  [
    'multi-string: no ADMX default, no ingestion',
    {
      given: {
        kind: 'preference',
        scope: 'User',
        key: OFFICE_PREF,
        valueName: 'm',
        action: 'set',
        value: { type: 'REG_MULTI_SZ', data: ['a'] },
      },
      want: { admx: 'notCarried', intune: 'fallback remediation (user)' },
    },
  ],
];

for (const [name, { given, want }] of CASES) {
  test(`route: ${name}`, () => {
    const routes = registryRoutes(given);
    for (const [channel, expected] of Object.entries(want) as [Channel, string][]) {
      const r = routes[channel];
      const got = expected.includes(' ') ? `${r.status} ${r.via}` : r.status;
      assert.is(got, expected, `${channel}: ${r.reason ?? ''}`);
      if (r.status !== 'carried') assert.ok(r.reason && r.reason.length > 20, `${channel}: a ${r.status} route says why`);
    }
  });
}

test('audit: GPO audit.csv, DSC v2 AuditPolicySubcategory, Intune CSP; ADMX and DSC v3 say why not', () => {
  const r = auditRoutes({
    csp: { uri: './Device/Vendor/MSFT/Policy/Config/Audit/DetailedTracking_AuditProcessCreation', format: 'integer' },
  });
  assert.equal(
    [r.gpo.via, r.dscV2.via, r.intune.via, r.admx.status, r.dscV3.status],
    ['audit.csv', 'AuditPolicySubcategory', 'csp', 'notCarried', 'notCarried'],
  );
});

const INGESTION: [string, boolean][] = [
  ['Software\\Policies\\Microsoft\\Office\\16.0\\word\\security', true],
  ['Software\\Microsoft\\Office\\16.0\\Word\\Security', true],
  ['SOFTWARE\\Microsoft\\Ole', false],
  ['Software\\Policies\\Microsoft\\Windows NT\\DCOM', false],
  ['Software\\Policies\\Microsoft\\Windows Defender\\Windows Defender Exploit Guard\\ASR', false],
  ['System\\CurrentControlSet\\Control', false],
  ['Software\\Microsoft\\OneDrive', true],
  ['Software\\Contoso\\App', true],
];
for (const [key, allowed] of INGESTION) {
  test(`ingestion ${allowed ? 'accepts' : 'refuses'} ${key}`, () => assert.is(ingestionAllows(key), allowed));
}

test.run();
