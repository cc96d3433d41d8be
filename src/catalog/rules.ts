/**
 * The catalog's semantic rules: what the schema's shapes cannot say (a setting's kind agrees with its key,
 * an action has the fields it needs, a control's confirmation and tier agree, parameters referred to exist).
 * Run by the loader after the schema, each problem with its JSON path (docs/architecture.md "Adding a control").
 */
import type { Control, DataExpr, SettingTemplate } from '../model/control.js';
import { isPolicyKey, registryKeySchema } from '../model/registry.js';
import { settingsCatalogNestingProblems, settingsCatalogProblems } from './settings-catalog-rules.js';

export interface RuleProblem {
  /** JSON path below the control, e.g. ['settings', 2, 'key']. */
  path: (string | number)[];
  message: string;
}

/** Problems of one setting template. */
export function settingProblems(t: SettingTemplate): RuleProblem[] {
  const out: RuleProblem[] = [];
  const add = (path: (string | number)[], message: string) => out.push({ path, message });
  if (t.kind === 'auditSubcategory') {
    if (t.scope !== 'Machine') add(['scope'], 'advanced audit policy is a computer setting: scope "Machine"');
    if (!t.audit) add(['audit'], 'an auditSubcategory setting needs "audit"');
    if (t.key || t.value) add(['key'], 'an auditSubcategory setting has no registry key or value');
    return out;
  }
  if (!t.key) add(['key'], 'a registry setting needs "key"');
  if (t.key) {
    const probe = t.key.replace(/\{[^}]*\}/g, 'x');
    const r = registryKeySchema.safeParse(probe);
    if (!r.success) add(['key'], r.error.issues[0]?.message ?? 'bad key');
    if (t.key.includes('{version}') && !t.officeVersions)
      add(['officeVersions'], 'a key with {version} must list the Office versions it applies to');
  }
  const needsValueName = t.action === 'set' || t.action === 'deleteValue';
  if (needsValueName && t.valueName === undefined) add(['valueName'], `action ${t.action} needs "valueName"`);
  if (t.action === 'set' && !t.value) add(['value'], 'action set needs "value"');
  if (t.action !== 'set' && t.value) add(['value'], `action ${t.action} takes no value`);
  if (t.key) {
    // The kind decides GPO routing, so it must agree with where the key lives.
    const policy = isPolicyKey(t.key);
    if (t.kind === 'policy' && !policy) add(['kind'], 'kind "policy" needs a key under Software\\Policies (otherwise use "preference")');
    if (t.kind === 'preference' && policy) add(['kind'], 'a key under Software\\Policies is kind "policy", not "preference"');
    if (
      t.kind === 'securityOption' &&
      (t.scope !== 'Machine' ||
        t.action !== 'set' ||
        !['REG_SZ', 'REG_EXPAND_SZ', 'REG_DWORD', 'REG_MULTI_SZ'].includes(t.value?.type ?? ''))
    )
      add(
        ['kind'],
        'a securityOption is a Machine "set" of REG_SZ, REG_EXPAND_SZ, REG_DWORD or REG_MULTI_SZ (what GptTmpl.inf [Registry Values] can hold)',
      );
  }
  if (t.valueName?.startsWith('**')) add(['valueName'], 'use an explicit action instead of a "**" control name');
  out.push(...settingsCatalogProblems(t));
  return out;
}

/** Problems of one control, its settings' included (paths relative to the control). */
export function controlProblems(c: Control): RuleProblem[] {
  const out: RuleProblem[] = [];
  const add = (path: (string | number)[], message: string) => out.push({ path, message });
  c.settings.forEach((s, i) => {
    for (const p of settingProblems(s)) out.push({ path: ['settings', i, ...p.path], message: p.message });
  });
  if ((c.tier === 'optIn' || !c.confirmed) && !c.optInReason)
    add(['optInReason'], 'opt-in and unconfirmed controls must say why in "optInReason"');
  if (!c.confirmed && c.tier !== 'optIn') add(['tier'], 'a control not confirmed by a Microsoft source must be tier "optIn"');
  // The control's flag summarises its settings': confirmed exactly when every setting is.
  const allConfirmed = c.settings.every((s) => s.confirmed);
  if (c.confirmed !== allConfirmed)
    add(
      ['confirmed'],
      c.confirmed
        ? 'a confirmed control cannot hold unconfirmed settings'
        : 'an unconfirmed control must hold at least one unconfirmed setting',
    );
  out.push(...settingsCatalogNestingProblems(c));
  const ids = new Set<string>();
  c.settings.forEach((s, i) => {
    if (ids.has(s.id)) add(['settings', i, 'id'], `duplicate setting id "${s.id}"`);
    ids.add(s.id);
    const refs = [s.forEach, s.when && 'param' in s.when ? s.when.param : undefined, paramOf(s.value?.data)];
    for (const r of refs) if (r !== undefined && !(r in c.parameters)) add(['settings', i], `refers to unknown parameter "${r}"`);
  });
  return out;
}

function paramOf(expr: DataExpr | undefined): string | undefined {
  return expr && typeof expr === 'object' && !Array.isArray(expr) && 'param' in expr ? expr.param : undefined;
}
