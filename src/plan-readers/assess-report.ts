/**
 * The outputs of `t1559 assess`, pure functions of the assessment: the terminal table, JSON, a CSV for change
 * boards, an ATT&CK Navigator layer (format 4.5) of ACTUAL coverage, and an HTML page in report.html's style.
 *
 * Layer scoring: a technique scores the number of its controls enforced everywhere they apply (a sub-technique
 * counts the controls mapped to it, T1559 every control), coloured from red (none enforced) to green; each
 * technique's comment names the controls that are partly or not enforced and what is missing.
 */
import { escapeHtml } from '../lib/html-escape.js';
import { stableJson } from '../lib/json.js';
import { textArtifact, type Artifact } from '../model/artifact.js';
import type { Plan } from '../model/plan.js';
import type { Assessment, ControlStatus, ControlTotal } from './assess.js';

/** Same pinned versions as the report's planned-coverage layer (src/targets/report/attack-layer.ts). */
const LAYER_VERSIONS = { attack: '18', navigator: '5.2.0', layer: '4.5' } as const;
const GRADIENT = ['#e06666', '#ffd966', '#57bb8a'];
const TECHNIQUES = ['T1559', 'T1559.001', 'T1559.002'] as const;

const LABEL: Record<ControlStatus, string> = {
  enforced: 'enforced',
  partly: 'partly',
  notEnforced: 'not enforced',
  notApplicable: 'not applicable',
};

function countsText(t: ControlTotal, subjects: number): string {
  if (subjects === 1) return '';
  return ` (${t.counts.enforced} enforced, ${t.counts.partly} partly, ${t.counts.notEnforced} not, ${t.counts.notApplicable} n/a of ${subjects})`;
}

export function assessmentText(a: Assessment): string {
  const lines: string[] = [];
  const width = Math.max(7, ...a.totals.map((t) => t.id.length));
  const n = a.subjects.length;
  lines.push(
    `profile ${a.profile.name}: ${n} source${n === 1 ? '' : 's'} (${a.subjects
      .slice(0, 3)
      .map((s) => s.name)
      .join(', ')}${n > 3 ? ', ...' : ''})`,
  );
  lines.push(`${'control'.padEnd(width)}  status`);
  for (const t of a.totals) {
    const why = n === 1 ? a.subjects[0]!.controls.find((c) => c.id === t.id)?.why : undefined;
    lines.push(`${t.id.padEnd(width)}  ${LABEL[t.status]}${countsText(t, n)}${why ? `: ${why}` : ''}`);
    for (const g of t.gaps.slice(0, 5)) lines.push(`${''.padEnd(width)}    missing or different: ${g}`);
    if (t.gaps.length > 5) lines.push(`${''.padEnd(width)}    and ${t.gaps.length - 5} more`);
  }
  for (const s of a.subjects) {
    for (const c of s.conflicts)
      lines.push(
        `conflict  ${s.name}: ${c.where} [${c.control}]: profile wants ${c.profile}, source has ${c.source}${c.from && c.from !== s.name ? ` (${c.from})` : ''}`,
      );
  }
  const redundant = a.subjects.reduce((x, s) => x + s.redundancies.length, 0);
  if (redundant > 0) lines.push(`${redundant} value(s) set identically by the source and the profile (redundant; see --json or the CSV)`);
  const enforced = a.totals.filter((t) => t.status === 'enforced').length;
  const applicable = a.totals.filter((t) => t.status !== 'notApplicable').length;
  lines.push(`${enforced} of ${applicable} applicable controls enforced${a.exitCode === 0 ? '' : '; gaps found'}`);
  return `${lines.join('\n')}\n`;
}

export function assessmentJson(a: Assessment): string {
  return stableJson(a);
}

