/**
 * The string and presentation ids an ADMX refers to and its ADML defines (`$(string.X)`,
 * `$(presentation.X)`). One naming rule, used by both serializers, so the references resolve by
 * construction; {@link admlStrings} lists every string once, in a stable order, and refuses duplicates.
 */
import { InternalError } from '../../lib/errors.js';
import type { AdmxDocument, AdmxPolicy } from './model.js';

export const ids = {
  supportedOn: (name: string) => name,
  category: (name: string) => name,
  categoryExplain: (name: string) => `${name}_Explain`,
  policy: (name: string) => name,
  policyExplain: (name: string) => `${name}_Explain`,
  enumItem: (policy: string, element: string, index: number) => `${policy}_${element}_Item${index}`,
  /** One presentation per policy that has elements, named after the policy. */
  presentation: (policy: string) => policy,
};

/** Every string of the ADML string table as [id, text], in document order; duplicate ids are a bug. */
export function admlStrings(doc: AdmxDocument): [string, string][] {
  const out: [string, string][] = [];
  for (const s of doc.supportedOn) out.push([ids.supportedOn(s.name), s.displayName]);
  for (const c of doc.categories) {
    out.push([ids.category(c.name), c.displayName]);
    if (c.explainText !== undefined) out.push([ids.categoryExplain(c.name), c.explainText]);
  }
  for (const p of doc.policies) out.push(...policyStrings(p));
  const seen = new Set<string>();
  for (const [id] of out) {
    if (seen.has(id)) throw new InternalError(`ADMX string id "${id}" is used twice; rename the category, policy or element`);
    seen.add(id);
  }
  return out;
}

function policyStrings(p: AdmxPolicy): [string, string][] {
  const out: [string, string][] = [
    [ids.policy(p.name), p.displayName],
    [ids.policyExplain(p.name), p.explainText],
  ];
  for (const e of p.elements) {
    if (e.type === 'enum') e.items.forEach((item, i) => out.push([ids.enumItem(p.name, e.id, i), item.label]));
  }
  return out;
}
