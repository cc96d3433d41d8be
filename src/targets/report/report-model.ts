/**
 * The view both front-page documents (README.md and report.html) are rendered from: the plan reshaped for
 * reading, with the coverage matrix, the warnings and each control's settings as text. No policy meaning
 * is derived here: statuses come from the plan's routes (via buildCoverage), facts from the plan.
 */
import { MITIGATIONS, officialPolicyText, TECHNIQUES, type MitigationId, type TechniqueId } from '../../model/control.js';
import { generatedBy, CHANNELS, type Channel, type Operation, type Plan, type PlanControl } from '../../model/plan.js';
import type { TargetName } from '../../model/profile.js';
import { formatValue, hiveOf, isPolicyKey } from '../../model/registry.js';
import { channelTitle } from '../../channels/index.js';
import { buildCoverage, type ControlCoverage, type Coverage } from '../../plan-readers/coverage.js';

export interface SettingView {
  operation: string;
  title: string;
  /** "HKLM\Software\...\key ! valueName = REG_DWORD 1 (0x00000001)", or the audit subcategory. */
  text: string;
  /** The SDDL a security descriptor was built from. */
  sddl?: string;
  /** Official policy: "path > policy (file.admx): setting". */
  officialPolicy?: string;
  kind: Operation['kind'];
  scope: Operation['scope'];
  officeVersion?: string;
  confirmed: boolean;
  /** Other selected controls that write the same value. */
  sharedWith: string[];
}

/** A control's prose, as the plan carries it. */
export interface ControlNarrative {
  summary: string;
  rationale: string;
  impactNote: string;
  optInReason?: string;
  references: { title: string; url: string }[];
}

export interface ParameterView {
  name: string;
  value: string;
}

export interface ControlView {
  id: string;
  title: string;
  mitigation: MitigationId;
  mitigationName: string;
  techniques: { id: TechniqueId; name: string }[];
  tier: PlanControl['tier'];
  impact: PlanControl['impact'];
  lockoutRisk: boolean;
  confirmed: boolean;
  officeVersions: string[];
  parameters: ParameterView[];
  narrative: ControlNarrative;
  settings: SettingView[];
  coverage: ControlCoverage;
}

export interface MitigationSection {
  id: MitigationId;
  name: string;
  controls: ControlView[];
}

export interface ChannelColumn {
  channel: Channel;
  title: string;
  /** The bundle builds this channel's artifacts (its target is in plan.profile.targets). */
  built: boolean;
}

export interface Warning {
  control: string;
  title: string;
  mitigation: MitigationId;
  why: string;
}

/** Why a channel needs a fallback or cannot carry something, with the controls concerned. */
export interface ChannelNote {
  channel: Channel;
  title: string;
  notes: { status: 'fallback' | 'notCarried'; reason: string; controls: string[] }[];
}

export interface ReportModel {
  generatedBy: string;
  tool: Plan['tool'];
  profile: Plan['profile'];
  counts: {
    controls: number;
    operations: number;
    machine: number;
    user: number;
    mitigations: number;
    tiers: Record<PlanControl['tier'], number>;
  };
  targets: TargetName[];
  columns: ChannelColumn[];
  coverage: Coverage;
  channelNotes: ChannelNote[];
  controls: ControlView[];
  sections: MitigationSection[];
  lockout: Warning[];
  optIn: Warning[];
  unconfirmed: Warning[];
  /** Registry keys outside Policies branches (they stay after rollback: back them up first). */
  tattooKeys: { hive: 'HKLM' | 'HKCU'; key: string }[];
  techniques: { id: TechniqueId; name: string }[];
}

/** One operation as a line of text an admin can compare with regedit. */
export function settingText(op: Operation): string {
  if (op.type === 'audit') {
    const flags = [op.audit.success && 'Success', op.audit.failure && 'Failure'].filter(Boolean).join(' and ') || 'No Auditing';
    return `Advanced audit policy: ${op.audit.subcategory} ${op.audit.guid} = ${flags}`;
  }
  const where = `${hiveOf(op.scope)}\\${op.key}`;
  const name = op.valueName === '' ? '(Default)' : op.valueName;
  switch (op.action) {
    case 'set': {
      if (!op.value) return `${where} ! ${name} = (no value)`;
      if (op.value.type !== 'REG_BINARY') return `${where} ! ${name} = ${op.value.type} ${formatValue(op.value)}`;
      const bytes = op.value.data.length / 2;
      // A descriptor is shown by its SDDL (next to it); other binary data byte for byte, as regedit shows it.
      return op.sddl !== undefined
        ? `${where} ! ${name} = REG_BINARY security descriptor, ${bytes} bytes (from the SDDL)`
        : `${where} ! ${name} = REG_BINARY ${op.value.data.replace(/(..)(?!$)/g, '$1 ')}`;
    }
    case 'deleteValue':
      return `${where} ! ${name}: delete the value`;
    case 'deleteAllValues':
      return `${where}: delete all values`;
    case 'createKey':
      return `${where}: create the key`;
  }
}

