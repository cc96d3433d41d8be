/**
 * ADMX/ADML linter: the cross-reference and compatibility failures xmllint's schema check does not see
 * and that admins hit in GPMC, the Central Store or Intune ADMX ingestion (docs/formats.md "ADMX / ADML";
 * schema PolicyDefinitionFiles.xsd 2006/07; docs/domain.md "Intune ADMX ingestion limits" for ingestion). It knows
 * nothing of T1559 and reads any ADMX/ADML pair.
 *
 * Every problem carries a stable rule id, the file and line, an element path such as
 * `policyDefinitions/policies/policy[@name="X"]/elements/enum[@id="Mode"]`, and a message that says how
 * to fix it. Input that is not well-formed XML raises a UserError (E_ADMX) with file, line and column.
 * Without the ADML, the rules that need it (string and presentation references, presentation controls,
 * comboBox) are skipped.
 *
 * A missing default `xmlns` is not a problem: Microsoft's Office templates ship without one and GPMC
 * loads them. A wrong one is (`namespace-xmlns`).
 */
import { ingestionAllows } from './intune-ingestion.js';
import { attribute, parseXml, type XmlElement } from './xml-reader.js';

export const ADMX_LINT_RULES = {
  'root-element': 'the root element is not policyDefinitions (ADMX) / policyDefinitionResources (ADML)',
  'namespace-missing': 'policyNamespaces/target with a prefix and a namespace is missing',
  'namespace-xmlns': 'the default xmlns is not the PolicyDefinitions namespace',
  'namespace-prefix-duplicate': 'a namespace prefix is declared twice',
  'revision-format': 'revision, schemaVersion or resources minRequiredRevision is not major.minor',
  'adml-revision': 'the ADML revision is lower than the ADMX resources minRequiredRevision',
  'id-invalid': 'an id or name has characters other than letters, digits and "_"',
  'id-duplicate': 'an id or name is declared twice',
  'string-ref-unresolved': 'a $(string.X) reference has no string in the ADML',
  'presentation-ref-unresolved': 'a $(presentation.X) reference has no presentation in the ADML',
  'presentation-control-missing': 'an element has no presentation control',
  'presentation-control-orphan': 'a presentation control refers to no element of the policies using it',
  'presentation-control-type': 'a presentation control does not fit its element type',
  'category-ref-unknown': 'a parentCategory ref is not declared and not from a using namespace',
  'supportedon-ref-unknown': 'a supportedOn ref is not declared and not from a using namespace',
  'ingestion-combobox': 'Intune ADMX ingestion does not support comboBox presentations',
  'ingestion-refused-key': 'Intune ADMX ingestion refuses this registry key',
} as const;
export type AdmxLintRule = keyof typeof ADMX_LINT_RULES;

export interface LintProblem {
  rule: AdmxLintRule;
  file: string;
  line: number;
  path: string;
  message: string;
}

export interface AdmxLintOptions {
  /** Also check what Intune ADMX ingestion refuses (default true). */
  ingestion?: boolean;
}

export const POLICY_DEFINITIONS_NAMESPACE = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
const ID = /^[\p{L}\p{N}_]+$/u;
const VERSION = /^[0-9]{1,4}\.[0-9]{1,5}$/;
const STRING_REF = /^\$\(string\.([^)]*)\)$/;
const PRESENTATION_REF = /^\$\(presentation\.([^)]*)\)$/;
/** Which presentation controls can show which element (PolicyDefinitions.xsd annotations). */
const CONTROLS_FOR: Record<string, string[]> = {
  decimal: ['decimalTextBox'],
  text: ['textBox', 'comboBox', 'decimalTextBox'],
  enum: ['dropdownList'],
  boolean: ['checkBox'],
  list: ['listBox'],
  multiText: ['multiTextBox'],
};
const CONTROL_NAMES = new Set(Object.values(CONTROLS_FOR).flat());

