/**
 * Target "audit": the read-only posture audit script (audit/Test-T1559.ps1) whose JSON result `t1559 assess`
 * and `t1559 rollback` read. It builds no channel: it reads what any channel delivered.
 */
import { Markdown } from '../../lib/markdown-escape.js';
import type { Artifact } from '../../model/artifact.js';
import type { Plan } from '../../model/plan.js';
import type { TargetName } from '../../model/profile.js';
import { readmeSteps } from '../readme-part.js';
import type { ReadmePart, Target } from '../target.js';
import { AUDIT_SCRIPT_PATH, renderAuditScript } from './audit-script.js';

export function renderAudit(plan: Plan): Artifact[] {
  return [{ path: AUDIT_SCRIPT_PATH, bytes: renderAuditScript(plan) }];
}

export function auditReadme(plan: Plan, targets: readonly TargetName[]): ReadmePart {
  return {
    contents: [
      new Markdown(
        '| `audit/Test-T1559.ps1` | Read-only audit: what a machine enforces of this profile, as one JSON file | `t1559 assess`, `t1559 rollback`, Intune detection |',
      ),
    ],
    steps: { id: 'audit', markdown: readmeSteps('audit/deploy.md.ejs', plan, targets, {}) },
    writesValues: false,
  };
}

export const auditTarget: Target = {
  name: 'audit',
  channels: [],
  render: renderAudit,
  readme: auditReadme,
};
