/**
 * attack-layer.json: an ATT&CK Navigator layer (layer file format 4.5, mitre-attack/attack-navigator
 * layers/LAYERFORMATv4_5.md) scoring T1559 and its Windows sub-techniques by the selected controls.
 *
 * Pinned versions: ATT&CK 18 (October 2025, the current Enterprise release when this was written) and
 * Navigator 5.2.0 (the release that loads ATT&CK 18; format 4.5 requires navigator >= 4.9.0). A newer Navigator
 * opens the layer and offers to upgrade it; T1559, T1559.001 and T1559.002 are unchanged across these releases.
 *
 * Scoring (documented in the layer's description as well):
 * - a sub-technique (T1559.001 COM, T1559.002 DDE) scores the number of selected controls mapped to it;
 * - the parent T1559 scores every selected control: one mapped to T1559 itself, or to any sub-technique
 *   (mitigating DDE mitigates Inter-Process Communication);
 * - controls mapped only to the parent are NOT counted for the sub-techniques: they act on IPC in general
 *   (Protected View, ASR child-process rules...) and counting them twice would overstate coverage. Their
 *   names still appear in each sub-technique's comment, marked as parent-level.
 * T1559.003 (XPC Services) is macOS only and outside this tool; the layer filters to the Windows platform.
 *
 * Detection is recorded beside the score, never in it: when the bundle builds the detection target, each
 * technique's metadata says how many of its hardened values a tamper rule watches (routes.detection), so the
 * layer shows mitigation coverage (the score) and detection coverage (metadata) separately.
 */
import { MITIGATIONS, TECHNIQUES, type TechniqueId } from '../../model/control.js';
import type { Channel, Plan, PlanControl } from '../../model/plan.js';
import { stableJson } from '../../lib/json.js';
import { textArtifact, type Artifact } from '../../model/artifact.js';

export const ATTACK_VERSIONS = { attack: '18', navigator: '5.2.0', layer: '4.5' } as const;
const TACTIC = 'execution';
const PARENT: TechniqueId = 'T1559';
const SUB_TECHNIQUES: TechniqueId[] = ['T1559.001', 'T1559.002'];
const GRADIENT = ['#f2f4f7', '#a8d5a2', '#2e8b3e'];

export interface TechniqueScore {
  technique: TechniqueId;
  /** Controls counted in the score. */
  controls: PlanControl[];
  /** Parent-level controls listed for context but not counted (sub-techniques only). */
  parentLevel: PlanControl[];
}

/** Scores for T1559, T1559.001, T1559.002 by the rules in the module comment. */
export function techniqueScores(plan: Plan): TechniqueScore[] {
  const parentOnly = plan.controls.filter((c) => c.techniques.includes(PARENT) && !c.techniques.some((t) => t !== PARENT));
  return [
    {
      technique: PARENT,
      controls: [...plan.controls.filter((c) => c.techniques.some((t) => t === PARENT || t.startsWith(`${PARENT}.`)))],
      parentLevel: [],
    },
    ...SUB_TECHNIQUES.map((t) => ({
      technique: t,
      controls: plan.controls.filter((c) => c.techniques.includes(t)),
      parentLevel: parentOnly,
    })),
  ];
}

function attackUrl(technique: TechniqueId): string {
  return `https://attack.mitre.org/techniques/${technique.replace('.', '/')}/`;
}

function controlText(c: PlanControl): string {
  return `${c.id} (${c.title}; ${c.mitigation} ${MITIGATIONS[c.mitigation]})`;
}

/** Hardened values of the technique's operations that a detection rule watches, of all its registry values. */
function detectionText(plan: Plan, technique: TechniqueId): string {
  const mine = plan.operations.filter(
    (op) => op.type === 'registry' && op.techniques.some((t) => t === technique || (technique === PARENT && t.startsWith(`${PARENT}.`))),
  );
  const watched = mine.filter((op) => op.routes.detection.status !== 'notCarried');
  return `${watched.length} of ${mine.length} hardened values watched by a tamper rule; the process and image-load rules (detection/) watch Office and DCOM hosts starting shells`;
}

