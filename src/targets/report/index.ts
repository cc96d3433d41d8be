/**
 * Target "report": the bundle's front page. README.md (admin guide, coverage matrix, deployment and rollback
 * per artifact family), report.html (the same, colour-coded), coverage.json (the matrix as data) and
 * attack-layer.json (ATT&CK Navigator layer). Pure: everything comes from the plan and the bundle's other
 * targets (their README parts); the only other input is the report's own EJS templates, part of the program.
 */
import type { Plan } from '../../model/plan.js';
import type { Artifact } from '../../model/artifact.js';
import type { Bundle, Target } from '../target.js';
import { renderAttackLayer } from './attack-layer.js';
import { renderCoverageJson } from './coverage-json.js';
import { renderReportHtml } from './html.js';
import { renderReadme } from './readme.js';

export function renderReport(plan: Plan, bundle: Bundle): Artifact[] {
  return [
    renderReadme(plan, bundle),
    renderReportHtml(plan, bundle),
    renderCoverageJson(plan),
    renderAttackLayer(plan, bundle.builtChannels),
  ];
}

/** The report's own files are listed by the README template itself; it deploys nothing. */
export const reportTarget: Target = {
  name: 'report',
  channels: [],
  render: renderReport,
  readme: () => ({ contents: [], writesValues: false }),
};
