/**
 * Golden bundles: the complete output of each case, compared file by file.
 * Update deliberately with UPDATE_GOLDEN=1 npm test, then review the diff like code.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { loadCatalog, loadProfile } from '../src/catalog/load.js';
import { resolvePlan } from '../src/catalog/resolve.js';
import { renderTargets, TARGETS } from '../src/targets/index.js';
import type { TargetName } from '../src/model/profile.js';
import { compareGolden } from './helpers/golden.js';
import { catalogFor, PROFILES } from './helpers/profile-plans.js';

const shipped = loadCatalog();

for (const [name, profilePath] of PROFILES) {
  test(`golden bundle: ${name}`, () => {
    const plan = resolvePlan(catalogFor(profilePath) ?? shipped, loadProfile(profilePath), { file: profilePath });
    const artifacts = renderTargets(plan, Object.keys(TARGETS) as TargetName[]);
    const problems = compareGolden(join('test', 'golden', name), artifacts);
    assert.equal(problems, [], problems.join('\n'));
  });
}

test.run();
