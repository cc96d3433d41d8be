/**
 * Resolve catalog + profile into a Plan: concrete, ordered operations with provenance and routes.
 * Semantic validation reports every problem at once (unknown control or parameter, bad value,
 * conflicting writes, settings not applicable to a selected Office version).
 */
import type { Condition, Control, DataExpr, OfficeVersion, SettingTemplate } from '../model/control.js';
import { parameterZod } from '../model/parameter.js';
import type { Operation, ParameterBinding, Plan, PlanControl, RegistryOperation } from '../model/plan.js';
import type { Profile } from '../model/profile.js';
import { formatValue, registryKeyProblem, registryValueSchema, sameValue, valueNameProblem, type RegistryValue } from '../model/registry.js';
import { UserError, type Problem } from '../lib/errors.js';
import { jsonPath } from '../lib/json.js';
import { toolVersion } from '../lib/paths.js';
import type { Catalog } from './load.js';
import { auditRoutes, registryRoutes } from './routes.js';
import { encodeData } from './encoders.js';
import { lockoutProblems } from './safety.js';

const DEFAULT_BACKUP_TIME = '2000-01-01T00:00:00Z';

export interface ResolveOptions {
  /** Where the profile came from, for messages. */
  file: string;
  /** SOURCE_DATE_EPOCH, when set, fixes the GPO backup time. */
  sourceDateEpoch?: string | undefined;
}

type Params = Record<string, unknown>;
type Item = unknown;

export function resolvePlan(catalog: Catalog, profile: Profile, options: ResolveOptions): Plan {
  const problems: Problem[] = [];
  const at = (...path: PropertyKey[]) => `${options.file}: ${jsonPath(path)}`;
  const planControls: PlanControl[] = [];
  const operations: Operation[] = [];

  const selectedIds = Object.keys(profile.controls);
  for (const id of selectedIds) {
    if (!catalog.byId.has(id)) {
      problems.push({ where: at('controls', id), message: `unknown control "${id}"${suggest(id, [...catalog.byId.keys()])}; run \`t1559 list\` for the ids` });
    }
  }

  // Catalog order, not profile order: the same selection gives the same plan.
  for (const control of catalog.controls) {
    const selection = profile.controls[control.id];
    if (!selection) continue;
    const params = resolveParameters(control, selection.parameters ?? {}, (p, m) => problems.push({ where: at('controls', control.id, 'parameters', ...p), message: m }));
    const versions = selection.officeVersions ?? profile.officeVersions;
    for (const v of selection.officeVersions ?? []) {
      if (!profile.officeVersions.includes(v))
        problems.push({ where: at('controls', control.id, 'officeVersions'), message: `Office ${v} is not in the profile's officeVersions [${profile.officeVersions.join(', ')}]; add it there or remove it here` });
    }
    if (!params) continue;
    planControls.push({
      id: control.id,
      title: control.title,
      mitigation: control.mitigation,
      techniques: [...control.techniques],
      tier: control.tier,
      impact: control.impact,
      lockoutRisk: control.lockoutRisk,
      confirmed: control.confirmed,
      parameters: params,
      officeVersions: usesVersions(control) ? [...versions] : [],
      summary: control.summary,
      rationale: control.rationale,
      impactNote: control.impactNote,
      ...(control.optInReason !== undefined ? { optInReason: control.optInReason } : {}),
      references: control.references,
      parameterSpecs: control.parameters,
      settings: control.settings,
    });
    for (const template of control.settings) {
      expandTemplate(control, template, params, versions, operations, (m, path = []) =>
        problems.push({ where: at('controls', control.id, ...path), message: m }),
      );
    }
  }

  const merged = mergeOperations(operations, problems, options.file);
  problems.push(...lockoutProblems(merged, profile, options.file));
  if (problems.length > 0) throw new UserError('E_SEMANTIC', `${options.file}: the profile cannot be resolved (${problems.length} problem${problems.length === 1 ? '' : 's'})`, problems);

  return {
    tool: { name: 't1559', version: toolVersion() },
    profile: {
      name: profile.name,
      description: profile.description,
      officeVersions: [...profile.officeVersions],
      gpo: { displayName: profile.gpo.displayName, domain: profile.gpo.domain, backupTime: backupTime(profile, options.sourceDateEpoch) },
      targets: [...profile.targets],
      acknowledgeLockoutRisk: profile.acknowledgeLockoutRisk,
    },
    controls: planControls,
    operations: sortOperations(merged),
  };
}

