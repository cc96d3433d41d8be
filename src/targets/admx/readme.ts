/** The bundle README's part for the admx target (templates/admx/deploy.md.ejs). */
import { Markdown } from '../../lib/markdown-escape.js';
import { psString } from '../../lib/powershell.js';
import type { Plan } from '../../model/plan.js';
import type { TargetName } from '../../model/profile.js';
import { readmeSteps } from '../readme-part.js';
import type { ReadmePart } from '../target.js';

/** The SYSVOL central store of the profile's domain. */
function centralStore(domain: string): string {
  return `\\\\${domain}\\SYSVOL\\${domain}\\Policies\\PolicyDefinitions`;
}

export function admxReadme(plan: Plan, targets: readonly TargetName[]): ReadmePart {
  const copyAdmx = [
    `$store = ${psString(centralStore(plan.profile.gpo.domain))}`,
    "Copy-Item -LiteralPath '.\\admx\\T1559.admx' -Destination $store",
    "Copy-Item -LiteralPath '.\\admx\\en-US\\T1559.adml' -Destination (Join-Path $store 'en-US')",
  ];
  return {
    contents: [
      new Markdown(
        '| `admx/T1559.admx`, `admx/en-US/T1559.adml` | An administrative template with every setting, explained | Central store, Group Policy editor |',
      ),
    ],
    steps: { id: 'admx', markdown: readmeSteps('admx/deploy.md.ejs', plan, targets, { copyAdmx }) },
    // The template only describes the settings; a GPO that enables them writes the values.
    writesValues: false,
  };
}
