/**
 * The target registry: each target renders the plan into artifacts. Pure functions only.
 */
import type { Plan } from '../model/plan.js';
import type { TargetName } from '../model/profile.js';
import { InternalError } from '../lib/errors.js';
import type { Artifact } from './artifact.js';
import { renderAdmx } from './admx/index.js';
import { renderDsc } from './dsc/index.js';
import { renderGpo, renderLgpo, renderPol } from './gpo/index.js';
import { renderIntune } from './intune/index.js';
import { renderPlanJson } from './plan-json.js';
import { renderReport } from './report/index.js';

export type Renderer = (plan: Plan) => Artifact[];

/** Targets implemented so far; a profile may name others only once they exist. */
export const RENDERERS: Partial<Record<TargetName, Renderer>> = {
  plan: renderPlanJson,
  pol: renderPol,
  lgpo: renderLgpo,
  gpo: renderGpo,
  admx: renderAdmx,
  dsc: renderDsc,
  intune: renderIntune,
  report: renderReport,
};

export function availableTargets(): TargetName[] {
  return Object.keys(RENDERERS) as TargetName[];
}

/** Render the selected targets; artifacts sorted by path, paths checked for safety and uniqueness. */
export function renderTargets(plan: Plan, targets: readonly TargetName[]): Artifact[] {
  const artifacts: Artifact[] = [];
  for (const name of targets) {
    const render = RENDERERS[name];
    if (!render) continue;
    artifacts.push(...render(plan));
  }
  const seen = new Set<string>();
  for (const a of artifacts) {
    if (!/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[^\\:*?"<>|\u0000-\u001f]+$/.test(a.path)) throw new InternalError(`renderer produced an unsafe artifact path "${a.path}"`);
    const k = a.path.toLowerCase();
    if (seen.has(k)) throw new InternalError(`two artifacts share the path "${a.path}"`);
    seen.add(k);
  }
  return artifacts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