function csvCell(v: string): string {
  // RFC 4180 quoting; a leading = + - @ would run as a formula in Excel, so it gets a quote character first.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per source, control and operation not enforced, plus one row per control status. */
export function assessmentCsv(a: Assessment): string {
  const rows = [['source', 'control', 'status', 'why', 'operation', 'where', 'state', 'profile wants', 'source has']];
  for (const s of a.subjects) {
    for (const c of s.controls) {
      rows.push([s.name, c.id, LABEL[c.status], c.why ?? '', '', '', '', '', '']);
      for (const o of c.operations)
        if (o.state !== 'enforced' && o.state !== 'notCovered')
          rows.push([s.name, c.id, LABEL[c.status], '', o.id, o.where, o.state, o.want, o.have ?? '']);
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function assessmentLayer(plan: Plan, a: Assessment): Record<string, unknown> {
  const techniques = TECHNIQUES.map((tech) => {
    const mapped = a.totals.filter((t) => (tech === 'T1559' ? t.techniques.length > 0 : t.techniques.includes(tech)));
    const enforced = mapped.filter((t) => t.status === 'enforced');
    const open = mapped.filter((t) => t.status === 'partly' || t.status === 'notEnforced');
    const comment = [
      `${enforced.length} of ${mapped.length} controls enforced${enforced.length ? `: ${enforced.map((t) => t.id).join(', ')}` : ''}.`,
      ...open.map(
        (t) =>
          `${t.id} ${LABEL[t.status]}; missing: ${t.gaps.slice(0, 4).join('; ') || 'see the assessment'}${t.gaps.length > 4 ? '; ...' : ''}.`,
      ),
    ].join(' ');
    return {
      techniqueID: tech,
      tactic: 'execution',
      score: enforced.length,
      comment,
      enabled: true,
      metadata: [],
      links: [{ label: `${tech} on attack.mitre.org`, url: `https://attack.mitre.org/techniques/${tech.replace('.', '/')}/` }],
      ...(tech === 'T1559' ? { showSubtechniques: true } : {}),
    };
  });
  const max = Math.max(
    1,
    ...TECHNIQUES.map((tech) => a.totals.filter((t) => (tech === 'T1559' ? t.techniques.length > 0 : t.techniques.includes(tech))).length),
  );
  return {
    name: `T1559 actual coverage: ${plan.profile.name}`,
    versions: { ...LAYER_VERSIONS },
    domain: 'enterprise-attack',
    description: `Controls of the t1559 profile "${plan.profile.name}" enforced on ${a.subjects.length} assessed source(s). Score = controls enforced everywhere they apply.`,
    filters: { platforms: ['Windows'] },
    sorting: 3,
    layout: {
      layout: 'side',
      aggregateFunction: 'max',
      showID: true,
      showName: true,
      showAggregateScores: false,
      countUnscored: false,
      expandedSubtechniques: 'annotated',
    },
    hideDisabled: false,
    techniques,
    gradient: { colors: GRADIENT, minValue: 0, maxValue: max },
    legendItems: [
      { label: 'No control enforced', color: GRADIENT[0] },
      { label: 'Every mapped control enforced', color: GRADIENT[2] },
    ],
    showTacticRowBackground: false,
    tacticRowBackground: '#dddddd',
    selectTechniquesAcrossTactics: true,
    selectSubtechniquesWithParent: false,
    selectVisibleTechniques: false,
    metadata: [
      { name: 'profile', value: plan.profile.name },
      { name: 'generator', value: `${plan.tool.name} ${plan.tool.version}` },
      { name: 'sources assessed', value: String(a.subjects.length) },
    ],
    links: [{ label: 'MITRE ATT&CK T1559', url: 'https://attack.mitre.org/techniques/T1559/' }],
  };
}

const CLASS: Record<ControlStatus, string> = { enforced: 'ok', partly: 'part', notEnforced: 'no', notApplicable: 'none' };

export function assessmentHtml(plan: Plan, a: Assessment): string {
  const e = escapeHtml;
  const enforced = a.totals.filter((t) => t.status === 'enforced').length;
  const applicable = a.totals.filter((t) => t.status !== 'notApplicable').length;
  const rows = a.totals
    .map(
      (t) =>
        `<tr><td><code>${e(t.id)}</code><br><span class="note">${e(t.title)}</span></td><td class="${CLASS[t.status]}">${e(LABEL[t.status])}</td><td>${e(`${t.counts.enforced} / ${t.counts.partly} / ${t.counts.notEnforced} / ${t.counts.notApplicable}`)}</td><td>${t.gaps
          .slice(0, 10)
          .map((g) => `<code>${e(g)}</code>`)
          .join('<br>')}</td></tr>`,
    )
    .join('\n');
  const conflicts = a.subjects.flatMap((s) =>
    s.conflicts.map(
      (c) =>
        `<tr><td>${e(s.name)}</td><td><code>${e(c.where)}</code></td><td>${e(c.control)}</td><td>${e(c.profile)}</td><td>${e(c.source)}</td></tr>`,
    ),
  );
  const redundant = a.subjects.flatMap((s) =>
    s.redundancies.map(
      (c) => `<tr><td>${e(s.name)}</td><td><code>${e(c.where)}</code></td><td>${e(c.control)}</td><td>${e(c.profile)}</td></tr>`,
    ),
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>T1559 posture: ${e(plan.profile.name)}</title>
<style>
  body { margin: 0; background: #f4f6fa; color: #1d2433; font: 15px/1.5 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; }
  header { background: linear-gradient(120deg, #14284b, #1f4e8c); color: #fff; padding: 24px 28px; }
  main { max-width: 1240px; margin: 0 auto; padding: 16px 28px 40px; }
  h2 { font-size: 20px; border-bottom: 2px solid #d9dee8; padding-bottom: 6px; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  th, td { border: 1px solid #d9dee8; padding: 6px 8px; text-align: left; vertical-align: top; }
  th { background: #eef2f8; font-size: 13px; }
  td.ok { background: #e3f4e6; color: #1e7b34; } td.part { background: #ffe2c6; color: #a24a00; }
  td.no { background: #fbe0df; color: #a8231f; } td.none { background: #eceff4; color: #5b6478; }
  .note { color: #5b6478; font-size: 13px; } code { font-family: Consolas, "Cascadia Mono", Menlo, monospace; font-size: 13px; }
</style>
</head>
<body>
<header><h1>T1559 posture: profile ${e(plan.profile.name)}</h1>
<p>${e(`${a.subjects.length} source(s) assessed; ${enforced} of ${applicable} applicable controls enforced everywhere. Generated by ${plan.tool.name} ${plan.tool.version}.`)}</p></header>
<main>
<h2>Controls</h2>
<p class="note">Counts: enforced / partly / not enforced / not applicable, over the assessed sources.</p>
<table><tr><th>control</th><th>status</th><th>counts</th><th>missing or different</th></tr>
${rows}
</table>
<h2>Conflicts: the source sets a value differently</h2>
${conflicts.length ? `<table><tr><th>source</th><th>value</th><th>control</th><th>profile wants</th><th>source has</th></tr>\n${conflicts.join('\n')}\n</table>` : '<p class="note">None.</p>'}
<h2>Redundant: set identically by the source and the profile</h2>
${redundant.length ? `<table><tr><th>source</th><th>value</th><th>control</th><th>data</th></tr>\n${redundant.join('\n')}\n</table>` : '<p class="note">None.</p>'}
</main>
</body>
</html>
`;
}

/** The --out files. */
export function assessmentArtifacts(plan: Plan, a: Assessment): Artifact[] {
  return [
    textArtifact('assessment.json', assessmentJson(a)),
    textArtifact('assessment.csv', assessmentCsv(a), { encoding: 'utf8bom' }),
    textArtifact('attack-layer.json', stableJson(assessmentLayer(plan, a))),
    textArtifact('assessment.html', assessmentHtml(plan, a)),
  ];
}
