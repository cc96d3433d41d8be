/**
 * Target "detection": monitoring content for what hardening cannot reach (docs/domain.md "Monitoring T1559"):
 * a Sysmon configuration fragment and Sigma rules, rendered from one rule list (rules.ts), so both watch the
 * same things. Its coverage-matrix column is the detection channel (src/channels/detection.ts).
 */
import { InternalError } from '../../lib/errors.js';
import { textArtifact, type Artifact } from '../../model/artifact.js';
import type { Plan } from '../../model/plan.js';
import type { Target } from '../target.js';
import { detectionReadme } from './readme.js';
import { detectionRules } from './rules.js';
import { renderSigmaRule } from './sigma-rules.js';
import { renderSysmonFragment } from './sysmon-fragment.js';

export const SYSMON_FRAGMENT_PATH = 'detection/sysmon-t1559.xml';

export function renderDetection(plan: Plan): Artifact[] {
  const rules = detectionRules(plan);
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.slug)) throw new InternalError(`two detection rules share the name "${r.slug}"`);
    seen.add(r.slug);
  }
  return [
    textArtifact(SYSMON_FRAGMENT_PATH, renderSysmonFragment(plan, rules)),
    ...rules.map((r) => textArtifact(`detection/sigma/${r.slug}.yml`, renderSigmaRule(plan, r))),
  ];
}

export const detectionTarget: Target = {
  name: 'detection',
  channels: ['detection'],
  render: renderDetection,
  readme: detectionReadme,
};