export function lintAdmx(
  admxText: string,
  admlText?: string,
  files?: { admx: string; adml?: string },
  options: AdmxLintOptions = {},
): LintProblem[] {
  const admxFile = files?.admx ?? 'input.admx';
  const admlFile = files?.adml ?? 'input.adml';
  const admx = parseXml(admxText, admxFile).root;
  const adml = admlText === undefined ? undefined : parseXml(admlText, admlFile).root;
  const problems: LintProblem[] = [];
  const report = (rule: AdmxLintRule, file: string, el: XmlElement, message: string) =>
    problems.push({ rule, file, line: el.line, path: pathOf(el), message });
  const onAdmx = (rule: AdmxLintRule, el: XmlElement, message: string) => report(rule, admxFile, el, message);
  const onAdml = (rule: AdmxLintRule, el: XmlElement, message: string) => report(rule, admlFile, el, message);

  const resources = adml ? lintAdml(adml, onAdml) : undefined;
  if (admx.local !== 'policyDefinitions') {
    onAdmx(
      'root-element',
      admx,
      `the root element is <${admx.name}>; an ADMX file starts with <policyDefinitions>. Check that this is the .admx, not the .adml`,
    );
    return sortProblems(problems, admxFile);
  }
  checkXmlns(admx, onAdmx);
  checkVersion(admx, 'revision', onAdmx);
  checkVersion(admx, 'schemaVersion', onAdmx);

  // Namespaces.
  const ns = child(admx, 'policyNamespaces');
  const target = ns && child(ns, 'target');
  let targetPrefix: string | undefined;
  const usingPrefixes = new Set<string>();
  if (!ns || !target) {
    onAdmx(
      'namespace-missing',
      ns ?? admx,
      'no policyNamespaces/target; add <policyNamespaces><target prefix="myapp" namespace="Vendor.Policies.MyApp"/></policyNamespaces> as the first child',
    );
  }
  if (ns) {
    const seen = new Set<string>();
    for (const decl of ns.children.filter((c) => c.local === 'target' || c.local === 'using')) {
      const prefix = attribute(decl, 'prefix');
      const namespace = attribute(decl, 'namespace');
      if (!prefix || !namespace || namespace.trim() === '') {
        onAdmx('namespace-missing', decl, `<${decl.local}> needs both a prefix and a namespace; give it prefix="..." namespace="..."`);
        continue;
      }
      if (!ID.test(prefix)) onAdmx('id-invalid', decl, `prefix "${prefix}" may only contain letters, digits and "_"; rename it`);
      if (seen.has(prefix.toLowerCase()))
        onAdmx(
          'namespace-prefix-duplicate',
          decl,
          `prefix "${prefix}" is declared twice in policyNamespaces; give each namespace its own prefix`,
        );
      seen.add(prefix.toLowerCase());
      if (decl.local === 'target') targetPrefix = prefix;
      else usingPrefixes.add(prefix);
    }
  }
  const res = child(admx, 'resources');
  if (!res)
    onAdmx(
      'revision-format',
      admx,
      'no <resources minRequiredRevision="1.0"/>; add it after policyNamespaces so GPMC knows which ADML revision it needs',
    );
  else checkVersion(res, 'minRequiredRevision', onAdmx);
  if (resources && res) {
    const need = attribute(res, 'minRequiredRevision');
    const have = attribute(resources.root, 'revision');
    if (need && have && VERSION.test(need) && VERSION.test(have) && compareVersions(have, need) < 0) {
      onAdml(
        'adml-revision',
        resources.root,
        `ADML revision ${have} is lower than the ADMX's minRequiredRevision ${need}; GPMC refuses the pair. Ship the matching ADML or raise its revision`,
      );
    }
  }

  // Declarations.
  const declared = (el: XmlElement | undefined, local: string): XmlElement[] =>
    el ? descendants(el).filter((d) => d.local === local) : [];
  const supportedTable = child(admx, 'supportedOn');
  const supportedNames = uniqueNames(
    [
      ...declared(supportedTable, 'product'),
      ...declared(supportedTable, 'majorVersion'),
      ...declared(supportedTable, 'minorVersion'),
      ...declared(supportedTable, 'definition'),
    ],
    'name',
    'supportedOn name',
    onAdmx,
  );
  const categories = declared(child(admx, 'categories'), 'category');
  const categoryNames = uniqueNames(categories, 'name', 'category name', onAdmx);
  const policies = declared(child(admx, 'policies'), 'policy');
  uniqueNames(policies, 'name', 'policy name', onAdmx);

  const checkRef = (el: XmlElement, kind: 'category' | 'supportedOn', names: Set<string>) => {
    const ref = attribute(el, 'ref');
    const rule: AdmxLintRule = kind === 'category' ? 'category-ref-unknown' : 'supportedon-ref-unknown';
    if (!ref) {
      onAdmx(rule, el, `<${el.local}> has no ref; give it ref="name" or ref="prefix:name"`);
      return;
    }
    const colon = ref.indexOf(':');
    if (colon >= 0) {
      const prefix = ref.slice(0, colon);
      const name = ref.slice(colon + 1);
      if (usingPrefixes.has(prefix)) return;
      if (targetPrefix === undefined) return; // namespace-missing already says it; the prefix cannot be judged
      if (prefix !== targetPrefix) {
        onAdmx(
          rule,
          el,
          `ref "${ref}" uses prefix "${prefix}", which policyNamespaces does not declare; add <using prefix="${prefix}" namespace="..."/> or fix the prefix`,
        );
        return;
      }
      if (!names.has(name))
        onAdmx(
          rule,
          el,
          `ref "${ref}" names no ${kind} of this file; declare ${kind === 'category' ? `<category name="${name}">` : `a supportedOn definition "${name}"`} or fix the name`,
        );
      return;
    }
    if (!names.has(ref))
      onAdmx(
        rule,
        el,
        `ref "${ref}" names no ${kind} of this file and has no namespace prefix; declare it, or write "windows:${ref}" (with a using for that namespace) if it comes from another ADMX`,
      );
  };
  for (const c of categories)
    for (const p of c.children.filter((x) => x.local === 'parentCategory')) checkRef(p, 'category', categoryNames);

  // String references: every displayName/explainText in the ADMX.
  for (const el of descendants(admx)) {
    for (const name of ['displayName', 'explainText']) {
      const value = attribute(el, name);
      if (value === undefined) continue;
      const m = STRING_REF.exec(value);
      if (!m || !ID.test(m[1]!)) {
        onAdmx(
          'string-ref-unresolved',
          el,
          `${name}="${value}" is not a $(string.ID) reference; write ${name}="$(string.SomeId)" and define <string id="SomeId"> in the ADML`,
        );
      } else if (resources && !resources.strings.has(m[1]!)) {
        onAdmx(
          'string-ref-unresolved',
          el,
          `${name} refers to $(string.${m[1]}), which the ADML string table does not define; add <string id="${m[1]}">...</string> or fix the id`,
        );
      }
    }
  }

  // Policies.
  const presentationUsers = new Map<string, XmlElement[]>();
  for (const policy of policies) {
    for (const p of policy.children.filter((x) => x.local === 'parentCategory')) checkRef(p, 'category', categoryNames);
    for (const s of policy.children.filter((x) => x.local === 'supportedOn')) checkRef(s, 'supportedOn', supportedNames);
    const elements = child(policy, 'elements')?.children ?? [];
    uniqueNames(elements, 'id', 'element id', onAdmx);
    const presentation = attribute(policy, 'presentation');
    let controls: XmlElement[] | undefined;
    if (presentation !== undefined) {
      const m = PRESENTATION_REF.exec(presentation);
      if (!m || !ID.test(m[1]!)) {
        onAdmx(
          'presentation-ref-unresolved',
          policy,
          `presentation="${presentation}" is not a $(presentation.ID) reference; write presentation="$(presentation.SomeId)"`,
        );
      } else if (resources) {
        const pres = resources.presentations.get(m[1]!);
        if (!pres)
          onAdmx(
            'presentation-ref-unresolved',
            policy,
            `presentation refers to $(presentation.${m[1]}), which the ADML presentation table does not define; add <presentation id="${m[1]}"> or fix the id`,
          );
        else {
          controls = pres.children.filter((c) => CONTROL_NAMES.has(c.local));
          presentationUsers.set(m[1]!, [...(presentationUsers.get(m[1]!) ?? []), policy]);
        }
      }
    }
    if (resources) {
      for (const e of elements) {
        const id = attribute(e, 'id');
        if (presentation === undefined) {
          onAdmx(
            'presentation-control-missing',
            e,
            `the policy has elements but no presentation attribute, so GPMC cannot show element "${id}"; add presentation="$(presentation.${attribute(policy, 'name') ?? 'Id'})" and a matching ADML presentation`,
          );
          continue;
        }
        if (!controls) continue;
        const control = controls.find((c) => attribute(c, 'refId') === id);
        if (!control) {
          const wanted = CONTROLS_FOR[e.local]?.[0] ?? 'control';
          onAdmx(
            'presentation-control-missing',
            e,
            `no control in presentation "${PRESENTATION_REF.exec(presentation)?.[1]}" has refId="${id}"; add <${wanted} refId="${id}">label</${wanted}> to it`,
          );
        } else if (CONTROLS_FOR[e.local] && !CONTROLS_FOR[e.local]!.includes(control.local)) {
          onAdml(
            'presentation-control-type',
            control,
            `<${control.local}> cannot show the ${e.local} element "${id}"; use <${CONTROLS_FOR[e.local]!.join('> or <')}>`,
          );
        }
      }
    }
    if (options.ingestion !== false) checkIngestionKeys(policy, onAdmx);
  }

  // Presentation controls that match no element of the policies using the presentation.
  if (resources) {
    for (const [id, users] of presentationUsers) {
      const elementIds = new Set(users.flatMap((p) => (child(p, 'elements')?.children ?? []).map((e) => attribute(e, 'id'))));
      const pres = resources.presentations.get(id)!;
      for (const c of pres.children.filter((x) => CONTROL_NAMES.has(x.local))) {
        const ref = attribute(c, 'refId');
        if (!elementIds.has(ref))
          onAdml(
            'presentation-control-orphan',
            c,
            `refId="${ref}" matches no element of policy ${users.map((p) => attribute(p, 'name')).join(', ')}; remove the control or fix the refId`,
          );
      }
    }
    if (options.ingestion !== false) {
      for (const pres of resources.presentations.values()) {
        for (const c of pres.children.filter((x) => x.local === 'comboBox')) {
          onAdml(
            'ingestion-combobox',
            c,
            'Intune ADMX ingestion does not support comboBox; use a textBox (suggestions go into the explain text) if the template is to be ingested',
          );
        }
      }
    }
  }
  return sortProblems(problems, admxFile);
}

