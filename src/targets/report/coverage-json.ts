/**
 * coverage.json: the coverage matrix (src/plan-readers/coverage.ts) as data for automation, with the profile and
 * generator named because JSON has no comments. Keys sorted (stableJson); arrays keep the plan's control
 * order and CHANNELS order.
 */
import type { Plan } from '../../model/plan.js';
import { buildCoverage } from '../../plan-readers/coverage.js';
import { stableJson } from '../../lib/json.js';
import { textArtifact, type Artifact } from '../../model/artifact.js';

export function renderCoverageJson(plan: Plan): Artifact {
  const document = {
    generator: `${plan.tool.name} ${plan.tool.version}`,
    profile: plan.profile.name,
    ...buildCoverage(plan),
  };
  return textArtifact('coverage.json', stableJson(document));
}
