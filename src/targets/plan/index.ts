/** Target "plan": the resolved plan with provenance and routes, as stable JSON. */
import { stableJson } from '../../lib/json.js';
import { Markdown } from '../../lib/markdown-escape.js';
import { textArtifact, type Artifact } from '../../model/artifact.js';
import type { Plan } from '../../model/plan.js';
import type { Target } from '../target.js';

export function renderPlanJson(plan: Plan): Artifact[] {
  return [textArtifact('plan.json', stableJson(plan))];
}

export const planTarget: Target = {
  name: 'plan',
  channels: [],
  render: renderPlanJson,
  readme: () => ({
    contents: [
      new Markdown(
        '| `plan.json` | The resolved plan: every setting with the control, mitigation and techniques behind it and how each channel carries it | Review, diff, automation |',
      ),
    ],
    writesValues: false,
  }),
};
