/**
 * Target "report": the bundle's front page. README.md (admin guide, coverage matrix, deployment and rollback
 * per artifact family), report.html (the same, colour-coded), coverage.json (the matrix as data) and
 * attack-layer.json (ATT&CK Navigator layer). Pure: everything comes from the plan; the only other input is
 * the report's own EJS templates, which are part of the program.
 */
import type { Plan } from '../../model/plan.js';
import type { Artifact } from '../artifact.js';
import { renderAttackLayer } from './attack-layer.js';
import { renderCoverageJson } from './coverage-json.js';
import { renderReportHtml } from './html.js';
import { renderReadme } from './readme.js';

export function renderReport(plan: Plan): Artifact[] {
  return [renderReadme(plan), renderReportHtml(plan), renderCoverageJson(plan), renderAttackLayer(plan)];
}