function backupTime(profile: Profile, epoch: string | undefined): string {
  if (epoch !== undefined && epoch !== '') {
    // Up to 9999-12-31T23:59:59Z: GPMC's time fields have four-digit years.
    if (!/^\d{1,12}$/.test(epoch) || Number(epoch) > 253402300799)
      throw new UserError('E_ARG', `SOURCE_DATE_EPOCH must be whole seconds since 1970 up to year 9999, got "${epoch}"`, [
        { where: 'environment: SOURCE_DATE_EPOCH', message: 'set it to a Unix time such as 1767225600 (2026-01-01T00:00:00Z), or unset it to use the profile\'s gpo.backupTime' },
      ]);
    return new Date(Number(epoch) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return profile.gpo.backupTime ?? DEFAULT_BACKUP_TIME;
}

function usesVersions(control: Control): boolean {
  return control.settings.some((s) => s.key?.includes('{version}'));
}

function resolveParameters(control: Control, given: Record<string, unknown>, report: (path: PropertyKey[], message: string) => void): Params | undefined {
  const out: Params = {};
  let ok = true;
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(control.parameters, name)) {
      const known = Object.keys(control.parameters);
      report([name], `unknown parameter "${name}" for ${control.id}${known.length ? ` (known: ${known.join(', ')})` : ' (it takes no parameters)'}`);
      ok = false;
    }
  }
  for (const [name, spec] of Object.entries(control.parameters)) {
    const value = Object.hasOwn(given, name) ? given[name] : spec.default;
    const r = parameterZod(spec).safeParse(value);
    if (!r.success) {
      for (const issue of r.error.issues) report([name, ...issue.path], `${issue.message}${Object.hasOwn(given, name) ? '' : ' (catalog default)'}`);
      ok = false;
      continue;
    }
    out[name] = r.data;
  }
  return ok ? out : undefined;
}

function conditionHolds(cond: Condition | undefined, params: Params, item: Item): boolean {
  if (!cond) return true;
  if ('item' in cond) return item !== null && typeof item === 'object' && (item as Record<string, unknown>)[cond.item] !== undefined;
  const v = params[cond.param];
  if ('equals' in cond) return v === cond.equals;
  if ('notEquals' in cond) return v !== cond.notEquals;
  return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '';
}

function itemField(item: Item, field: string | undefined): unknown {
  if (field === undefined) return item;
  return item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[field] : undefined;
}

function fillText(text: string, version: string | undefined, item: Item): string {
  return text
    .replace(/\{version\}/g, () => version ?? '')
    .replace(/\{item(?:\.([A-Za-z0-9]+))?\}/g, (_, field: string | undefined) => String(itemField(item, field) ?? ''));
}

function evalData(expr: DataExpr, params: Params, item: Item): { raw: unknown; encode?: 'securityDescriptor' } {
  if (typeof expr !== 'object' || Array.isArray(expr)) return { raw: expr };
  const raw = 'param' in expr ? params[expr.param] : itemField(item, expr.item);
  const mapped = expr.map ? expr.map[String(raw)] : raw;
  return expr.encode ? { raw: mapped, encode: expr.encode } : { raw: mapped };
}

