/**
 * The explain text GPMC shows beside a T1559 policy (ADML `string`, plain text with line breaks): what the
 * control does and why, its ATT&CK ids, exactly what Enabled, Disabled and Not Configured write, the
 * official Microsoft policy to prefer where one writes the same value, and references.
 * Rationale, impact and catalog references appear when the builder has the catalog.
 */
import { MITIGATIONS, officialPolicyText, TECHNIQUES, type Control, type MitigationId, type TechniqueId } from '../../model/control.js';
import { isPolicyKey, type Scope } from '../../model/registry.js';
import { generatedBySentence, type Plan, type PlanControl, type RegistryOperation } from '../../model/plan.js';

export interface ExplainInput {
  plan: Plan;
  planControl: PlanControl;
  control?: Control;
  scope: Scope;
  operations: RegistryOperation[];
  enabled: string[];
  disabled: string[];
  /** Values Disabled leaves alone because another policy of this template also writes them. */
  keptOnDisabled: { where: string; otherPolicies: string[] }[];
  forIngestion: boolean;
}

export function attackUrl(id: MitigationId | TechniqueId): string {
  if (id.startsWith('DS')) return `https://attack.mitre.org/datasources/${id}/`;
  if (id.startsWith('M')) return `https://attack.mitre.org/mitigations/${id}/`;
  return `https://attack.mitre.org/techniques/${id.replace('.', '/')}/`;
}

export function policyExplainText(x: ExplainInput): string {
  const c = x.planControl;
  const hive = x.scope === 'Machine' ? 'HKEY_LOCAL_MACHINE (Computer Configuration)' : 'HKEY_CURRENT_USER (User Configuration)';
  const out: string[] = [c.title, ''];
  if (x.control) {
    out.push(x.control.summary, '', `Why: ${x.control.rationale}`, '', `Impact (${c.impact}): ${x.control.impactNote}`);
    if (x.control.optInReason) out.push(`Opt-in because: ${x.control.optInReason}`);
    out.push('');
  }
  out.push(
    `MITRE ATT&CK: control ${c.id}; mitigation ${c.mitigation} ${MITIGATIONS[c.mitigation]}; technique${c.techniques.length > 1 ? 's' : ''} ${c.techniques.map((t) => `${t} ${TECHNIQUES[t]}`).join(', ')}.`,
    `Tier ${c.tier}, impact ${c.impact}, confirmed by a Microsoft source: ${c.confirmed ? 'yes' : 'no (keep it opt-in and test first)'}.`,
  );
  if (c.lockoutRisk) out.push('WARNING: this control can lock administrators out of remote management; test on one machine first.');
  const params = Object.entries(c.parameters);
  if (params.length) out.push(`Profile parameters: ${params.map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ')}.`);
  const specs = Object.entries(x.control?.parameters ?? {});
  if (specs.length) out.push('', 'Parameters:', ...specs.map(([k, spec]) => `- ${k}: ${spec.description}`));
  out.push('', `If you enable this policy setting, it writes under ${hive}:`, ...x.enabled.map((l) => `- ${l}`));
  out.push('', 'If you disable this policy setting:');
  if (x.disabled.length) out.push(...x.disabled.map((l) => `- ${l}`));
  else out.push('- nothing is written (the enabled state only removes values, so there is no insecure value to restore).');
  out.push('  Without the values, Windows and Office use their built-in defaults (the state before this hardening).');
  for (const k of x.keptOnDisabled) out.push(`- ${k.where} is kept: ${k.otherPolicies.join(', ')} in this template also needs it.`);
  const tattoo = x.operations.filter((op) => !isPolicyKey(op.key));
  out.push('', 'If you do not configure it, nothing is written.');
  if (tattoo.length) {
    out.push(
      `Values outside the Policies keys are preferences: they stay after the GPO is unlinked or this policy is set back to Not Configured (tattooing). To undo them, set this policy to Disabled and let it apply before removing it. Affected: ${unique(tattoo.map((op) => `${op.key}\\${op.valueName}`)).join(', ')}.`,
    );
  }
  const official = unique(x.operations.filter((op) => op.admx).map((op) => officialPolicyText(op.admx!)));
  if (official.length) {
    out.push(
      '',
      "Microsoft's own policy writes the same value; prefer it where its ADMX is installed, and do not configure both for the same users or computers:",
      ...official.map((l) => `- ${l}`),
    );
  }
  if (x.forIngestion)
    out.push('', 'Intune: this policy comes from an ingested ADMX (ADMX ingestion); only keys Intune allows for ingestion are written.');
  out.push('', 'References:', ...[...c.techniques, c.mitigation].map((id) => `- MITRE ATT&CK ${id}: ${attackUrl(id)}`));
  for (const r of x.control?.references ?? []) out.push(`- ${r.title}: ${r.url}`);
  out.push('', generatedBySentence(x.plan));
  return out.join('\n');
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