interface AdmlResources {
  root: XmlElement;
  strings: Set<string>;
  presentations: Map<string, XmlElement>;
}

function lintAdml(adml: XmlElement, report: (rule: AdmxLintRule, el: XmlElement, message: string) => void): AdmlResources {
  const out: AdmlResources = { root: adml, strings: new Set(), presentations: new Map() };
  if (adml.local !== 'policyDefinitionResources') {
    report(
      'root-element',
      adml,
      `the root element is <${adml.name}>; an ADML file starts with <policyDefinitionResources>. Check that this is the .adml, not the .admx`,
    );
    return out;
  }
  checkXmlns(adml, report);
  checkVersion(adml, 'revision', report);
  checkVersion(adml, 'schemaVersion', report);
  const resources = child(adml, 'resources');
  const strings = resources && child(resources, 'stringTable');
  for (const id of uniqueNames(strings?.children.filter((c) => c.local === 'string') ?? [], 'id', 'string id', report)) out.strings.add(id);
  const presentations = (resources && child(resources, 'presentationTable'))?.children.filter((c) => c.local === 'presentation') ?? [];
  uniqueNames(presentations, 'id', 'presentation id', report);
  for (const p of presentations) {
    const id = attribute(p, 'id');
    if (id !== undefined && !out.presentations.has(id)) out.presentations.set(id, p);
    uniqueNames(
      p.children.filter((c) => CONTROL_NAMES.has(c.local)),
      'refId',
      'control refId',
      report,
    );
  }
  return out;
}

