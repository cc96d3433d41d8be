/**
 * Expand one setting template of a selected control into concrete operations: one per Office version and per
 * `forEach` item, with provenance, data, the parameter binding and each channel's route.
 */
import { auditRoutes, dataProblems, registryRoutes } from '../../channels/index.js';
import { UserError } from '../../lib/errors.js';
import type { Control, OfficeVersion, SettingTemplate } from '../../model/control.js';
import type { Operation, RegistryOperation } from '../../model/plan.js';
import type { IntuneVehicleChoice } from '../../model/profile.js';
import { registryKeyProblem, registryValueSchema, valueNameProblem, type RegistryValue } from '../../model/registry.js';
import { encodeData } from '../encoders.js';
import { bindingOf } from './bindings.js';
import { conditionHolds, evalData, fillText, type Item } from './expressions.js';
import type { Params } from './parameters.js';

export function expandTemplate(
  control: Control,
  t: SettingTemplate,
  params: Params,
  versions: readonly OfficeVersion[],
  intuneVehicle: IntuneVehicleChoice,
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
        report(
          `setting "${t.id}" (${t.title}) applies to Office ${t.officeVersions.join(', ')} only, not ${version}; narrow this control with "officeVersions": [${t.officeVersions.map((v) => `"${v}"`).join(', ')}] or remove ${version} from the profile`,
        );
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
        ...(t.settingsCatalog ? { settingsCatalog: t.settingsCatalog } : {}),
        ...provenance,
      };
      if (t.kind === 'auditSubcategory' && t.audit) {
        out.push({
          ...base,
          type: 'audit',
          audit: t.audit,
          routes: auditRoutes({
            ...(t.csp ? { csp: t.csp } : {}),
            ...(t.settingsCatalog ? { settingsCatalog: t.settingsCatalog } : {}),
            intuneVehicle,
          }),
        });
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
        report(
          `value name ${JSON.stringify(valueName)} ${nameProblem} (setting "${t.id}")`,
          t.forEach ? ['parameters', t.forEach, index] : [],
        );
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
            const path =
              expr.param !== undefined
                ? ['parameters', expr.param]
                : ['parameters', t.forEach ?? '', index, ...(expr.item ? [expr.item] : [])];
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
      const bound = bindingOf(control, t);
      const routeInput = {
        kind: t.kind,
        scope: t.scope,
        key,
        valueName,
        action: t.action,
        ...(value ? { value } : {}),
        ...(t.csp ? { csp: t.csp } : {}),
        ...(t.settingsCatalog ? { settingsCatalog: t.settingsCatalog } : {}),
        intuneVehicle,
      };
      const routes = registryRoutes(routeInput);
      const unwritable = dataProblems(routeInput, routes);
      if (unwritable.length > 0) {
        // The profile's value that produced the data: the forEach item, else the bound parameter.
        const path = t.forEach ? ['parameters', t.forEach, index] : bound.binding ? ['parameters', bound.binding.parameter] : [];
        for (const problem of unwritable) report(`${problem} (setting "${t.id}")`, path);
        continue;
      }
      const op: RegistryOperation = {
        ...base,
        type: 'registry',
        action: t.action,
        key,
        valueName,
        ...(value ? { value } : {}),
        ...(sddl !== undefined ? { sddl } : {}),
        ...bound,
        routes,
      };
      out.push(op);
    }
  }
}

function itemLabel(item: Item): string {
  if (item !== null && typeof item === 'object') return String(Object.values(item as Record<string, unknown>)[0]);
  return String(item);
}
