/** Target "plan": the resolved plan with provenance and routes, as stable JSON. */
import type { Plan } from '../model/plan.js';
import { stableJson } from '../lib/json.js';
import { textArtifact, type Artifact } from './artifact.js';

export function renderPlanJson(plan: Plan): Artifact[] {
  return [textArtifact('plan.json', stableJson(plan))];
}
