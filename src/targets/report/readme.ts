/**
 * README.md, the bundle's front page for admins (templates/report/README.md.ejs): what the bundle holds,
 * what it defends, the coverage matrix, and step-by-step deployment and rollback for each artifact family
 * the profile builds. Markdown per CommonMark 0.31 + GitHub Flavored Markdown tables; every value is escaped
 * by markdown-escape.ts, every PowerShell literal is built by src/lib/powershell.ts.
 */
import type { Plan } from '../../model/plan.js';
import { psString } from '../../lib/powershell.js';
import { textArtifact, type Artifact } from '../../model/artifact.js';
import { htmlCommentText } from '../../lib/html-escape.js';
import { escapeMarkdown, Markdown, markdownHelpers, type MarkdownHelpers } from '../../lib/markdown-escape.js';
import type { Bundle } from '../target.js';
import { buildReportModel, type ReportModel } from './report-model.js';
import { reportTemplate } from './templates.js';

export interface ReadmeView {
  m: ReportModel;
  /** Raw Markdown for the first line; everything else goes through `<%=`. */
  header: Markdown;
  md: MarkdownHelpers;
  /** The selected targets' rows of "What is in this folder" and their deployment sections. */
  contents: readonly Markdown[];
  deploy: readonly Markdown[];
  /** PowerShell command lines, every value quoted by psString. */
  commands: { backupTattooKeys: string[] };
  /** Some selected target writes registry values (the "back up first" step applies). */
  writesValues: boolean;
}

function readmeView(plan: Plan, bundle: Bundle): ReadmeView {
  const m = buildReportModel(plan, bundle.builtChannels);
  const backup = m.tattooKeys.map(
    (k, i) =>
      `reg.exe export ${psString(`${k.hive}\\${k.key}`)} ${psString(`.\\t1559-backup\\${String(i + 1).padStart(2, '0')}-${k.hive}.reg`)} /y`,
  );
  return {
    m,
    header: new Markdown(`<!-- ${htmlCommentText(m.generatedBy)} -->`),
    md: markdownHelpers,
    contents: bundle.contents,
    deploy: bundle.steps,
    commands: {
      backupTattooKeys: backup.length ? ["New-Item -ItemType Directory -Force -Path '.\\t1559-backup' | Out-Null", ...backup] : [],
    },
    writesValues: bundle.writesValues,
  };
}

export function renderReadmeText(plan: Plan, bundle: Bundle): string {
  const text = reportTemplate<ReadmeView>('README.md.ejs', escapeMarkdown)(readmeView(plan, bundle));
  // Templates leave blank runs where optional sections are skipped; one blank line is enough in Markdown.
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

export function renderReadme(plan: Plan, bundle: Bundle): Artifact {
  return textArtifact('README.md', renderReadmeText(plan, bundle));
}
