/**
 * Intune channel: ASR rules whose warn state Microsoft does not support through Intune (Group Policy does) are
 * not carried by Intune, with the reason coverage reports; other states and other rules are carried by the CSP,
 * and the GPO still delivers warn (docs/domain.md "Attack Surface Reduction rules").
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadCatalog } from '../../src/catalog/load.js';
import { resolvePlan } from '../../src/catalog/resolve.js';
import { ASR_RULES_WITHOUT_INTUNE_WARN } from '../../src/channels/intune.js';
import { profileSchema } from '../../src/model/profile.js';
import type { RegistryOperation } from '../../src/model/plan.js';

const catalog = loadCatalog();

function ruleOp(control: string, parameters: Record<string, string>, guid: string): RegistryOperation {
  const plan = resolvePlan(catalog, profileSchema.parse({ name: 't', controls: { [control]: { parameters } } }), { file: 'p.json' });
  const op = plan.operations.find((o): o is RegistryOperation => o.type === 'registry' && o.valueName === guid);
  assert.ok(op, `no write of ${guid}`);
  return op;
}

const CASES: [name: string, control: string, parameters: Record<string, string>, guid: string, intune: 'carried' | 'notCarried'][] = [
  [
    'd3e037e1 (scripts launching downloads) in warn',
    'asr-script-rules',
    { scriptLaunchDownloaded: 'warn' },
    'd3e037e1-3eb8-44c8-a917-57927947596d',
    'notCarried',
  ],
  ['d3e037e1 in block', 'asr-script-rules', { scriptLaunchDownloaded: 'block' }, 'd3e037e1-3eb8-44c8-a917-57927947596d', 'carried'],
  ['d3e037e1 in audit', 'asr-script-rules', { scriptLaunchDownloaded: 'audit' }, 'd3e037e1-3eb8-44c8-a917-57927947596d', 'carried'],
  [
    'e6db77e5 (WMI event subscription persistence) in warn',
    'asr-wmi-persistence',
    { wmiPersistence: 'warn' },
    'e6db77e5-3df2-4cf1-b95a-636979351e5b',
    'notCarried',
  ],
  ['e6db77e5 in block', 'asr-wmi-persistence', { wmiPersistence: 'block' }, 'e6db77e5-3df2-4cf1-b95a-636979351e5b', 'carried'],
  [
    'a rule that supports warn through Intune (obfuscated scripts)',
    'asr-script-rules',
    { obfuscatedScripts: 'warn' },
    '5beb7efe-fd9a-4556-801d-275e5ffc04cc',
    'carried',
  ],
  [
    'the Office child process rule in warn',
    'asr-office-rules',
    { childProcesses: 'warn' },
    'd4f940ab-401b-4efc-aadc-ad5f3c50688a',
    'carried',
  ],
];

for (const [name, control, parameters, guid, intune] of CASES) {
  test(`Intune route of ${name}: ${intune}; the GPO carries it`, () => {
    const op = ruleOp(control, parameters, guid);
    assert.is(op.routes.intune.status, intune);
    assert.is(op.routes.gpo.via, 'registry.pol');
    if (intune === 'notCarried')
      assert.match(op.routes.intune.reason ?? '', /does not support warn mode .* through Intune \(Group Policy supports it\)/);
  });
}

test('the no-warn list holds exactly the three rules Microsoft names, in lower case', () => {
  assert.equal(Object.keys(ASR_RULES_WITHOUT_INTUNE_WARN).sort(), [
    'c1db55ab-c21a-4637-bb3f-a12568109d35',
    'd3e037e1-3eb8-44c8-a917-57927947596d',
    'e6db77e5-3df2-4cf1-b95a-636979351e5b',
  ]);
});

test.run();
