/** The bundle README's part for the detection target (templates/detection/deploy.md.ejs). */
import { Markdown } from '../../lib/markdown-escape.js';
import type { Plan } from '../../model/plan.js';
import type { TargetName } from '../../model/profile.js';
import { readmeSteps } from '../readme-part.js';
import type { ReadmePart } from '../target.js';
import type { DetectionRule } from './rule-model.js';
import { processRules, tamperRules } from './rules.js';

/** One row of the rule table: what each rule needs on the machines to fire. */
export interface RuleRow {
  file: string;
  title: string;
  level: string;
  needs: string;
  sigmaHq: string;
}

/** The events a rule reads; process creation rules without ParentCommandLine also run on Security 4688. */
export function ruleNeeds(rule: DetectionRule): string {
  if (rule.category === 'registry_set') return 'Sysmon event 13 (fragment: RegistryEvent)';
  if (rule.category === 'image_load') return 'Sysmon event 7 (fragment: ImageLoad)';
  const usesParentCommandLine = rule.selection.some((t) => t.field === 'ParentCommandLine');
  return usesParentCommandLine
    ? 'Sysmon event 1 (4688 has no parent command line)'
    : 'Sysmon event 1, or Security event 4688 (audit-process-creation)';
}

function row(rule: DetectionRule): RuleRow {
  return {
    file: `detection/sigma/${rule.slug}.yml`,
    title: rule.title,
    level: rule.level,
    needs: ruleNeeds(rule),
    sigmaHq: rule.related.map((r) => `${r.id} (${r.title})`).join('; '),
  };
}

export function detectionReadme(plan: Plan, targets: readonly TargetName[]): ReadmePart {
  const processes = processRules(plan).map(row);
  const tamperCount = tamperRules(plan).length;
  const auditSelected = plan.controls.some((c) => c.id === 'audit-process-creation');
  return {
    contents: [
      new Markdown(
        '| `detection/sysmon-t1559.xml`, `detection/sigma/*.yml` | Sysmon rule groups (process creation, image loads, a registry watch on every hardened value) and Sigma rules (tamper rule per value, process patterns) | Your Sysmon configuration, your SIEM (sigma-cli) |',
      ),
    ],
    steps: { id: 'detection', markdown: readmeSteps('detection/deploy.md.ejs', plan, targets, { processes, tamperCount, auditSelected }) },
    // Sysmon's configuration is the admin's own; the pack writes no registry value.
    writesValues: false,
  };
}
