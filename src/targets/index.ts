/**
 * The target table: every target, one line each (docs/architecture.md "Adding a target"). The order is the
 * order of the bundle README's "What is in this folder" rows and deployment sections. Pure functions only.
 */
import { InternalError } from '../lib/errors.js';
import type { Artifact } from '../model/artifact.js';
import type { Plan } from '../model/plan.js';
import type { TargetName } from '../model/profile.js';
import { CHANNELS } from '../model/routes.js';
import { admxTarget } from './admx/index.js';
import { detectionTarget } from './detection/index.js';
import { auditTarget } from './audit/index.js';
import { dscTarget } from './dsc/index.js';
import { gpoTarget, lgpoTarget, polTarget } from './gpo/index.js';
import { intuneTarget } from './intune/index.js';
import { planTarget } from './plan/index.js';
import { reportTarget } from './report/index.js';
import type { Bundle, Target } from './target.js';

export const TARGETS: Record<TargetName, Target> = {
  gpo: gpoTarget,
  pol: polTarget,
  lgpo: lgpoTarget,
  admx: admxTarget,
  dsc: dscTarget,
  intune: intuneTarget,
  detection: detectionTarget,
  audit: auditTarget,
  plan: planTarget,
  report: reportTarget,
};

/** What the bundle of these targets holds: the report describes it. */
export function bundleOf(plan: Plan, selected: readonly TargetName[]): Bundle {
  const targets = (Object.keys(TARGETS) as TargetName[]).filter((name) => selected.includes(name));
  const parts = targets.map((name) => TARGETS[name].readme(plan, targets));
  const steps = new Map<string, Bundle['steps'][number]>();
  for (const part of parts) if (part.steps && !steps.has(part.steps.id)) steps.set(part.steps.id, part.steps.markdown);
  return {
    targets,
    builtChannels: CHANNELS.filter((channel) => targets.some((name) => TARGETS[name].channels.includes(channel))),
    contents: parts.flatMap((part) => part.contents),
    steps: [...steps.values()],
    writesValues: parts.some((part) => part.writesValues),
  };
}

const SAFE_PATH = /^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[^\\:*?"<>|\u0000-\u001f]+$/;

/** Render the selected targets; artifacts sorted by path, paths checked for safety and uniqueness. */
export function renderTargets(plan: Plan, selected: readonly TargetName[]): Artifact[] {
  const bundle = bundleOf(plan, selected);
  const artifacts = bundle.targets.flatMap((name) => TARGETS[name].render(plan, bundle));
  const seen = new Set<string>();
  for (const a of artifacts) {
    if (!SAFE_PATH.test(a.path)) throw new InternalError(`renderer produced an unsafe artifact path "${a.path}"`);
    const k = a.path.toLowerCase();
    if (seen.has(k)) throw new InternalError(`two artifacts share the path "${a.path}"`);
    seen.add(k);
  }
  return artifacts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
