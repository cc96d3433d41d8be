/**
 * Every channel's rules, by channel: the one place routes are decided (docs/architecture.md "Channels and vehicles").
 */
import type { Operation, RegistryOperation } from '../model/plan.js';
import { InternalError } from '../lib/errors.js';
import { CHANNELS, VEHICLES, type Channel, type Route, type Routes, type Vehicle } from '../model/routes.js';
import { admxChannel } from './admx.js';
import type { AuditRouteInput, ChannelRules, RegistryRouteInput } from './channel.js';
import { detectionChannel } from './detection.js';
import { dscV2Channel } from './dsc-v2.js';
import { dscV3Channel } from './dsc-v3.js';
import { gpoChannel } from './gpo.js';
import { intuneChannel } from './intune.js';

export type { AuditRouteInput, RegistryRouteInput } from './channel.js';

export const CHANNEL_RULES: { [C in Channel]: ChannelRules<C> } = {
  gpo: gpoChannel,
  admx: admxChannel,
  dscV2: dscV2Channel,
  dscV3: dscV3Channel,
  intune: intuneChannel,
  detection: detectionChannel,
};

export function channelTitle(channel: Channel): string {
  return CHANNEL_RULES[channel].title;
}

function eachChannel(route: <C extends Channel>(rules: ChannelRules<C>) => Route<C>): Routes {
  return {
    gpo: route(gpoChannel),
    admx: route(admxChannel),
    dscV2: route(dscV2Channel),
    dscV3: route(dscV3Channel),
    intune: route(intuneChannel),
    detection: route(detectionChannel),
  };
}

export function registryRoutes(op: RegistryRouteInput): Routes {
  return eachChannel((rules) => rules.routeRegistry(op));
}

export function auditRoutes(input: AuditRouteInput): Routes {
  return eachChannel((rules) => rules.routeAudit(input));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What no channel, or one of the channels that carry this operation, can write faithfully: one message each.
 * Text with an unpaired UTF-16 surrogate is refused for all: UTF-8 artifacts (YAML, JSON, XML) would turn it
 * into U+FFFD and PowerShell string literals cannot hold it.
 */
export function dataProblems(op: RegistryRouteInput, routes: Routes): string[] {
  const out: string[] = [];
  const texts = [
    op.key,
    op.valueName,
    ...(op.value?.type === 'REG_MULTI_SZ'
      ? op.value.data
      : op.value?.type === 'REG_SZ' || op.value?.type === 'REG_EXPAND_SZ'
        ? [op.value.data]
        : []),
  ];
  const broken = texts.find((t) => LONE_SURROGATE.test(t));
  if (broken !== undefined)
    out.push(`${JSON.stringify(broken)} contains a broken character (an unpaired UTF-16 surrogate); fix the text in the profile`);
  for (const channel of CHANNELS) {
    if (routes[channel].status === 'notCarried') continue;
    const problem = CHANNEL_RULES[channel].dataProblem?.(op);
    if (problem) out.push(`${channelTitle(channel)}: ${problem}`);
  }
  return out;
}

/** Apply the channels' rules across operations (after merge and sort); returns the operations with their final routes. */
export function settleRoutes(operations: readonly Operation[]): Operation[] {
  let out = [...operations];
  for (const channel of CHANNELS) {
    const changes = (CHANNEL_RULES[channel] as ChannelRules<Channel>).settle?.(out);
    if (!changes || changes.size === 0) continue;
    out = out.map((op) => {
      const route = changes.get(op);
      if (!route) return op;
      if (route.status !== 'notCarried') throw new InternalError(`the ${channel} rules may only withdraw a route (${op.id})`);
      return { ...op, routes: { ...op.routes, [channel]: route } };
    });
  }
  return out;
}

export type ByVehicle<C extends Channel> = Record<Vehicle<C>, Operation[]> & { notCarried: Operation[] };

/** The plan's operations grouped by the vehicle that carries them in one channel, in plan order. */
export function operationsByVehicle<C extends Channel>(operations: readonly Operation[], channel: C): ByVehicle<C> {
  const out = { notCarried: [] as Operation[] } as ByVehicle<C>;
  for (const vehicle of VEHICLES[channel] as readonly Vehicle<C>[]) (out as Record<string, Operation[]>)[vehicle] = [];
  for (const op of operations) {
    const route = op.routes[channel] as Route<C>;
    if (route.status === 'notCarried') out.notCarried.push(op);
    else out[route.via].push(op);
  }
  return out;
}

/** The registry operations of a vehicle that carries only registry values (an audit operation there is a routing bug). */
export function registryOnly(operations: readonly Operation[], vehicle: string): RegistryOperation[] {
  return operations.map((op) => {
    if (op.type !== 'registry')
      throw new InternalError(`${op.id} is an audit setting routed to ${vehicle}, which carries registry values only`);
    return op;
  });
}
