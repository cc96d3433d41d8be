/**
 * Target "pol": `pol/Machine/Registry.pol` and `pol/User/Registry.pol` ([MS-GPREG] 2.2.1 "Preg Message
 * Syntax"), the files LGPO.exe imports with `/m` (computer) and `/u` (user) into the local Group Policy.
 *
 * Unlike a GPO's registry.pol, these carry every registry operation of their scope, policy and preference keys
 * alike, because local policy has no Group Policy Preferences and no security template. Values outside
 * `Software\Policies` (and `Software\Microsoft\Windows\CurrentVersion\Policies`) are preferences: Windows does
 * not remove them when the policy is removed, they "tattoo" the registry until something deletes them.
 * Both files are always written; a scope without operations gets the 8-byte header alone.
 *
 * A Registry.pol cannot hold advanced audit policy, so when the profile sets an audit subcategory the target
 * also writes `pol/audit.csv` (the GPO's audit.csv, the file `LGPO.exe /a` applies); without it the local
 * policy path would silently lose that setting.
 */
import type { Plan } from '../../model/plan.js';
import { encodePol } from '../../formats/registry-pol.js';
import type { Artifact } from '../../model/artifact.js';
import { planToPolEntries } from '../../plan-readers/pol-entries.js';
import { localAuditCsv } from './local-audit-csv.js';

export function renderPol(plan: Plan): Artifact[] {
  const pols = (['Machine', 'User'] as const).map((scope) => ({
    path: `pol/${scope}/Registry.pol`,
    bytes: encodePol(planToPolEntries(plan, scope, { include: 'allRegistry' })),
  }));
  return [...pols, ...localAuditCsv(plan, 'pol')];
}
