/**
 * detection/sigma/<slug>.yml: one Sigma detection rule per DetectionRule (docs/formats.md "Sigma rules").
 * Field names are the Sigma taxonomy's for Sysmon-backed Windows log sources (process_creation, image_load,
 * registry_set). Values are Sigma strings: `*` and `?` are wildcards and `\` escapes them, so registry paths
 * are escaped by {@link sigmaString}.
 */
import { Document } from 'yaml';
import { generatedBy, type Plan } from '../../model/plan.js';
import type { DetectionRule, FieldMatch } from './rule-model.js';

/**
 * A literal as a Sigma string value: `*` and `?` escaped, and a backslash doubled where it would
 * otherwise escape what follows (before `*`, `?`, `\`) or end the value (Sigma specification,
 * "Escaping"). Other backslashes stay single, as in every public rule.
 */
export function sigmaString(literal: string): string {
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const ch = literal[i]!;
    if (ch === '*' || ch === '?') out += `\\${ch}`;
    else if (ch === '\\') {
      const next = literal[i + 1];
      out += next === undefined || next === '*' || next === '?' || next === '\\' ? '\\\\' : '\\';
    } else out += ch;
  }
  return out;
}

function searchIdentifier(tests: readonly FieldMatch[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const t of tests) {
    const key = t.match === 'equals' ? t.field : `${t.field}|${t.match}`;
    const values = t.values.map(sigmaString);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** Sigma tags: the ATT&CK tactic and techniques, plus Modify Registry for tamper rules. */
export function sigmaTags(rule: DetectionRule): string[] {
  const tags = ['attack.execution', ...rule.techniques.map((t) => `attack.${t.toLowerCase()}`)];
  if (rule.category === 'registry_set') tags.push('attack.defense-evasion', 'attack.t1112');
  return tags;
}

export function sigmaRuleObject(plan: Plan, rule: DetectionRule): Record<string, unknown> {
  const detection: Record<string, unknown> = { selection: searchIdentifier(rule.selection) };
  if (rule.filter) detection['filter_profile_value'] = searchIdentifier(rule.filter);
  detection['condition'] = rule.filter ? 'selection and not filter_profile_value' : 'selection';
  return {
    title: rule.title,
    id: rule.id,
    ...(rule.related.length ? { related: rule.related.map((r) => ({ id: r.id, type: 'similar' })) } : {}),
    status: 'experimental',
    description: `${rule.description} Controls: ${rule.controls.join(', ') || 'none selected'}.`,
    references: rule.references,
    author: generatedBy(plan),
    tags: sigmaTags(rule),
    logsource: { category: rule.category, product: 'windows' },
    detection,
    falsepositives: rule.falsepositives,
    level: rule.level,
  };
}

export function renderSigmaRule(plan: Plan, rule: DetectionRule): string {
  const doc = new Document(sigmaRuleObject(plan, rule));
  return doc.toString({ defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN', lineWidth: 0, indentSeq: true });
}
