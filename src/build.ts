/**
 * The library behind `t1559 build`: profile -> plan -> artifacts -> writer.
 */
import { loadCatalog, loadProfile, defaultProfilePath, type Catalog } from './catalog/load.js';
import { resolvePlan } from './catalog/resolve.js';
import type { Plan } from './model/plan.js';
import type { TargetName } from './model/profile.js';
import { renderTargets } from './targets/index.js';
import type { Artifact } from './model/artifact.js';
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
}

export function build(options: BuildOptions): BuildResult {
  const resolved = planFromProfile(options);
  const targets = [...new Set(options.targets && options.targets.length > 0 ? options.targets : resolved.profile.targets)];
  // The bundle describes what it holds: with --target, the README, report and plan.json list those targets.
  const plan = { ...resolved, profile: { ...resolved.profile, targets } };
  const artifacts = renderTargets(plan, targets);
  const write = writeBundle(options.outDir, artifacts, options.mode);
  return { plan, artifacts, write };
}
