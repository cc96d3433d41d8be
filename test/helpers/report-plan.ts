/**
 * Synthetic plans for the report tests: build a Plan directly (not through the resolver) so titles,
 * parameters and profile text can carry hostile strings the catalog schema would refuse.
 */
import { CHANNELS, type Channel, type Operation, type Plan, type PlanControl, type Route, type Routes } from '../../src/model/plan.js';

// Synthetic on purpose: coverage and report tests read vehicles as text, whatever the channel.
export const carried = (via = 'v'): Route => ({ status: 'carried', via }) as Route;
export const fallback = (reason: string, via = 'remediation (system)'): Route => ({ status: 'fallback', via, reason }) as Route;
export const notCarried = (reason: string): Route => ({ status: 'notCarried', via: 'none', reason });

export function routes(over: Partial<Record<Channel, Route>> = {}): Routes {
  const all = Object.fromEntries(CHANNELS.map((c: Channel) => [c, carried(`${c}-via`)]));
  return { ...all, ...over } as Routes;
}

export function control(id: string, over: Partial<PlanControl> = {}): PlanControl {
  return {
    id,
    title: `Title of ${id}`,
    mitigation: 'M1042',
    techniques: ['T1559.002'],
    tier: 'recommended',
    impact: 'low',
    lockoutRisk: false,
    confirmed: true,
    parameters: {},
    officeVersions: [],
    summary: `Summary of ${id}`,
    rationale: `Rationale of ${id}`,
    impactNote: `Impact of ${id}`,
    references: [{ title: `Reference of ${id}`, url: 'https://learn.microsoft.com/' }],
    parameterSpecs: {},
    settings: [],
    ...over,
  } as PlanControl;
}

export function op(id: string, controls: string[], over: Partial<Operation> & { routes?: Routes } = {}): Operation {
  return {
    id,
    title: `Setting ${id}`,
    kind: 'policy',
    scope: 'User',
    confirmed: true,
    controls,
    mitigations: ['M1042'],
    techniques: ['T1559.002'],
    settings: [id],
    routes: routes(),
    type: 'registry',
    action: 'set',
    key: 'Software\\Policies\\Microsoft\\Office\\16.0\\word\\security',
    valueName: id.replace(/\W/g, ''),
    value: { type: 'REG_DWORD', data: 1 },
    ...over,
  } as Operation;
}

export function plan(controls: PlanControl[], operations: Operation[], profile: Partial<Plan['profile']> = {}): Plan {
  return {
    tool: { name: 't1559', version: '9.9.9' },
    profile: {
      name: 'synthetic',
      description: 'A synthetic plan',
      officeVersions: ['16.0'],
      gpo: { displayName: 'T1559 synthetic', domain: 'contoso.com', backupTime: '2000-01-01T00:00:00Z' },
      targets: ['plan', 'pol', 'lgpo', 'gpo', 'admx', 'dsc', 'intune', 'report'],
      acknowledgeLockoutRisk: false,
      ...profile,
    },
    controls,
    operations,
  };
}
