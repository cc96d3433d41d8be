/**
 * The profiles every renderer is tested on (the shipped ones, the fixtures, and one fixture catalog
 * that holds every value type and action), resolved once per test file with no environment (so
 * SOURCE_DATE_EPOCH in the shell cannot change them).
 */
import { readFileSync } from 'node:fs';
import { planFromProfile } from '../../src/build.js';
import { buildCatalog, type Catalog } from '../../src/catalog/load.js';
import type { Plan } from '../../src/model/plan.js';

export const PROFILES: [name: string, path: string][] = [
  ['recommended', 'policies/profiles/recommended.json'],
  ['strict', 'policies/profiles/strict.json'],
  ['every-type', 'test/fixtures/profiles/every-type.json'],
  ['appids', 'test/fixtures/profiles/appids.json'],
  ['all-types', 'test/fixtures/profiles/all-types.json'],
];

export const PROFILE_PATHS: string[] = PROFILES.map(([, path]) => path);

/** Profiles resolved against a fixture catalog instead of the shipped one. */
const FIXTURE_CATALOGS: Record<string, string> = {
  'test/fixtures/profiles/all-types.json': 'test/fixtures/catalog/all-types.json',
};

export function catalogFor(profilePath: string): Catalog | undefined {
  const file = FIXTURE_CATALOGS[profilePath];
  return file ? buildCatalog([{ file, data: JSON.parse(readFileSync(file, 'utf8')) as unknown }]) : undefined;
}

const plans = new Map<string, Plan>();

export function profilePlan(path: string): Plan {
  let plan = plans.get(path);
  if (!plan) {
    const catalog = catalogFor(path);
    plan = planFromProfile({ profilePath: path, env: {}, ...(catalog ? { catalog } : {}) });
    plans.set(path, plan);
  }
  return plan;
}
