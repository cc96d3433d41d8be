/**
 * The coverage matrix: for every selected control and every delivery channel, whether the channel
 * carries the control's operations. Derived ONLY from the routes already in the plan
 * (src/channels decided them; docs/architecture.md "Every channel reports what it could not carry"),
 * so the report, coverage.json and `t1559 explain` can never disagree with the renderers.
 *
 * Cell rules, per control and channel, over the operations that list the control in `controls`:
 * - every operation carried                    -> "carried"
 * - none missing, at least one by a fallback   -> "carried by fallback"
 * - every operation not carried                -> "not carried, because <distinct reasons>"
 * - some not carried, others carried/fallback  -> "partly carried; not carried: <titles>, because <reasons>"
 * - the control resolved to no operation       -> "nothing to carry"
 */
import { channelTitle } from '../channels/index.js';
import { CHANNELS, type Channel, type Operation, type Plan, type Route } from '../model/plan.js';
import type { MitigationId, TechniqueId } from '../model/control.js';

export type CellStatus = 'carried' | 'fallback' | 'partial' | 'notCarried' | 'empty';

export const CELL_STATUS_LABELS: Record<CellStatus, string> = {
  carried: 'carried',
  fallback: 'carried by fallback',
  partial: 'partly carried',
  notCarried: 'not carried',
  empty: 'nothing to carry',
};

/** One operation's route in one channel. */
export interface OperationRoute {
  operation: string;
  title: string;
  status: Route['status'];
  via: string;
  reason?: string;
}

export interface CoverageCell {
  channel: Channel;
  status: CellStatus;
  /** Full human text: "carried", "carried by fallback", "not carried, because ...", "partly carried; ...". */
  label: string;
  /** Distinct vehicles of the operations that travel (carried or fallback), in operation order. */
  vias: string[];
  /** Distinct reasons of the fallbacks, in operation order. */
  fallbackReasons: string[];
  /** Distinct reasons of the operations not carried, in operation order. */
  notCarriedReasons: string[];
  /** Ids of the operations not carried. */
  notCarried: string[];
  operations: OperationRoute[];
}

export interface ControlCoverage {
  control: string;
  title: string;
  mitigation: MitigationId;
  techniques: TechniqueId[];
  operationCount: number;
  /** One cell per channel, in CHANNELS order. */
  cells: CoverageCell[];
}

export interface ChannelSummary {
  channel: Channel;
  title: string;
  /** Number of controls per cell status. */
  controls: Record<CellStatus, number>;
}

export interface Coverage {
  channels: Channel[];
  /** In the plan's (catalog) order. */
  controls: ControlCoverage[];
  summary: ChannelSummary[];
}

function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** The cell of one channel over a control's operations (exported for table-driven tests). */
export function coverageCell(operations: readonly Operation[], channel: Channel): CoverageCell {
  const routes: OperationRoute[] = operations.map((op) => {
    const r = op.routes[channel];
    return { operation: op.id, title: op.title, status: r.status, via: r.via, ...(r.reason !== undefined ? { reason: r.reason } : {}) };
  });
  const missing = routes.filter((r) => r.status === 'notCarried');
  const travelling = routes.filter((r) => r.status !== 'notCarried');
  const fallbacks = routes.filter((r) => r.status === 'fallback');
  const notCarriedReasons = distinct(missing.map((r) => r.reason ?? 'no reason given'));
  const fallbackReasons = distinct(fallbacks.map((r) => r.reason ?? 'no reason given'));

  let status: CellStatus;
  if (routes.length === 0) status = 'empty';
  else if (missing.length === routes.length) status = 'notCarried';
  else if (missing.length > 0) status = 'partial';
  else if (fallbacks.length > 0) status = 'fallback';
  else status = 'carried';

  let label: string = CELL_STATUS_LABELS[status];
  if (status === 'notCarried') label = `not carried, because ${notCarriedReasons.join('; ')}`;
  if (status === 'partial') {
    const names = distinct(missing.map((r) => r.title));
    label = `partly carried; not carried: ${names.join(', ')}, because ${notCarriedReasons.join('; ')}`;
  }
  return {
    channel,
    status,
    label,
    vias: distinct(travelling.map((r) => r.via)),
    fallbackReasons,
    notCarriedReasons,
    notCarried: missing.map((r) => r.operation),
    operations: routes,
  };
}

/** The operations a control contributes to (merged operations list several controls). */
export function operationsOf(plan: Plan, controlId: string): Operation[] {
  return plan.operations.filter((op) => op.controls.includes(controlId));
}

/** Coverage of one control, e.g. for `t1559 explain`; undefined when the plan does not select it. */
export function controlCoverage(plan: Plan, controlId: string): ControlCoverage | undefined {
  const control = plan.controls.find((c) => c.id === controlId);
  if (!control) return undefined;
  const ops = operationsOf(plan, controlId);
  return {
    control: control.id,
    title: control.title,
    mitigation: control.mitigation,
    techniques: [...control.techniques],
    operationCount: ops.length,
    cells: CHANNELS.map((ch) => coverageCell(ops, ch)),
  };
}

export function buildCoverage(plan: Plan): Coverage {
  const controls = plan.controls.map((c) => controlCoverage(plan, c.id)!);
  const summary = CHANNELS.map((channel, i): ChannelSummary => {
    const counts: Record<CellStatus, number> = { carried: 0, fallback: 0, partial: 0, notCarried: 0, empty: 0 };
    for (const c of controls) counts[c.cells[i]!.status]++;
    return { channel, title: channelTitle(channel), controls: counts };
  });
  return { channels: [...CHANNELS], controls, summary };
}
