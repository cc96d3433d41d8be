/** The bundle README's part for the dsc target (templates/dsc/deploy.md.ejs). */
import { Markdown } from '../../lib/markdown-escape.js';
import type { Plan } from '../../model/plan.js';
import type { TargetName } from '../../model/profile.js';
import { readmeSteps } from '../readme-part.js';
import type { ReadmePart } from '../target.js';

export function dscReadme(plan: Plan, targets: readonly TargetName[]): ReadmePart {
  return {
    contents: [
      new Markdown(
        '| `dsc/T1559Hardening.ps1`, `dsc/T1559Hardening.dsc.config.yaml` | PowerShell DSC v2 configuration and DSC v3 configuration document | `Start-DscConfiguration`, `dsc config set` |',
      ),
    ],
    steps: { id: 'dsc', markdown: readmeSteps('dsc/deploy.md.ejs', plan, targets, {}) },
    writesValues: true,
  };
}