function expandTemplate(
  control: Control,
  t: SettingTemplate,
  params: Params,
  versions: readonly OfficeVersion[],
  out: Operation[],
  report: (message: string, path?: PropertyKey[]) => void,
): void {
  const items: Item[] = t.forEach ? ((params[t.forEach] as unknown[]) ?? []) : [undefined];
  const versioned = t.key?.includes('{version}') ?? false;
  const versionList: (OfficeVersion | undefined)[] = versioned ? [...versions] : [undefined];
  for (const [index, item] of items.entries()) {
    if (!conditionHolds(t.when, params, item)) continue;
    for (const version of versionList) {
      if (version && t.officeVersions && !t.officeVersions.includes(version)) {
        report(`setting "${t.id}" (${t.title}) applies to Office ${t.officeVersions.join(', ')} only, not ${version}; narrow this control with "officeVersions": [${t.officeVersions.map((v) => `"${v}"`).join(', ')}] or remove ${version} from the profile`);
        continue;
      }
      const provenance = {
        controls: [control.id],
        mitigations: [control.mitigation],
        techniques: [...control.techniques],
        settings: [`${control.id}/${t.id}`],
      };
      const suffix = [version ? `@${version}` : '', item !== undefined ? `[${itemLabel(item)}]` : ''].join('');
      const base = {
        id: `${control.id}/${t.id}${suffix}`,
        title: t.title,
        kind: t.kind,
        scope: t.scope,
        // Per setting: an unconfirmed control may still hold values a Microsoft source confirms.
        confirmed: t.confirmed,
        ...(version ? { officeVersion: version } : {}),
        ...(t.admx ? { admx: t.admx } : {}),
        ...(t.csp ? { csp: t.csp } : {}),
        ...provenance,
      };
      if (t.kind === 'auditSubcategory' && t.audit) {
        out.push({ ...base, type: 'audit', audit: t.audit, routes: auditRoutes(t.csp) });
        continue;
      }
      const key = fillText(t.key ?? '', version, item);
      const keyProblem = registryKeyProblem(key);
      if (keyProblem) {
        report(`setting "${t.id}": registry key "${key}" ${keyProblem}`);
        continue;
      }
      const valueName = t.valueName === undefined ? '' : fillText(t.valueName, version, item);
      const nameProblem = valueName === '' ? undefined : valueNameProblem(valueName);
      if (nameProblem) {
        report(`value name ${JSON.stringify(valueName)} ${nameProblem} (setting "${t.id}")`, t.forEach ? ['parameters', t.forEach, index] : []);
        continue;
      }
      let value: RegistryValue | undefined;
      let sddl: string | undefined;
      if (t.value) {
        const { raw, encode } = evalData(t.value.data, params, item);
        let data: unknown = raw;
        if (encode) {
          try {
            sddl = String(raw);
            data = encodeData(encode, sddl);
          } catch (err) {
            if (!(err instanceof UserError)) throw err;
            const expr = t.value.data as { param?: string; item?: string };
            const path = expr.param !== undefined ? ['parameters', expr.param] : ['parameters', t.forEach ?? '', index, ...(expr.item ? [expr.item] : [])];
            const detail = err.problems.map((p) => `${p.where.replace(/^sddl\[(\d+)\]$/, 'at character $1')}: ${p.message}`).join('; ');
            report(`${err.message}${detail ? ` ${detail}` : ''} (setting "${t.id}")`, path);
            continue;
          }
        }
        const parsed = registryValueSchema.safeParse({ type: t.value.type, data });
        if (!parsed.success) {
          report(`setting "${t.id}": value ${JSON.stringify(data)} is not valid ${t.value.type}: ${parsed.error.issues[0]?.message}`);
          continue;
        }
        value = parsed.data;
      }
      const op: RegistryOperation = {
        ...base,
        type: 'registry',
        action: t.action,
        key,
        valueName,
        ...(value ? { value } : {}),
        ...(sddl !== undefined ? { sddl } : {}),
        ...bindingOf(control, t),
        routes: registryRoutes({ kind: t.kind, scope: t.scope, key, valueName, action: t.action, ...(value ? { value } : {}), ...(t.csp ? { csp: t.csp } : {}) }),
      };
      out.push(op);
    }
  }
}

