/**
 * README.md, the bundle's front page for admins (templates/report/README.md.ejs): what the bundle holds,
 * what it defends, the coverage matrix, and step-by-step deployment and rollback for each artifact family
 * the profile builds. Markdown per CommonMark 0.31 + GitHub Flavored Markdown tables; every value is escaped
 * by markdown-escape.ts, every PowerShell literal is built by src/lib/powershell.ts.
 */
import type { Plan } from '../../model/plan.js';
import { psString } from '../../lib/powershell.js';
import { textArtifact, type Artifact } from '../artifact.js';
import { htmlCommentText } from '../../lib/html-escape.js';
import { escapeMarkdown, Markdown, mdCode, mdFence, mdLink, mdText } from '../../lib/markdown-escape.js';
import { buildReportModel, type ReportModel } from './report-model.js';
import { reportTemplate } from './templates.js';

export interface ReadmeView {
  m: ReportModel;
  /** Raw Markdown for the first line; everything else goes through `<%=`. */
  header: Markdown;
  md: {
    text: typeof mdText;
    code: (value: string) => Markdown;
    cellCode: (value: string) => Markdown;
    /** Escaped text values joined as table cells ("a | b | c"). */
    cells: (values: readonly unknown[]) => Markdown;
    /** "---|---|..." for n columns. */
    separatorCells: (n: number) => Markdown;
    /** Code spans joined by "; " (for a table cell). */
    cellCodes: (values: readonly string[]) => Markdown;
    fence: typeof mdFence;
    link: typeof mdLink;
  };
  /** PowerShell command lines, every value quoted by psString. */
  commands: {
    importGpo: string[];
    linkGpo: string[];
    removeGpo: string[];
    copyAdmx: string[];
    backupTattooKeys: string[];
  };
}

/** The SYSVOL central store of the profile's domain. */
function centralStore(domain: string): string {
  return `\\\\${domain}\\SYSVOL\\${domain}\\Policies\\PolicyDefinitions`;
}

function readmeView(plan: Plan): ReadmeView {
  const m = buildReportModel(plan);
  const gpoName = psString(plan.profile.gpo.displayName);
  const domain = psString(plan.profile.gpo.domain);
  const store = centralStore(plan.profile.gpo.domain);
  const ou = psString(`OU=Workstations,${plan.profile.gpo.domain.split('.').map((label) => `DC=${label}`).join(',')}`);
  const backup = m.tattooKeys.map(
    (k, i) => `reg.exe export ${psString(`${k.hive}\\${k.key}`)} ${psString(`.\\t1559-backup\\${String(i + 1).padStart(2, '0')}-${k.hive}.reg`)} /y`,
  );
  return {
    m,
    header: new Markdown(`<!-- ${htmlCommentText(m.generatedBy)} -->`),
    md: {
      text: mdText,
      code: (v) => mdCode(v),
      cellCode: (v) => mdCode(v, { inTable: true }),
      cells: (vs) => new Markdown(vs.map(escapeMarkdown).join(' | ')),
      separatorCells: (n) => new Markdown(Array.from({ length: n }, () => '---').join('|')),
      cellCodes: (vs) => new Markdown(vs.map((v) => mdCode(v, { inTable: true }).text).join('; ')),
      fence: mdFence,
      link: mdLink,
    },
    commands: {
      importGpo: [
        'Import-Module GroupPolicy',
        '# -BackupGpoName picks the backup by the GPO name it holds, so you do not need the {BackupId} folder name.',
        `Import-GPO -BackupGpoName ${gpoName} -Path (Resolve-Path -LiteralPath '.\\gpo').Path -TargetName ${gpoName} -CreateIfNeeded -Domain ${domain}`,
        '# Equivalent, by folder: the only folder under gpo\\ is named {BackupId}:',
        "# $backupId = (Get-ChildItem -LiteralPath '.\\gpo' -Directory | Select-Object -First 1).Name",
        `# Import-GPO -BackupId $backupId -Path (Resolve-Path -LiteralPath '.\\gpo').Path -TargetName ${gpoName} -CreateIfNeeded -Domain ${domain}`,
      ],
      linkGpo: [
        '# Link it where both the computers and the users live (the Office settings are user settings).',
        `New-GPLink -Name ${gpoName} -Target ${ou} -LinkEnabled Yes -Domain ${domain}`,
      ],
      removeGpo: [
        `Get-GPInheritance -Target ${ou} -Domain ${domain}   # where is it linked?`,
        `Remove-GPLink -Name ${gpoName} -Target ${ou} -Domain ${domain}`,
        `Remove-GPO -Name ${gpoName} -Domain ${domain}   # or keep it unlinked for later`,
      ],
      copyAdmx: [
        `$store = ${psString(store)}`,
        "Copy-Item -LiteralPath '.\\admx\\T1559.admx' -Destination $store",
        "Copy-Item -LiteralPath '.\\admx\\en-US\\T1559.adml' -Destination (Join-Path $store 'en-US')",
      ],
      backupTattooKeys: backup.length ? ["New-Item -ItemType Directory -Force -Path '.\\t1559-backup' | Out-Null", ...backup] : [],
    },
  };
}

export function renderReadmeText(plan: Plan): string {
  const text = reportTemplate<ReadmeView>('README.md.ejs', escapeMarkdown)(readmeView(plan));
  // Templates leave blank runs where optional sections are skipped; one blank line is enough in Markdown.
  return `${text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

export function renderReadme(plan: Plan): Artifact {
  return textArtifact('README.md', renderReadmeText(plan));
}
