/**
 * The local policy path (targets pol and lgpo, applied with LGPO.exe) carries every setting of a profile:
 * each registry operation is in the .pol file of its scope, and advanced audit policy, which neither
 * Registry.pol nor LGPO text can hold, ships as `pol/audit.csv` / `lgpo/audit.csv` (the GPO's own audit.csv),
 * named in the LGPO header and applied by the README's `LGPO.exe /a` step.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Operation, Plan } from '../../src/model/plan.js';
import { decodePol } from '../../src/formats/registry-pol.js';
import { lgpoTarget, polTarget, renderGpo, renderLgpo, renderPol } from '../../src/targets/gpo/index.js';
import type { Artifact } from '../../src/model/artifact.js';
import type { TargetName } from '../../src/model/profile.js';
import { auditOp, syntheticPlan } from '../helpers/plan-builder.js';
import { decodeText } from './gpo-helpers.js';
import { PROFILES, profilePlan } from '../helpers/profile-plans.js';

/** The base plan with these operations instead of its own. */
const withOps = (plan: Plan, operations: Operation[]): Plan => syntheticPlan(operations, { base: plan });
const base = profilePlan('policies/profiles/recommended.json');
const bytesOf = (artifacts: Artifact[], path: string) => artifacts.find((a) => a.path === path)?.bytes;
const gpoAuditCsv = (plan: Plan) => renderGpoFile(plan, /\/Audit\/audit\.csv$/);
function renderGpoFile(plan: Plan, re: RegExp) {
  return renderGpo(plan).find((a) => re.test(a.path))?.bytes;
}

const plans: [string, Plan][] = [
  ...PROFILES.map(([name, path]): [string, Plan] => [name, profilePlan(path)]),
  [
    'no audit at all',
    withOps(
      base,
      base.operations.filter((op) => op.type !== 'audit'),
    ),
  ],
  ['success and failure', withOps(base, [auditOp('sf', true, true)])],
];

for (const [name, plan] of plans) {
  const audits = plan.operations.filter((op) => op.type === 'audit');
  test(`${name}: every operation is on the LGPO path (pol entries + audit.csv)`, () => {
    const pol = renderPol(plan);
    const lgpo = renderLgpo(plan);
    const registry = plan.operations.filter((op) => op.type === 'registry');
    const entries = (['Machine', 'User'] as const).flatMap((s) => decodePol(bytesOf(pol, `pol/${s}/Registry.pol`)!));
    assert.is(entries.length, registry.length, 'one .pol entry per registry operation');
    for (const folder of ['pol', 'lgpo'] as const) {
      const csv = bytesOf(folder === 'pol' ? pol : lgpo, `${folder}/audit.csv`);
      assert.is(csv !== undefined, audits.length > 0, `${folder}/audit.csv exactly when the profile audits`);
      if (!csv) continue;
      assert.equal(Buffer.from(csv), Buffer.from(gpoAuditCsv(plan)!), `${folder}/audit.csv is the GPO's audit.csv`);
      const rows = decodeText(csv)
        .text.split('\r\n')
        .filter((l) => l !== '');
      assert.is(rows.length, audits.length + 1, 'header + one row per audit operation');
    }
    const header = decodeText(bytesOf(lgpo, 'lgpo/machine.txt')!)
      .text.split('\r\n')
      .filter((l) => l.startsWith(';'));
    for (const op of audits) {
      if (op.type !== 'audit') continue;
      assert.ok(
        header.some((l) => l.includes(op.audit.guid.toUpperCase()) && l.includes('Audit ')),
        `machine.txt header names ${op.audit.guid}`,
      );
      assert.ok(
        header.some((l) => l.includes('lgpo/audit.csv') && l.includes('LGPO.exe /a')),
        'header says where the audit setting is and how to apply it',
      );
    }
  });

  const targetSets: TargetName[][] = [['pol'], ['lgpo'], ['pol', 'lgpo', 'gpo']];
  for (const targets of targetSets) {
    test(`${name}, README for ${targets.join('+')}: the LGPO steps apply the audit CSV exactly when there is one`, () => {
      const part = (targets.includes('pol') ? polTarget : lgpoTarget).readme(plan, targets);
      const steps = part.steps!.markdown.text;
      const rows = part.contents.map(String).join('\n');
      const folder = targets.includes('pol') ? 'pol' : 'lgpo';
      assert.is(steps.includes(`LGPO.exe /a ${folder}\\audit.csv`), audits.length > 0, 'the /a step');
      assert.is(rows.includes(`\`${folder}/audit.csv\``), audits.length > 0, 'the file row');
      assert.is(steps.includes('LGPO.exe /g gpo'), targets.includes('gpo'), 'the /g step only with a GPO backup in the bundle');
      assert.not.ok(/carry every setting/.test(steps), 'no claim that the .pol files carry every setting');
      for (const op of audits)
        if (op.type === 'audit') assert.ok(steps.includes(op.audit.guid.toUpperCase()), 'rollback names the subcategory');
    });
  }
}

test('the profiles tested include one with audit policy (so the checks above bite)', () => {
  assert.ok(plans.some(([, plan]) => plan.operations.some((op) => op.type === 'audit')));
});

test.run();
