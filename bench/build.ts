/**
 * A full build as users feel it: load and validate the catalog and a profile, resolve, render every
 * target (in memory; the writer's disk time is not the tool's).
 */
import { performance } from 'node:perf_hooks';
import { loadCatalog, loadProfile } from '../src/catalog/load.js';
import { resolvePlan } from '../src/catalog/resolve.js';
import { renderTargets, TARGETS } from '../src/targets/index.js';
import type { TargetName } from '../src/model/profile.js';

export function benchBuild(): void {
  for (const profile of ['policies/profiles/recommended.json', 'policies/profiles/strict.json', 'test/fixtures/profiles/appids.json']) {
    const once = () => {
      const plan = resolvePlan(loadCatalog(), loadProfile(profile), { file: profile });
      return renderTargets(plan, Object.keys(TARGETS) as TargetName[]);
    };
    const t0 = performance.now();
    const artifacts = once(); // first build includes compiling the templates
    const cold = performance.now() - t0;
    let warm = Infinity;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      once();
      warm = Math.min(warm, performance.now() - t);
    }
    const bytes = artifacts.reduce((n, a) => n + a.bytes.length, 0);
    console.log(
      `build ${profile}: ${artifacts.length} files, ${(bytes / 1024).toFixed(0)} KiB; first ${cold.toFixed(0)} ms, then ${warm.toFixed(0)} ms`,
    );
  }
}
