/** Starter profiles for `t1559 init`: the shipped tiers, with every parameter spelled out. */
import type { Catalog } from './load.js';

export function starterProfile(catalog: Catalog, strict: boolean, schemaRef: string): string {
  const tiers = strict ? ['recommended', 'strict'] : ['recommended'];
  const controls: Record<string, { parameters?: Record<string, unknown> }> = {};
  for (const c of catalog.controls) {
    if (!tiers.includes(c.tier)) continue;
    const params = Object.fromEntries(Object.entries(c.parameters).map(([k, spec]) => [k, spec.default]));
    controls[c.id] = Object.keys(params).length ? { parameters: params } : {};
  }
  const profile = {
    $schema: schemaRef,
    name: strict ? 'my-strict' : 'my-recommended',
    description: `Starter profile (${tiers.join(' + ')} controls). Opt-in controls are listed by \`t1559 list\`; add them here with care.`,
    officeVersions: ['16.0'],
    gpo: { displayName: strict ? 'T1559 IPC hardening (strict)' : 'T1559 IPC hardening', domain: 'contoso.com' },
    controls,
  };
  return `${JSON.stringify(profile, null, 2)}\n`;
}