/** The parameter binding of a template whose data is `{ "param": ... }` (enum, integer or text; not encoded). */
function bindingOf(control: Control, t: SettingTemplate): { binding: ParameterBinding } | Record<string, never> {
  const data = t.value?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data) || !('param' in data) || data.encode) return {};
  const spec = control.parameters[data.param];
  if (spec?.type === 'enum') {
    const mapped = spec.values.map((v) => (data.map ? data.map[v] : v));
    if (mapped.every((v): v is string | number => typeof v === 'string' || typeof v === 'number')) {
      // Sorted and unique, so the allowed set reads the same whatever order the catalog lists the choices in.
      const values = [...new Set(mapped)].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
      const choices = spec.values.map((choice, k) => ({ choice, data: mapped[k]! }));
      return { binding: { parameter: data.param, allowed: { kind: 'set', values }, choices } };
    }
  }
  if (spec?.type === 'integer' && !data.map) return { binding: { parameter: data.param, allowed: { kind: 'range', min: spec.min, max: spec.max } } };
  if ((spec?.type === 'string' || spec?.type === 'sddl') && !data.map) return { binding: { parameter: data.param, allowed: { kind: 'text' } } };
  return {};
}

function itemLabel(item: Item): string {
  if (item !== null && typeof item === 'object') return String(Object.values(item as Record<string, unknown>)[0]);
  return String(item);
}

function identity(op: Operation): string {
  if (op.type === 'audit') return `audit|${op.audit.guid}`;
  const name = op.action === 'set' || op.action === 'deleteValue' ? op.valueName : `<${op.action}>`;
  return `${op.scope}|${op.key.toLowerCase()}|${name.toLowerCase()}`;
}

function describe(op: Operation): string {
  if (op.type === 'audit') return `audit ${op.audit.subcategory}`;
  if (op.action === 'set' && op.value) return `${op.value.type} ${formatValue(op.value)}`;
  return op.action;
}

/** Merge identical writes from several controls; report different writes to the same value. */
function mergeOperations(ops: Operation[], problems: Problem[], file: string): Operation[] {
  const byIdentity = new Map<string, Operation>();
  const out: Operation[] = [];
  for (const op of ops) {
    const id = identity(op);
    const prev = byIdentity.get(id);
    if (!prev) {
      byIdentity.set(id, op);
      out.push(op);
      continue;
    }
    if (sameWrite(prev, op)) {
      prev.controls = union(prev.controls, op.controls);
      prev.mitigations = union(prev.mitigations, op.mitigations);
      prev.techniques = union(prev.techniques, op.techniques);
      prev.settings = union(prev.settings, op.settings);
      continue;
    }
    const where = op.type === 'registry' ? `${op.scope === 'Machine' ? 'HKLM' : 'HKCU'}\\${op.key}\\${op.valueName}` : describe(op);
    problems.push({
      where: `${file}: $.controls`,
      message: `conflicting writes to ${where}: ${prev.controls.join(', ')} writes ${describe(prev)} but ${op.controls.join(', ')} writes ${describe(op)}; deselect one control or align their parameters`,
    });
  }
  return out;
}

function sameWrite(a: Operation, b: Operation): boolean {
  if (a.type === 'audit' || b.type === 'audit') {
    return a.type === 'audit' && b.type === 'audit' && a.audit.success === b.audit.success && a.audit.failure === b.audit.failure;
  }
  if (a.action !== b.action || a.kind !== b.kind) return false;
  if (!a.value || !b.value) return !a.value && !b.value;
  return sameValue(a.value, b.value);
}

function union<T extends string>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])].sort();
}

const ACTION_ORDER = { deleteAllValues: 0, createKey: 1, deleteValue: 2, set: 2 } as const;

/** Machine before User, then key and value name case-insensitively; audit last. Stable everywhere. */
export function sortOperations(ops: Operation[]): Operation[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...ops].sort((a, b) => {
    if (a.type !== b.type) return a.type === 'registry' ? -1 : 1;
    if (a.type === 'audit' || b.type === 'audit') return cmp(a.id, b.id);
    return (
      cmp(a.scope, b.scope) ||
      cmp(a.key.toUpperCase(), b.key.toUpperCase()) ||
      ACTION_ORDER[a.action] - ACTION_ORDER[b.action] ||
      cmp(a.valueName.toUpperCase(), b.valueName.toUpperCase()) ||
      cmp(a.id, b.id)
    );
  });
}

function suggest(id: string, known: string[]): string {
  const close = known.filter((k) => distance(k, id) <= Math.max(2, Math.floor(id.length / 5)));
  return close.length ? ` (did you mean ${close.map((c) => `"${c}"`).join(' or ')}?)` : '';
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}
