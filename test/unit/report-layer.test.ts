/**
 * attack-layer.json against a zod model of the ATT&CK Navigator layer format 4.5 subset we emit
 * (mitre-attack/attack-navigator layers/LAYERFORMATv4_5.md), and the scoring rules.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { z } from 'zod';
import { ATTACK_VERSIONS, buildAttackLayer, renderAttackLayer } from '../../src/targets/report/attack-layer.js';
import { planFromProfile } from '../../src/build.js';
import type { TechniqueId } from '../../src/model/control.js';
import { control, syntheticPlan } from '../helpers/plan-builder.js';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const metadata = z.union([z.object({ name: z.string().min(1), value: z.string() }).strict(), z.object({ divider: z.boolean() }).strict()]);
const link = z.union([
  z.object({ label: z.string().min(1), url: z.string().regex(/^https?:\/\//) }).strict(),
  z.object({ divider: z.boolean() }).strict(),
]);

const techniqueSchema = z
  .object({
    techniqueID: z.string().regex(/^T\d{4}(\.\d{3})?$/),
    tactic: z.literal('execution'),
    comment: z.string(),
    enabled: z.boolean(),
    score: z.number().int().min(0),
    color: color.optional(),
    metadata: z.array(metadata),
    links: z.array(link),
    showSubtechniques: z.boolean().optional(),
  })
  .strict();

const layerSchema = z
  .object({
    name: z.string().min(1),
    versions: z
      .object({ attack: z.string().regex(/^\d+$/), navigator: z.string().regex(/^\d+\.\d+\.\d+$/), layer: z.literal('4.5') })
      .strict(),
    domain: z.enum(['enterprise-attack', 'mobile-attack', 'ics-attack']),
    description: z.string(),
    filters: z.object({ platforms: z.array(z.enum(['Windows', 'Linux', 'macOS'])).min(1) }).strict(),
    sorting: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    layout: z
      .object({
        layout: z.enum(['side', 'flat', 'mini']),
        aggregateFunction: z.enum(['average', 'min', 'max', 'sum']),
        showID: z.boolean(),
        showName: z.boolean(),
        showAggregateScores: z.boolean(),
        countUnscored: z.boolean(),
        expandedSubtechniques: z.enum(['none', 'all', 'annotated']),
      })
      .strict(),
    hideDisabled: z.boolean(),
    techniques: z.array(techniqueSchema),
    gradient: z
      .object({ colors: z.array(color).min(2), minValue: z.number(), maxValue: z.number() })
      .strict()
      .refine((g) => g.maxValue > g.minValue, 'maxValue must be > minValue'),
    legendItems: z.array(z.object({ label: z.string().min(1), color }).strict()),
    showTacticRowBackground: z.boolean(),
    tacticRowBackground: color,
    selectTechniquesAcrossTactics: z.boolean(),
    selectSubtechniquesWithParent: z.boolean(),
    selectVisibleTechniques: z.boolean(),
    metadata: z.array(metadata),
    links: z.array(link),
  })
  .strict();

type Scores = Record<TechniqueId, number>;
const scoresOf = (layer: z.infer<typeof layerSchema>): Scores =>
  Object.fromEntries(layer.techniques.map((t) => [t.techniqueID, t.score])) as Scores;

const SCORE_CASES: [string, { given: TechniqueId[][]; want: Scores }][] = [
  ['no control: every technique scored 0 (gap)', { given: [], want: { T1559: 0, 'T1559.001': 0, 'T1559.002': 0 } }],
  ['parent-only controls count for the parent only', { given: [['T1559'], ['T1559']], want: { T1559: 2, 'T1559.001': 0, 'T1559.002': 0 } }],
  [
    'sub-technique controls count for the parent too',
    { given: [['T1559.001'], ['T1559.002'], ['T1559.002']], want: { T1559: 3, 'T1559.001': 1, 'T1559.002': 2 } },
  ],
  [
    'a control mapped to both sub-techniques counts once for the parent',
    { given: [['T1559.001', 'T1559.002']], want: { T1559: 1, 'T1559.001': 1, 'T1559.002': 1 } },
  ],
  [
    'parent and sub-technique on one control',
    { given: [['T1559', 'T1559.001'], ['T1559']], want: { T1559: 2, 'T1559.001': 1, 'T1559.002': 0 } },
  ],
];

for (const [name, { given, want }] of SCORE_CASES) {
  test(`scores: ${name}`, () => {
    const p = syntheticPlan([], { controls: given.map((techniques, i) => control(`c${i}`, { techniques })) });
    const layer = layerSchema.parse(buildAttackLayer(p));
    assert.equal(scoresOf(layer), want);
    assert.is(layer.gradient.maxValue, Math.max(1, ...Object.values(want)));
    const parent = layer.techniques.find((t) => t.techniqueID === 'T1559')!;
    assert.is(parent.showSubtechniques, true);
    for (const t of layer.techniques.filter((x) => x.techniqueID !== 'T1559')) assert.is(t.showSubtechniques, undefined);
  });
}

test('comments and metadata name the controls and mitigations; parent-level controls are named but not counted', () => {
  const p = syntheticPlan([], {
    controls: [
      control('dde', { techniques: ['T1559.002'], mitigation: 'M1042', title: 'Word DDE' }),
      control('pv', { techniques: ['T1559'], mitigation: 'M1048' }),
    ],
  });
  const layer = layerSchema.parse(buildAttackLayer(p));
  const dde = layer.techniques.find((t) => t.techniqueID === 'T1559.002')!;
  assert.match(dde.comment, /^Mitigated by 1 selected control: dde \(Word DDE; M1042 Disable or Remove Feature or Program\)\./);
  assert.match(dde.comment, /Parent-level controls \(T1559, not counted here\): pv\./);
  assert.equal(dde.metadata, [{ name: 'M1042 Disable or Remove Feature or Program', value: 'dde' }]);
  const com = layer.techniques.find((t) => t.techniqueID === 'T1559.001')!;
  assert.match(com.comment, /coverage gap/);
  assert.equal(com.links, [
    { label: 'T1559.001 Component Object Model on attack.mitre.org', url: 'https://attack.mitre.org/techniques/T1559/001/' },
  ]);
});

for (const profile of [
  'policies/profiles/recommended.json',
  'policies/profiles/strict.json',
  'test/fixtures/profiles/appids.json',
  'test/fixtures/profiles/every-type.json',
]) {
  test(`${profile}: a valid 4.5 layer, scores are counts of the plan's controls`, () => {
    const p = planFromProfile({ profilePath: profile });
    const artifact = renderAttackLayer(p);
    assert.is(artifact.path, 'attack-layer.json');
    const text = Buffer.from(artifact.bytes).toString('utf8');
    const layer = layerSchema.parse(JSON.parse(text));
    assert.equal(layer.versions, { ...ATTACK_VERSIONS });
    assert.is(layer.domain, 'enterprise-attack');
    assert.ok(layer.name.includes(p.profile.name));
    assert.ok(layer.description.includes(p.profile.name));
    assert.equal(layer.metadata.slice(0, 2), [
      { name: 'profile', value: p.profile.name },
      { name: 'generator', value: `t1559 ${p.tool.version}` },
    ]);
    const scores = scoresOf(layer);
    assert.is(scores.T1559, p.controls.length, 'every catalog control maps to T1559 or a sub-technique');
    assert.is(scores['T1559.001'], p.controls.filter((c) => c.techniques.includes('T1559.001')).length);
    assert.is(scores['T1559.002'], p.controls.filter((c) => c.techniques.includes('T1559.002')).length);
    assert.is(renderAttackLayer(p).bytes.length, artifact.bytes.length);
    assert.ok(text.endsWith('}\n'));
  });
}

test.run();

test('detection is recorded beside the score, only when the bundle builds the detection target', () => {
  const plan = planFromProfile({ profilePath: 'policies/profiles/recommended.json' });
  const entries = (layer: Record<string, unknown>) =>
    layer.techniques as { techniqueID: string; score: number; metadata: { name: string; value: string }[] }[];
  const without = entries(buildAttackLayer(plan, ['gpo']));
  const withDetection = entries(buildAttackLayer(plan, ['gpo', 'detection']));
  for (const [i, t] of withDetection.entries()) {
    assert.is(t.score, without[i]!.score, `${t.techniqueID}: detection does not change the score`);
    assert.not.ok(
      without[i]!.metadata.some((m) => m.name.startsWith('detection')),
      `${t.techniqueID}: no detection entry without the target`,
    );
    const entry = t.metadata.find((m) => m.name === 'detection (not scored)');
    assert.ok(entry, `${t.techniqueID}: a detection entry`);
    const [, watched, total] = /^(\d+) of (\d+) hardened values/.exec(entry.value) ?? [];
    const ops = plan.operations.filter(
      (op) =>
        op.type === 'registry' && op.techniques.some((x) => x === t.techniqueID || (t.techniqueID === 'T1559' && x.startsWith('T1559.'))),
    );
    assert.is(Number(total), ops.length, `${t.techniqueID}: every hardened value counted`);
    assert.is(
      Number(watched),
      ops.filter((op) => op.routes.detection.status !== 'notCarried').length,
      `${t.techniqueID}: watched = routed to a tamper rule`,
    );
  }
});