function checkXmlns(root: XmlElement, report: (rule: AdmxLintRule, el: XmlElement, message: string) => void): void {
  const xmlns = attribute(root, 'xmlns');
  if (xmlns !== undefined && xmlns !== POLICY_DEFINITIONS_NAMESPACE) {
    report(
      'namespace-xmlns',
      root,
      `xmlns="${xmlns}" is not the Group Policy namespace; write xmlns="${POLICY_DEFINITIONS_NAMESPACE}" (or leave it out, as Office templates do)`,
    );
  }
}

function checkVersion(el: XmlElement, name: string, report: (rule: AdmxLintRule, el: XmlElement, message: string) => void): void {
  const v = attribute(el, name);
  if (v === undefined) report('revision-format', el, `${name} is missing; add ${name}="1.0"`);
  else if (!VERSION.test(v))
    report('revision-format', el, `${name}="${v}" is not major.minor (1 to 4 digits, ".", 1 to 5 digits); write for example ${name}="1.0"`);
}

/** Report invalid and duplicate names/ids; returns the set of names seen. */
function uniqueNames(
  els: XmlElement[],
  attr: string,
  what: string,
  report: (rule: AdmxLintRule, el: XmlElement, message: string) => void,
): Set<string> {
  const seen = new Map<string, XmlElement>();
  for (const el of els) {
    const v = attribute(el, attr);
    if (v === undefined) continue;
    if (!ID.test(v))
      report('id-invalid', el, `${what} "${v}" has characters other than letters, digits and "_"; rename it (and every reference to it)`);
    const prev = seen.get(v);
    if (prev)
      report('id-duplicate', el, `${what} "${v}" is already declared on line ${prev.line}; ids must be unique, so rename one of them`);
    else seen.set(v, el);
  }
  return new Set(seen.keys());
}

