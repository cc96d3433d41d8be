/**
 * Resolve catalog + profile into a Plan: concrete, ordered operations with provenance and routes.
 * Semantic validation reports every problem at once (unknown control or parameter, bad value,
 * conflicting writes, settings not applicable to a selected Office version, data a channel cannot hold).
 * The steps live in resolve/: parameters, expressions, bindings, expand, merge, order.
 */
import { settleRoutes } from '../channels/index.js';
import { UserError, type Problem } from '../lib/errors.js';
import { jsonPath } from '../lib/json.js';
import { toolVersion } from '../lib/paths.js';
import { suggest } from '../lib/suggest.js';
import type { Control } from '../model/control.js';
import type { Operation, Plan, PlanControl } from '../model/plan.js';
import type { Profile } from '../model/profile.js';
import type { Catalog } from './load.js';
import { expandTemplate } from './resolve/expand.js';
import { mergeOperations } from './resolve/merge.js';
import { sortOperations } from './resolve/order.js';
import { resolveParameters } from './resolve/parameters.js';
import { lockoutProblems } from './safety.js';

const DEFAULT_BACKUP_TIME = '2000-01-01T00:00:00Z';

export interface ResolveOptions {
  /** Where the profile came from, for messages. */
  file: string;
  /** SOURCE_DATE_EPOCH, when set, fixes the GPO backup time. */
  sourceDateEpoch?: string | undefined;
}

export function resolvePlan(catalog: Catalog, profile: Profile, options: ResolveOptions): Plan {
  const problems: Problem[] = [];
  const at = (...path: PropertyKey[]) => `${options.file}: ${jsonPath(path)}`;
  const planControls: PlanControl[] = [];
  const operations: Operation[] = [];

  const selectedIds = Object.keys(profile.controls);
  for (const id of selectedIds) {
    if (!catalog.byId.has(id)) {
      problems.push({
        where: at('controls', id),
        message: `unknown control "${id}"${suggest(id, [...catalog.byId.keys()])}; run \`t1559 list\` for the ids`,
      });
    }
  }

  // Catalog order, not profile order: the same selection gives the same plan.
  for (const control of catalog.controls) {
    const selection = profile.controls[control.id];
    if (!selection) continue;
    const params = resolveParameters(control, selection.parameters ?? {}, (p, m) =>
      problems.push({ where: at('controls', control.id, 'parameters', ...p), message: m }),
    );
    const versions = selection.officeVersions ?? profile.officeVersions;
    for (const v of selection.officeVersions ?? []) {
      if (!profile.officeVersions.includes(v))
        problems.push({
          where: at('controls', control.id, 'officeVersions'),
          message: `Office ${v} is not in the profile's officeVersions [${profile.officeVersions.join(', ')}]; add it there or remove it here`,
        });
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
      expandTemplate(control, template, params, versions, profile.intune.vehicle, operations, (m, path = []) =>
        problems.push({ where: at('controls', control.id, ...path), message: m }),
      );
    }
  }

  const merged = mergeOperations(operations, problems, options.file);
  problems.push(...lockoutProblems(merged, profile, options.file));
  if (problems.length > 0)
    throw new UserError(
      'E_SEMANTIC',
      `${options.file}: the profile cannot be resolved (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
      problems,
    );

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
    operations: settleRoutes(sortOperations(merged)),
  };
}

function backupTime(profile: Profile, epoch: string | undefined): string {
  if (epoch !== undefined && epoch !== '') {
    // Up to 9999-12-31T23:59:59Z: GPMC's time fields have four-digit years.
    if (!/^\d{1,12}$/.test(epoch) || Number(epoch) > 253402300799)
      throw new UserError('E_ARG', `SOURCE_DATE_EPOCH must be whole seconds since 1970 up to year 9999, got "${epoch}"`, [
        {
          where: 'environment: SOURCE_DATE_EPOCH',
          message: "set it to a Unix time such as 1767225600 (2026-01-01T00:00:00Z), or unset it to use the profile's gpo.backupTime",
        },
      ]);
    return new Date(Number(epoch) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return profile.gpo.backupTime ?? DEFAULT_BACKUP_TIME;
}

function usesVersions(control: Control): boolean {
  return control.settings.some((s) => s.key?.includes('{version}'));
}
