/**
 * The profiles every renderer is tested on (the shipped ones and the fixtures), resolved once per
 * test file with no environment (so SOURCE_DATE_EPOCH in the shell cannot change them).
 */
import { planFromProfile } from '../../src/build.js';
import type { Plan } from '../../src/model/plan.js';

export const PROFILES: [name: string, path: string][] = [
  ['recommended', 'policies/profiles/recommended.json'],
  ['strict', 'policies/profiles/strict.json'],
  ['every-type', 'test/fixtures/profiles/every-type.json'],
  ['appids', 'test/fixtures/profiles/appids.json'],
];

export const PROFILE_PATHS: string[] = PROFILES.map(([, path]) => path);

const plans = new Map<string, Plan>();

export function profilePlan(path: string): Plan {
  let plan = plans.get(path);
  if (!plan) {
    plan = planFromProfile({ profilePath: path, env: {} });
    plans.set(path, plan);
  }
  return plan;
}
