/**
 * Structural rules of a setting's Intune Settings Catalog mapping (docs/formats.md "Intune Settings Catalog"):
 * what its ids must look like for the value ids the renderer builds from them to exist. The ids themselves are
 * pinned from real exports (the `source` says which); these rules catch a typo or a mismatched scope.
 */
import type { Control, SettingTemplate } from '../model/control.js';
import type { RuleProblem } from './rules.js';

/** The definition id of a Policy CSP OMA-URI: lowercased, without "./", "/" replaced by "_". */
export function definitionIdOfUri(uri: string): string {
  return uri.replace(/^\.\//, '').replace(/\//g, '_').toLowerCase();
}

/** Problems of one setting's mapping (paths relative to the setting). */
export function settingsCatalogProblems(t: SettingTemplate): RuleProblem[] {
  const sc = t.settingsCatalog;
  if (!sc) return [];
  const out: RuleProblem[] = [];
  const add = (path: string[], message: string) => out.push({ path: ['settingsCatalog', ...path], message });
  const prefix = t.scope === 'Machine' ? 'device_' : 'user_';
  if (!sc.id.startsWith(prefix)) add(['id'], `a ${t.scope} setting's Settings Catalog id starts with "${prefix}"`);
  if (sc.element) {
    if (!sc.element.id.startsWith(`${sc.id}_`))
      add(['element', 'id'], `an ADMX element's id starts with its setting's id and "_" (${sc.id}_...)`);
    if (t.admx?.state !== 'Enabled' || !t.admx.element)
      add(['element'], 'only the element of an Enabled ADMX policy ("admx.element") is a child setting');
    if ((sc.element.kind === 'boolean') !== (sc.element.trueData !== undefined))
      add(['element', 'trueData'], 'a boolean element names the registry data of its true value ("trueData"), other kinds do not');
  } else if (t.admx?.element && t.admx.state === 'Enabled' && !t.csp)
    add(['element'], `the ADMX element ${t.admx.element} needs its child id in "element"`);
  switch (t.csp?.format) {
    case 'asrRule': {
      const group = definitionIdOfUri(t.csp.uri);
      if (sc.under !== group) add(['under'], `an ASR rule is a child of the rules group "${group}"`);
      if (!sc.id.startsWith(`${group}_`)) add(['id'], `an ASR rule's id starts with "${group}_"`);
      break;
    }
    case 'implied':
    case 'asrExclusion':
    case 'integer':
    case 'admxEnabled': {
      const want = definitionIdOfUri(t.csp.uri);
      if (sc.id !== want) add(['id'], `the Settings Catalog id of ${t.csp.uri} is "${want}"`);
      if (sc.under) add(['under'], 'a Policy CSP setting does not nest');
      break;
    }
    case undefined:
      if (!t.admx && t.kind !== 'auditSubcategory')
        add([], 'only an ADMX-backed policy or a Policy CSP setting has a Settings Catalog definition');
      break;
  }
  if (t.kind === 'auditSubcategory' && !t.csp) add([], 'an audit subcategory reaches the Settings Catalog through its Policy CSP ("csp")');
  return out;
}

/** A choice option `under` must be the Enabled value of another setting of the same control. */
export function settingsCatalogNestingProblems(c: Control): RuleProblem[] {
  const out: RuleProblem[] = [];
  const enabledOptions = new Set(
    c.settings.flatMap((s) =>
      s.settingsCatalog && s.admx?.state === 'Enabled' && !s.settingsCatalog.under ? [`${s.settingsCatalog.id}_1`] : [],
    ),
  );
  c.settings.forEach((s, i) => {
    const under = s.settingsCatalog?.under;
    if (!under || s.csp?.format === 'asrRule') return;
    if (!enabledOptions.has(under))
      out.push({
        path: ['settings', i, 'settingsCatalog', 'under'],
        message: `"${under}" is not the Enabled option ("<id>_1") of another setting of this control, so nothing would hold this child`,
      });
    if (s.when)
      out.push({
        path: ['settings', i, 'when'],
        message: 'a nested Settings Catalog child cannot be conditional: its parent might be present without it, or it without its parent',
      });
  });
  return out;
}
