/**
 * The library behind `t1559 build`: profile -> plan -> artifacts -> writer.
 */
import { loadCatalog, loadProfile, defaultProfilePath, type Catalog } from './catalog/load.js';
import { resolvePlan } from './catalog/resolve.js';
import type { Plan } from './model/plan.js';
import type { TargetName } from './model/profile.js';
import { availableTargets, renderTargets } from './targets/index.js';
import type { Artifact } from './targets/artifact.js';
import { writeBundle, type WriteMode, type WriteResult } from './write/writer.js';

export interface PlanOptions {
  profilePath?: string | undefined;
  catalog?: Catalog;
  env?: NodeJS.ProcessEnv;
}

export function planFromProfile(options: PlanOptions = {}): Plan {
  const profilePath = options.profilePath ?? defaultProfilePath();
  const catalog = options.catalog ?? loadCatalog();
  const profile = loadProfile(profilePath);
  return resolvePlan(catalog, profile, { file: profilePath, sourceDateEpoch: (options.env ?? process.env).SOURCE_DATE_EPOCH });
}

export interface BuildOptions extends PlanOptions {
  outDir: string;
  targets?: TargetName[] | undefined;
  mode: WriteMode;
}

export interface BuildResult {
  plan: Plan;
  artifacts: Artifact[];
  write: WriteResult;
  /** Targets the profile asked for that this version cannot render yet. */
  skippedTargets: TargetName[];
}

export function selectedTargets(plan: Plan, override: TargetName[] | undefined): { targets: TargetName[]; skipped: TargetName[] } {
  const wanted = [...new Set(override && override.length > 0 ? override : plan.profile.targets)];
  const available = new Set(availableTargets());
  return { targets: wanted.filter((t) => available.has(t)), skipped: wanted.filter((t) => !available.has(t)) };
}

export function build(options: BuildOptions): BuildResult {
  const resolved = planFromProfile(options);
  const { targets, skipped } = selectedTargets(resolved, options.targets);
  // The bundle describes what it holds: with --target, the README, report and plan.json list those targets.
  const plan = { ...resolved, profile: { ...resolved.profile, targets } };
  const artifacts = renderTargets(plan, targets);
  const write = writeBundle(options.outDir, artifacts, options.mode);
  return { plan, artifacts, write, skippedTargets: skipped };
}
