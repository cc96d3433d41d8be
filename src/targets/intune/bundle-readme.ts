/** The bundle README's part for the intune target (templates/intune/deploy.md.ejs); intune/README.md is readme.ts. */
import { Markdown } from '../../lib/markdown-escape.js';
import type { Plan } from '../../model/plan.js';
import type { TargetName } from '../../model/profile.js';
import { readmeSteps } from '../readme-part.js';
import type { ReadmePart } from '../target.js';

export function intuneBundleReadme(plan: Plan, targets: readonly TargetName[]): ReadmePart {
  return {
    contents: [
      new Markdown(
        '| `intune/` | Microsoft Graph bodies: custom configuration profiles (`T1559 - Device.json`, `T1559 - User.json`: native CSPs and ADMX ingestion), remediation script pairs (`remediations/`), the same objects for IntuneManagement, and its own `README.md` | `Invoke-MgGraphRequest`, Intune admin center |',
      ),
    ],
    steps: { id: 'intune', markdown: readmeSteps('intune/deploy.md.ejs', plan, targets, {}) },
    writesValues: true,
  };
}
