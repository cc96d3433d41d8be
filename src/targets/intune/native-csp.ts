/**
 * OMA-URI settings for operations a native Policy CSP carries (docs/domain.md "Attack Surface Reduction rules",
 * docs/domain.md "Detection support"; docs/formats.md "Intune"; Policy CSP - Defender `AttackSurfaceReductionRules` and
 * `AttackSurfaceReductionOnlyExclusions`, Policy CSP - Audit `DetailedTracking_AuditProcessCreation`, Policy CSP -
 * ADMX_AuditSettings `IncludeCmdLine`).
 *
 * Operations sharing a URI become one setting, joined by the mapping's format:
 * - `asrRule`: `GUID=state|GUID=state` (value name = rule GUID, REG_SZ data = state), no spaces, plan order;
 * - `asrExclusion`: `path|path` (value name = the excluded path);
 * - `integer`: an omaSettingInteger; for an audit subcategory 0 none, 1 success, 2 failure, 3 both;
 * - `admxEnabled`: the ADMX-backed CSP policy enabled, `<enabled/>`;
 * - `implied`: adds nothing (the ASR policy switches are implied by the rules/exclusions URI), but the URI
 *   must carry something else, or the operation would be carried by nothing.
 */
import { InternalError } from '../../lib/errors.js';
import type { CspMapping } from '../../model/control.js';
import type { Operation, Plan } from '../../model/plan.js';
import type { OmaSetting } from './graph-schema.js';
import type { CspPlacement } from './placement.js';
import { provenanceText } from './provenance-text.js';

export interface CspSetting {
  scope: 'Device' | 'User';
  setting: OmaSetting;
  operations: Operation[];
}

const INT32_MAX = 2 ** 31 - 1;

/** One OMA setting per CSP URI, in the order the URIs first appear in the plan. */
export function cspSettings(plan: Plan, placements: readonly CspPlacement[]): CspSetting[] {
  const byUri = new Map<string, CspPlacement[]>();
  for (const p of placements) {
    const list = byUri.get(p.csp.uri);
    if (list) list.push(p);
    else byUri.set(p.csp.uri, [p]);
  }
  const out: CspSetting[] = [];
  for (const [uri, group] of byUri) {
    const carriers = group.filter((p) => p.csp.format !== 'implied');
    if (carriers.length === 0) {
      throw new InternalError(
        `${group.map((p) => p.op.id).join(', ')} route to ${uri} as "implied", but no operation sets that URI; nothing would carry them`,
      );
    }
    const formats = new Set(carriers.map((p) => p.csp.format));
    if (formats.size !== 1)
      throw new InternalError(`operations on ${uri} disagree on how to join their values (${[...formats].join(', ')})`);
    const format = carriers[0]!.csp.format;
    const ops = group.map((p) => p.op);
    const base = {
      displayName: `T1559 ${uriLabel(uri)}`,
      description: `${provenanceText(plan, ops)}. ${formatDescription(format, carriers.length)}`,
      omaUri: uri,
    };
    const scope = uri.startsWith('./User/') ? 'User' : 'Device';
    const setting: OmaSetting =
      format === 'integer'
        ? { '@odata.type': '#microsoft.graph.omaSettingInteger', ...base, value: integerValue(uri, carriers) }
        : { '@odata.type': '#microsoft.graph.omaSettingString', ...base, value: stringValue(uri, format, carriers) };
    out.push({ scope, setting, operations: ops });
  }
  return out;
}

/** "Defender/AttackSurfaceReductionRules" for a Policy CSP URI, the last two segments otherwise. */
function uriLabel(uri: string): string {
  const config = /\/Policy\/Config\/(.+)$/.exec(uri);
  return config ? config[1]! : uri.split('/').slice(-2).join('/');
}

function formatDescription(format: CspMapping['format'], count: number): string {
  switch (format) {
    case 'asrRule':
      return `${count} attack surface reduction rule${count === 1 ? '' : 's'} as GUID=state (0 off, 1 block, 2 audit, 6 warn).`;
    case 'asrExclusion':
      return `${count} path${count === 1 ? '' : 's'} excluded from attack surface reduction rules.`;
    case 'integer':
      return 'Integer value of the Policy CSP setting.';
    case 'admxEnabled':
      return 'ADMX-backed Policy CSP setting, enabled.';
    case 'implied':
      return '';
  }
}

function stringValue(uri: string, format: CspMapping['format'], carriers: readonly CspPlacement[]): string {
  switch (format) {
    case 'asrRule':
      return carriers.map((p) => asrRuleItem(uri, p.op)).join('|');
    case 'asrExclusion':
      return carriers.map((p) => asrExclusionItem(uri, p.op)).join('|');
    case 'admxEnabled':
      return '<enabled/>';
    default:
      throw new InternalError(`format ${format} on ${uri} has no string form`);
  }
}

function asrRuleItem(uri: string, op: Operation): string {
  if (op.type !== 'registry' || op.action !== 'set' || op.value?.type !== 'REG_SZ')
    throw new InternalError(`${op.id} routes to ${uri} as an ASR rule but does not set a REG_SZ state`);
  const state = op.value.data;
  if (!/^[0-9]+$/.test(state)) throw new InternalError(`${op.id}: ASR rule state "${state}" is not a number`);
  if (!/^\{?[0-9A-Fa-f-]+\}?$/.test(op.valueName)) throw new InternalError(`${op.id}: ASR rule id "${op.valueName}" is not a GUID`);
  return `${op.valueName}=${state}`;
}

function asrExclusionItem(uri: string, op: Operation): string {
  if (op.type !== 'registry' || op.action !== 'set')
    throw new InternalError(`${op.id} routes to ${uri} as an ASR exclusion but sets no value`);
  const path = op.valueName;
  // src/channels/intune.ts refuses such a path at resolve, with the profile's JSON path.
  if (path.length === 0 || path.includes('|'))
    throw new InternalError(`${op.id}: the exclusion ${JSON.stringify(path)} reached ${uri} although it is empty or contains "|"`);
  return path;
}

function integerValue(uri: string, carriers: readonly CspPlacement[]): number {
  const values = new Set(carriers.map((p) => integerOf(uri, p.op)));
  if (values.size !== 1) throw new InternalError(`operations on ${uri} want different values (${[...values].join(', ')})`);
  return [...values][0]!;
}

function integerOf(uri: string, op: Operation): number {
  if (op.type === 'audit') return (op.audit.success ? 1 : 0) + (op.audit.failure ? 2 : 0);
  if (op.action === 'set' && op.value?.type === 'REG_DWORD' && op.value.data <= INT32_MAX) return op.value.data;
  throw new InternalError(`${op.id} routes to ${uri} as an integer but is neither an audit setting nor a REG_DWORD up to ${INT32_MAX}`);
}