function techniqueEntry(score: TechniqueScore, detection: string | undefined): Record<string, unknown> {
  const counted = score.controls;
  const byMitigation = new Map<string, string[]>();
  for (const c of counted) byMitigation.set(c.mitigation, [...(byMitigation.get(c.mitigation) ?? []), c.id]);
  const comment = [
    counted.length
      ? `Mitigated by ${counted.length} selected control${counted.length === 1 ? '' : 's'}: ${counted.map(controlText).join('; ')}.`
      : 'No selected control is mapped to this technique (coverage gap).',
    score.parentLevel.length ? `Parent-level controls (T1559, not counted here): ${score.parentLevel.map((c) => c.id).join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    techniqueID: score.technique,
    tactic: TACTIC,
    score: counted.length,
    comment,
    enabled: true,
    metadata: [
      ...[...byMitigation.entries()].map(([m, ids]) => ({
        name: `${m} ${MITIGATIONS[m as keyof typeof MITIGATIONS]}`,
        value: ids.join(', '),
      })),
      ...(detection ? [{ name: 'detection (not scored)', value: detection }] : []),
    ],
    links: [{ label: `${score.technique} ${TECHNIQUES[score.technique]} on attack.mitre.org`, url: attackUrl(score.technique) }],
    ...(score.technique === PARENT ? { showSubtechniques: true } : {}),
  };
}

export function buildAttackLayer(plan: Plan, builtChannels: readonly Channel[] = []): Record<string, unknown> {
  const scores = techniqueScores(plan);
  const withDetection = builtChannels.includes('detection');
  const max = Math.max(1, ...scores.map((s) => s.controls.length));
  const description = [
    `T1559 (COM and DDE) hardening selected by the t1559 profile "${plan.profile.name}"${plan.profile.description ? `: ${plan.profile.description}` : '.'}`,
    'Score = number of selected controls mitigating the technique. T1559 counts every selected control (parent or sub-technique);',
    'T1559.001 and T1559.002 count only controls mapped to them (parent-level controls are named in their comments but not counted).',
  ].join(' ');
  return {
    name: `T1559 hardening: ${plan.profile.name}`,
    versions: { ...ATTACK_VERSIONS },
    domain: 'enterprise-attack',
    description,
    filters: { platforms: ['Windows'] },
    sorting: 3,
    layout: {
      layout: 'side',
      aggregateFunction: 'max',
      showID: true,
      showName: true,
      showAggregateScores: false,
      countUnscored: false,
      expandedSubtechniques: 'annotated',
    },
    hideDisabled: false,
    techniques: scores.map((score) => techniqueEntry(score, withDetection ? detectionText(plan, score.technique) : undefined)),
    gradient: { colors: GRADIENT, minValue: 0, maxValue: max },
    legendItems: [
      { label: 'No selected control (gap)', color: GRADIENT[0] },
      { label: `${max} selected control${max === 1 ? '' : 's'} (most covered)`, color: GRADIENT[2] },
    ],
    showTacticRowBackground: false,
    tacticRowBackground: '#dddddd',
    selectTechniquesAcrossTactics: true,
    selectSubtechniquesWithParent: false,
    selectVisibleTechniques: false,
    metadata: [
      { name: 'profile', value: plan.profile.name },
      { name: 'generator', value: `${plan.tool.name} ${plan.tool.version}` },
      { name: 'controls selected', value: String(plan.controls.length) },
    ],
    links: [{ label: 'MITRE ATT&CK T1559', url: attackUrl(PARENT) }],
  };
}

export function renderAttackLayer(plan: Plan, builtChannels: readonly Channel[] = []): Artifact {
  return textArtifact('attack-layer.json', stableJson(buildAttackLayer(plan, builtChannels)));
}
