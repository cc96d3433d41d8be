/**
 * The catalog's small expression language, evaluated against a control's parameters and the current item
 * of a `forEach` list: `when` conditions, `{version}` / `{item.field}` text, and `{ param | item, map, encode }` data.
 */
import type { Condition, DataExpr } from '../../model/control.js';
import type { Params } from './parameters.js';

/** One element of a `forEach` list (a string, or an object such as an AppID entry). */
export type Item = unknown;

export function conditionHolds(cond: Condition | undefined, params: Params, item: Item): boolean {
  if (!cond) return true;
  if ('item' in cond) return item !== null && typeof item === 'object' && (item as Record<string, unknown>)[cond.item] !== undefined;
  const v = params[cond.param];
  if ('equals' in cond) return v === cond.equals;
  if ('notEquals' in cond) return v !== cond.notEquals;
  return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '';
}

export function itemField(item: Item, field: string | undefined): unknown {
  if (field === undefined) return item;
  return item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[field] : undefined;
}

export function fillText(text: string, version: string | undefined, item: Item): string {
  return text
    .replace(/\{version\}/g, () => version ?? '')
    .replace(/\{item(?:\.([A-Za-z0-9]+))?\}/g, (_, field: string | undefined) => String(itemField(item, field) ?? ''));
}

export function evalData(expr: DataExpr, params: Params, item: Item): { raw: unknown; encode?: 'securityDescriptor' } {
  if (typeof expr !== 'object' || Array.isArray(expr)) return { raw: expr };
  const raw = 'param' in expr ? params[expr.param] : itemField(item, expr.item);
  const mapped = expr.map ? expr.map[String(raw)] : raw;
  return expr.encode ? { raw: mapped, encode: expr.encode } : { raw: mapped };
}