/** Every key a policy may write, reported once per policy at the first element that introduces it. */
function checkIngestionKeys(policy: XmlElement, report: (rule: AdmxLintRule, el: XmlElement, message: string) => void): void {
  const policyKey = attribute(policy, 'key') ?? '';
  const seen = new Set<string>();
  const check = (el: XmlElement, key: string | undefined) => {
    const k = key ?? policyKey;
    if (k === '' || seen.has(k.toLowerCase())) return;
    seen.add(k.toLowerCase());
    if (!ingestionAllows(k)) {
      report(
        'ingestion-refused-key',
        el,
        `Intune ADMX ingestion refuses key "${k}" (under System, Software\\Microsoft or Software\\Policies\\Microsoft outside the allowed prefixes); deliver this value with its CSP or a remediation script instead, or leave this policy out of the ingested ADMX`,
      );
    }
  };
  check(policy, policyKey);
  for (const el of descendants(policy)) {
    if (
      el.local === 'item' &&
      el.parent &&
      ['enabledList', 'disabledList', 'valueList', 'trueList', 'falseList'].includes(el.parent.local)
    ) {
      check(el, attribute(el, 'key') ?? attribute(el.parent, 'defaultKey'));
    } else if (el.parent?.local === 'elements') check(el, attribute(el, 'key'));
  }
}

function child(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

/** Every element below el in document order; a loop with an explicit stack, not recursion. */
function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const pending: XmlElement[] = [...el.children].reverse();
  while (pending.length > 0) {
    const e = pending.pop()!;
    out.push(e);
    for (let k = e.children.length - 1; k >= 0; k--) pending.push(e.children[k]!);
  }
  return out;
}

/**
 * Position among same-named siblings (1-based) and how many there are, computed once per parent: a
 * rescan per problem made 20,000 sibling <using> elements quadratic.
 */
const siblingIndex = new WeakMap<XmlElement, Map<XmlElement, { index: number; count: number }>>();
function sameNamePosition(e: XmlElement, parent: XmlElement): { index: number; count: number } {
  let table = siblingIndex.get(parent);
  if (!table) {
    table = new Map();
    const counts = new Map<string, number>();
    for (const c of parent.children) {
      const index = (counts.get(c.local) ?? 0) + 1;
      counts.set(c.local, index);
      table.set(c, { index, count: 0 });
    }
    for (const [c, slot] of table) slot.count = counts.get(c.local)!;
    siblingIndex.set(parent, table);
  }
  return table.get(e)!;
}

/** `policyDefinitions/policies/policy[@name="X"]/elements/enum[@id="Mode"]`. */
export function pathOf(el: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | undefined = el; e; e = e.parent) parts.unshift(step(e));
  return parts.join('/');
}

function step(e: XmlElement): string {
  for (const key of ['name', 'id', 'refId']) {
    const v = attribute(e, key);
    if (v !== undefined) return `${e.local}[@${key}="${v.replace(/["\\]/g, (c) => `\\${c}`)}"]`;
  }
  if (e.parent) {
    const { index, count } = sameNamePosition(e, e.parent);
    if (count > 1) return `${e.local}[${index}]`;
  }
  return e.local;
}

function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number) as [number, number];
  const [bm, bn] = b.split('.').map(Number) as [number, number];
  return am - bm || an - bn;
}

/** ADMX problems first, then ADML; by line, rule and path. */
function sortProblems(problems: LintProblem[], admxFile: string): LintProblem[] {
  const rank = (p: LintProblem) => (p.file === admxFile ? 0 : 1);
  return problems.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.line - b.line ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}
