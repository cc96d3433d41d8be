/**
 * report.html: the front page for people who would rather look (templates/report/report.html.ejs).
 * One self-contained HTML5 document (HTML Living Standard): inline CSS only, no script, no image, font,
 * stylesheet or other subresource, and a Content-Security-Policy that forbids loading any. Links to
 * references stay ordinary `<a href>` navigations (http/https only, see safeHref).
 * Every value is escaped by html-escape.ts through EJS `<%=`.
 */
import { generatedBy, type Plan } from '../../model/plan.js';
import { CELL_STATUS_LABELS, type CellStatus } from '../../plan-readers/coverage.js';
import { textArtifact, type Artifact } from '../../model/artifact.js';
import { escapeHtml, htmlCommentText, safeHref } from '../../lib/html-escape.js';
import { buildReportModel, type ReportModel } from './report-model.js';
import type { Bundle } from '../target.js';
import { reportTemplate } from './templates.js';

/** Symbols next to each status, so the matrix reads without colour too. */
const STATUS_MARKS: Record<CellStatus, string> = {
  carried: '\u2713',
  fallback: '\u21aa',
  partial: '\u25d0',
  notCarried: '\u2717',
  empty: '\u2013',
};

export interface HtmlView {
  m: ReportModel;
  /** Comment text for the generated-by header (already escaped for a comment). */
  headerComment: string;
  statusLabels: typeof CELL_STATUS_LABELS;
  statusMarks: typeof STATUS_MARKS;
  statuses: CellStatus[];
  href: typeof safeHref;
  /** Distinct matrix reasons (fallback and not carried), numbered from 1 in matrix order. */
  notes: { n: number; kind: 'fallback' | 'notCarried'; text: string }[];
  /** The note number of a reason. */
  noteOf: (kind: 'fallback' | 'notCarried', text: string) => number;
  /** Anchor id from arbitrary text (ids only ever come out as [a-z0-9-]). */
  anchor: (prefix: string, text: string) => string;
}

function anchor(prefix: string, text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${slug || 'x'}`;
}

/** Number the distinct reasons of the matrix so each cell can point to one note instead of repeating it. */
function matrixNotes(m: ReportModel): HtmlView['notes'] {
  const notes: HtmlView['notes'] = [];
  const seen = new Set<string>();
  for (const c of m.coverage.controls) {
    for (const cell of c.cells) {
      const add = (kind: 'fallback' | 'notCarried', text: string) => {
        if (seen.has(`${kind}|${text}`)) return;
        seen.add(`${kind}|${text}`);
        notes.push({ n: notes.length + 1, kind, text });
      };
      cell.notCarriedReasons.forEach((r) => add('notCarried', r));
      cell.fallbackReasons.forEach((r) => add('fallback', r));
    }
  }
  return notes;
}

export function renderReportHtmlText(plan: Plan, bundle: Pick<Bundle, 'builtChannels'>): string {
  const m = buildReportModel(plan, bundle.builtChannels);
  const notes = matrixNotes(m);
  const view: HtmlView = {
    m,
    notes,
    noteOf: (kind, text) => notes.find((n) => n.kind === kind && n.text === text)?.n ?? 0,
    headerComment: htmlCommentText(generatedBy(plan)),
    statusLabels: CELL_STATUS_LABELS,
    statusMarks: STATUS_MARKS,
    statuses: ['carried', 'fallback', 'partial', 'notCarried', 'empty'],
    href: safeHref,
    anchor,
  };
  const text = reportTemplate<HtmlView>('report.html.ejs', escapeHtml)(view);
  return `${text.replace(/[ \t]+$/gm, '').trim()}\n`;
}

export function renderReportHtml(plan: Plan, bundle: Pick<Bundle, 'builtChannels'>): Artifact {
  return textArtifact('report.html', renderReportHtmlText(plan, bundle));
}