function settingView(op: Operation, controlId: string): SettingView {
  return {
    operation: op.id,
    title: op.title,
    text: settingText(op),
    ...(op.type === 'registry' && op.sddl !== undefined ? { sddl: op.sddl } : {}),
    ...(op.admx ? { officialPolicy: officialPolicyText(op.admx) } : {}),
    kind: op.kind,
    scope: op.scope,
    ...(op.officeVersion ? { officeVersion: op.officeVersion } : {}),
    confirmed: op.confirmed,
    sharedWith: op.controls.filter((c) => c !== controlId),
  };
}

function channelNotes(coverage: Coverage): ChannelNote[] {
  return coverage.channels.map((channel, i) => {
    const byReason = new Map<string, { status: 'fallback' | 'notCarried'; reason: string; controls: string[] }>();
    const add = (status: 'fallback' | 'notCarried', reason: string, control: string) => {
      const key = `${status}|${reason}`;
      const note = byReason.get(key) ?? { status, reason, controls: [] };
      if (!note.controls.includes(control)) note.controls.push(control);
      byReason.set(key, note);
    };
    for (const c of coverage.controls) {
      const cell = c.cells[i]!;
      for (const r of cell.notCarriedReasons) add('notCarried', r, c.control);
      for (const r of cell.fallbackReasons) add('fallback', r, c.control);
    }
    const notes = [...byReason.values()].sort((a, b) => (a.status === b.status ? 0 : a.status === 'notCarried' ? -1 : 1));
    return { channel, title: channelTitle(channel), notes };
  });
}

export function parameterText(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

export function buildReportModel(plan: Plan, builtChannels: readonly Channel[]): ReportModel {
  const coverage = buildCoverage(plan);
  const controls = plan.controls.map(
    (c, i): ControlView => ({
      id: c.id,
      title: c.title,
      mitigation: c.mitigation,
      mitigationName: MITIGATIONS[c.mitigation],
      techniques: c.techniques.map((t) => ({ id: t, name: TECHNIQUES[t] })),
      tier: c.tier,
      impact: c.impact,
      lockoutRisk: c.lockoutRisk,
      confirmed: c.confirmed,
      officeVersions: [...c.officeVersions],
      parameters: Object.keys(c.parameters)
        .sort()
        .map((name) => ({ name, value: parameterText(c.parameters[name]) })),
      narrative: {
        summary: c.summary,
        rationale: c.rationale,
        impactNote: c.impactNote,
        ...(c.optInReason !== undefined ? { optInReason: c.optInReason } : {}),
        references: c.references.map((r) => ({ title: r.title, url: r.url })),
      },
      settings: plan.operations.filter((op) => op.controls.includes(c.id)).map((op) => settingView(op, c.id)),
      coverage: coverage.controls[i]!,
    }),
  );

  // Sections in the ATT&CK order of MITIGATIONS (detection last); cards keep the plan's order.
  const sections = (Object.keys(MITIGATIONS) as MitigationId[])
    .map((id) => ({ id, name: MITIGATIONS[id], controls: controls.filter((c) => c.mitigation === id) }))
    .filter((s) => s.controls.length > 0);

  // Templates add their own full stop.
  const warning = (c: ControlView, why: string): Warning => ({
    control: c.id,
    title: c.title,
    mitigation: c.mitigation,
    why: why.trim().replace(/\.+$/, ''),
  });
  const tiers = { recommended: 0, strict: 0, optIn: 0 };
  for (const c of plan.controls) tiers[c.tier]++;

  const tattoo = new Map<string, { hive: 'HKLM' | 'HKCU'; key: string }>();
  for (const op of plan.operations) {
    if (op.type !== 'registry' || isPolicyKey(op.key)) continue;
    const hive = hiveOf(op.scope);
    const k = `${hive}\\${op.key}`.toLowerCase();
    if (!tattoo.has(k)) tattoo.set(k, { hive, key: op.key });
  }

  const targets = [...plan.profile.targets];
  return {
    generatedBy: generatedBy(plan),
    tool: plan.tool,
    profile: plan.profile,
    counts: {
      controls: plan.controls.length,
      operations: plan.operations.length,
      machine: plan.operations.filter((o) => o.scope === 'Machine').length,
      user: plan.operations.filter((o) => o.scope === 'User').length,
      mitigations: sections.length,
      tiers,
    },
    targets,
    columns: CHANNELS.map((channel) => ({ channel, title: channelTitle(channel), built: builtChannels.includes(channel) })),
    coverage,
    channelNotes: channelNotes(coverage),
    controls,
    sections,
    lockout: controls
      .filter((c) => c.lockoutRisk)
      .map((c) =>
        warning(
          c,
          c.narrative.optInReason ??
            'it can deny SYSTEM or Administrators COM launch/activation, or block remote DCOM (remote WMI, MMC and other remote management)',
        ),
      ),
    optIn: controls
      .filter((c) => c.tier === 'optIn')
      .map((c) => warning(c, c.narrative.optInReason ?? `impact ${c.impact}; read the rationale before deploying`)),
    unconfirmed: controls.filter((c) => !c.confirmed).map((c) => warning(c, 'not confirmed by a Microsoft source')),
    tattooKeys: [...tattoo.values()],
    techniques: (Object.keys(TECHNIQUES) as TechniqueId[]).map((id) => ({ id, name: TECHNIQUES[id] })),
  };
}
