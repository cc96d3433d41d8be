/**
 * intune/README.md says what the bundle holds: the number of vehicles, the IntuneManagement folders, the
 * Graph assignment body and which profiles turn the ingested policies on are each derived from the bundle.
 * Bundles are cut from the strict profile's plan so that each part is present or absent in turn.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Operation, Plan } from '../../src/model/plan.js';
import { renderIntune } from '../../src/targets/intune/index.js';
import { syntheticPlan } from '../helpers/plan-builder.js';
import { profilePlan } from '../helpers/profile-plans.js';

/** The base plan with these operations instead of its own. */
const withOps = (plan: Plan, operations: Operation[]): Plan => syntheticPlan(operations, { base: plan });
const strict = profilePlan('policies/profiles/strict.json');
const via = (op: Operation) => (op.routes.intune.status === 'notCarried' ? 'none' : op.routes.intune.via);
// The custom OMA-URI vehicle choice is where native CSP settings appear (Settings Catalog is the default).
const customOmaUri = profilePlan('test/fixtures/profiles/strict-custom-oma-uri.json');
const keep = (pred: (op: Operation) => boolean, from: Plan = strict): Plan => withOps(from, from.operations.filter(pred));
const isCatalog = (op: Operation) => via(op) === 'settingsCatalog';
const isCsp = (op: Operation) => via(op) === 'csp';
const isIngestion = (op: Operation) => via(op) === 'ingestion';
const isRemediation = (op: Operation) => via(op).startsWith('remediation');

interface Want {
  vehicles: string;
  catalog?: boolean;
  csp: boolean;
  ingestionProfiles?: string;
  remediations: boolean;
  imFolders?: string;
}

const CASES: [string, Plan, Want][] = [
  [
    'strict (Settings Catalog, ingestion, remediations)',
    strict,
    {
      vehicles: 'three vehicles',
      catalog: true,
      csp: false,
      ingestionProfiles: 'Device and User profiles turn',
      remediations: true,
      imFolders: 'SettingsCatalog, DeviceConfiguration, DeviceHealthScripts',
    },
  ],
  [
    'Settings Catalog only',
    keep(isCatalog),
    { vehicles: 'one vehicle', catalog: true, csp: false, remediations: false, imFolders: 'SettingsCatalog' },
  ],
  [
    'custom OMA-URI (CSP, ingestion, remediations)',
    customOmaUri,
    {
      vehicles: 'three vehicles',
      csp: true,
      ingestionProfiles: 'User profile turns',
      remediations: true,
      imFolders: 'DeviceConfiguration, DeviceHealthScripts',
    },
  ],
  ['CSP only', keep(isCsp, customOmaUri), { vehicles: 'one vehicle', csp: true, remediations: false, imFolders: 'DeviceConfiguration' }],
  [
    'ingestion only',
    keep((op) => isIngestion(op) && op.scope === 'User'),
    { vehicles: 'one vehicle', csp: false, ingestionProfiles: 'User profile turns', remediations: false, imFolders: 'DeviceConfiguration' },
  ],
  ['remediations only', keep(isRemediation), { vehicles: 'one vehicle', csp: false, remediations: true, imFolders: 'DeviceHealthScripts' }],
  [
    'CSP and remediations',
    keep((op) => isCsp(op) || isRemediation(op), customOmaUri),
    { vehicles: 'two vehicles', csp: true, remediations: true, imFolders: 'DeviceConfiguration, DeviceHealthScripts' },
  ],
  [
    'ingestion on both sides',
    withOps(strict, [
      ...strict.operations.filter(isIngestion),
      ...strict.operations
        .filter(isIngestion)
        .slice(0, 1)
        .map(
          (op) => ({ ...op, id: `${op.id}-machine`, scope: 'Machine' as const, key: op.type === 'registry' ? op.key : '' }) as Operation,
        ),
    ]),
    {
      vehicles: 'one vehicle',
      csp: false,
      ingestionProfiles: 'Device and User profiles turn',
      remediations: false,
      imFolders: 'DeviceConfiguration',
    },
  ],
  ['nothing Intune carries', keep((op) => via(op) === 'none'), { vehicles: 'no vehicles', csp: false, remediations: false }],
];

for (const [name, plan, want] of CASES) {
  test(`intune README says what the bundle holds: ${name}`, () => {
    const artifacts = renderIntune(plan);
    const readme = Buffer.from(artifacts.find((a) => a.path === 'intune/README.md')!.bytes).toString('utf8');
    if (want.vehicles === 'no vehicles') assert.not.match(readme, /through \w+ vehicles?/);
    else assert.ok(readme.includes(`Intune through ${want.vehicles},`), `vehicle count: ${want.vehicles}`);
    assert.is(readme.includes('**Settings Catalog policies**'), want.catalog ?? false, 'Settings Catalog bullet');
    assert.is(readme.includes('**Native Policy CSP settings**'), want.csp, 'CSP bullet');
    assert.is(readme.includes('**ADMX ingestion**'), want.ingestionProfiles !== undefined, 'ingestion bullet');
    if (want.ingestionProfiles) assert.ok(readme.includes(want.ingestionProfiles), `ingestion: ${want.ingestionProfiles}`);
    assert.not.ok(
      readme.includes('Device and User profiles turn') && want.ingestionProfiles !== 'Device and User profiles turn',
      'no Device profile claimed when it has no policy',
    );
    assert.is(readme.includes('**Remediations**'), want.remediations, 'remediations bullet');
    const imRow = /\| `IntuneManagement\/` \| The same objects laid out for IntuneManagement's import \(([^)]*)\)/.exec(readme);
    assert.is(imRow?.[1], want.imFolders, 'IntuneManagement row names only the folders that exist');
    for (const folder of ['SettingsCatalog', 'DeviceConfiguration', 'DeviceHealthScripts']) {
      const exists = artifacts.some((a) => a.path.startsWith(`intune/IntuneManagement/${folder}/`));
      assert.is(exists, (want.imFolders ?? '').includes(folder), `${folder} folder exists exactly when named`);
    }
    const assignable = (want.catalog ?? false) || want.csp || want.ingestionProfiles !== undefined;
    assert.is(
      readme.includes('$assignment'),
      /(deviceConfigurations|configurationPolicies)\/' \+ \$\w+\.id \+ '\/assign/.test(readme),
      '$assignment only with a policy or profile to assign',
    );
    assert.is(readme.includes('$assignment ='), assignable, 'assignment body exactly when there are policies or profiles');
    assert.is(readme.includes('*Settings Catalog*'), (want.catalog ?? false) && want.imFolders !== undefined);
    assert.is(readme.includes('*Health Scripts*'), want.remediations && want.imFolders !== undefined);
    assert.is(
      readme.includes('*Device Configuration*'),
      (want.csp || want.ingestionProfiles !== undefined) && want.imFolders !== undefined,
    );
  });
}

test.run();
