/**
 * The channels' rules that used to surface only while rendering: data a channel's format cannot hold is a
 * profile problem at resolve (with the profile's JSON path), and cross-operation limits withdraw a route.
 * So `build --target plan` accepts exactly the profiles every target accepts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { operationsByVehicle, registryRoutes } from '../../src/channels/index.js';
import { buildCatalog, loadCatalog } from '../../src/catalog/load.js';
import { resolvePlan } from '../../src/catalog/resolve.js';
import { UserError } from '../../src/lib/errors.js';
import { profileSchema } from '../../src/model/profile.js';
import { VEHICLES } from '../../src/model/routes.js';
import { renderTargets } from '../../src/targets/index.js';

const shipped = loadCatalog();

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (err) {
    if (err instanceof UserError) return err.problems.map((p) => `${p.where}: ${p.message}`);
    throw err;
  }
  return [];
}

const REFUSED: [name: string, controls: Record<string, unknown>, want: RegExp][] = [
  [
    'an ASR exclusion containing the "|" that joins exclusions in the Defender CSP',
    { 'asr-office-rules': { parameters: { exclusions: ['C:\\Tools\\ok.exe', 'C:\\a|b.exe'] } } },
    /p\.json: \$\.controls\["asr-office-rules"\]\.parameters\.exclusions\[1\]: .*"\|"/,
  ],
  [
    'an unpaired surrogate in an exclusion (no UTF-8 artifact can hold it)',
    { 'asr-office-rules': { parameters: { exclusions: ['C:\\a\uD800.exe'] } } },
    /\$\.controls\["asr-office-rules"\]\.parameters\.exclusions\[0\]: .*unpaired UTF-16 surrogate/,
  ],
];

for (const [name, controls, want] of REFUSED) {
  test(`refused at resolve, whatever the targets: ${name}`, () => {
    for (const targets of [['plan'], ['dsc'], ['intune']]) {
      const problems = problemsOf(() => resolvePlan(shipped, profileSchema.parse({ name: 't', targets, controls }), { file: 'p.json' }));
      assert.ok(
        problems.some((p) => want.test(p)),
        `${targets}: ${problems.join('\n')}`,
      );
    }
  });
}

test('Intune: the channel refuses a "|" in an ASR exclusion even when a catalog parameter allows it', () => {
  const asr = shipped.byId.get('asr-office-rules')!;
  const lax = { ...asr, parameters: { ...asr.parameters, exclusions: { type: 'stringList', default: [], description: 'd' } } };
  const catalog = buildCatalog([{ file: 'lax.json', data: { controls: [lax] } }]);
  const problems = problemsOf(() =>
    resolvePlan(
      catalog,
      profileSchema.parse({
        name: 't',
        targets: ['plan'],
        controls: { 'asr-office-rules': { parameters: { exclusions: ['C:\\a|b.exe'] } } },
      }),
      { file: 'p.json' },
    ),
  );
  assert.ok(
    problems.some((p) =>
      /exclusions\[0\]: Intune \(Settings Catalog \/ CSP \/ ingestion \/ remediation\): the exclusion path "C:\\\\a\|b\.exe" is empty or contains "\|", which separates exclusions/.test(
        p,
      ),
    ),
    problems.join('\n'),
  );
});

test('DSC v2: a machine and a user value with the same key and value name keep one RegistryPolicyFile resource', () => {
  const base = {
    summary: 's',
    rationale: 'r',
    techniques: ['T1559.002'],
    tier: 'recommended',
    impact: 'low',
    impactNote: 'n',
    confirmed: true,
    references: [{ title: 'ref', url: 'https://learn.microsoft.com/x' }],
  };
  const setting = (id: string, scope: string, key: string, valueName: string) => ({
    id,
    title: id,
    kind: 'policy',
    scope,
    confirmed: true,
    source: 'test',
    key,
    valueName,
    value: { type: 'REG_DWORD', data: 1 },
  });
  const catalog = buildCatalog([
    {
      file: 'test.json',
      data: {
        controls: [
          {
            ...base,
            id: 'both',
            title: 'Both',
            mitigation: 'M1042',
            settings: [setting('m', 'Machine', 'Software\\Policies\\B', 'v'), setting('u', 'User', 'software\\policies\\b', 'V')],
          },
        ],
      },
    },
  ]);
  const plan = resolvePlan(catalog, profileSchema.parse({ name: 't', controls: { both: {} } }), { file: 'p.json' });
  const [machine, user] = plan.operations;
  assert.is(machine!.routes.dscV2.via, 'RegistryPolicyFile');
  assert.is(user!.routes.dscV2.status, 'notCarried');
  assert.match(user!.routes.dscV2.reason ?? '', /both\/m already writes software\\policies\\b\\V through RegistryPolicyFile.*scope/);
  // The GPO still carries both; the DSC script renders with one resource instead of refusing the profile.
  assert.is(user!.routes.gpo.via, 'registry.pol');
  const script = new TextDecoder().decode(renderTargets(plan, ['dsc']).find((a) => a.path.endsWith('.ps1'))!.bytes);
  assert.is(script.match(/RegistryPolicyFile '/g)?.length, 1);
});

test('GPO: a value name longer than Registry.pol holds (MS-GPREG: 259) is refused at resolve, with the item path', () => {
  const long = `C:\\${'a'.repeat(250)}.exe`; // 257 characters: fits
  const tooLong = `C:\\${'b'.repeat(260)}.exe`;
  const resolve = (exclusions: string[]) =>
    problemsOf(() =>
      resolvePlan(
        shipped,
        profileSchema.parse({ name: 't', targets: ['plan'], controls: { 'asr-office-rules': { parameters: { exclusions } } } }),
        { file: 'p.json' },
      ),
    );
  assert.equal(resolve([long]), []);
  const problems = resolve([long, tooLong]);
  assert.ok(
    problems.some((p) => /exclusions\[1\]: GPO .*267 characters; Registry.pol holds at most 259/.test(p)),
    problems.join('\n'),
  );
});

test('GPO: a user-scope security option has no vehicle (the security template holds computer settings only)', () => {
  const routes = registryRoutes({
    kind: 'securityOption',
    scope: 'User',
    key: 'Software\\T',
    valueName: 'B',
    action: 'set',
    value: { type: 'REG_SZ', data: 'x' },
  });
  assert.equal(routes.gpo, { status: 'notCarried', via: 'none', reason: 'the GPO security template holds computer settings only' });
});

test('operationsByVehicle: every vehicle of the channel is a key, in plan order, nothing dropped', () => {
  const plan = resolvePlan(
    shipped,
    profileSchema.parse({ name: 't', controls: Object.fromEntries(shipped.controls.map((c) => [c.id, {}])), acknowledgeLockoutRisk: true }),
    { file: 'p.json' },
  );
  for (const channel of ['gpo', 'admx', 'dscV2', 'dscV3', 'intune'] as const) {
    const by = operationsByVehicle(plan.operations, channel);
    assert.equal(Object.keys(by).sort(), [...VEHICLES[channel], 'notCarried'].sort());
    const total = Object.values(by).reduce((n, ops) => n + ops.length, 0);
    assert.is(total, plan.operations.length, channel);
    for (const [vehicle, ops] of Object.entries(by)) {
      for (const op of ops) assert.is(op.routes[channel].status === 'notCarried' ? 'notCarried' : op.routes[channel].via, vehicle);
      assert.equal(
        ops,
        plan.operations.filter((op) => ops.includes(op)),
        `${channel}/${vehicle} keeps plan order`,
      );
    }
  }
});

test.run();
