/**
 * Every PowerShell script the bundle ships is run or parsed by this suite: remediation scripts by
 * remediation.test.ts and hostile.test.ts (executed), DSC configurations by dsc.test.ts (real parser). A new script
 * (the posture audit, a helper) fails here until it is added; run it through registry-harness.ps1's
 * Invoke-WithFakeRegistry (script text + registry state -> exit code, stdout lines, final state).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { TARGET_NAMES } from '../../src/model/profile.js';
import { renderTargets } from '../../src/targets/index.js';
import { PROFILES, profilePlan } from '../helpers/profile-plans.js';

const COVERED: [RegExp, string][] = [
  [/^intune\/remediations\/T1559 - (Machine|User)\/(detect|remediate)\.ps1$/, 'remediation.test.ts, hostile.test.ts'],
  [/^dsc\/T1559Hardening\.ps1$/, 'dsc.test.ts'],
  [/^audit\/Test-T1559\.ps1$/, 'audit.test.ts'],
];

test('every .ps1 / .psm1 / .psd1 in every bundle is covered by the PowerShell behaviour suite', () => {
  const seen = new Set<string>();
  for (const [, path] of PROFILES) {
    for (const a of renderTargets(profilePlan(path), [...TARGET_NAMES])) {
      if (!/\.ps[dm]?1$/i.test(a.path)) continue;
      seen.add(a.path);
      assert.ok(
        COVERED.some(([re]) => re.test(a.path)),
        `${a.path} is shipped but no PowerShell behaviour test runs it; add it to test/powershell`,
      );
    }
  }
  for (const [re, by] of COVERED)
    assert.ok(
      [...seen].some((p) => re.test(p)),
      `${by}: some profile still ships ${re}`,
    );
});

test.run();
