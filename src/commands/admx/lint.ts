import { Args, Flags } from '@oclif/core';
import { ADMX_LINT_RULES, lintAdmx } from '../../formats/admx-lint.js';
import { BaseCommand } from '../../lib/command.js';
import { decodeText, INPUT_LIMITS, readInputFile } from '../../lib/input.js';
import { stableJson } from '../../lib/json.js';

export default class AdmxLint extends BaseCommand {
  static override description =
    `Check an ADMX (and its ADML) for what GPMC, the Central Store and Intune ADMX ingestion trip over: broken $(string.X)/$(presentation.X) references, duplicate or invalid ids, elements without presentation controls, malformed revisions, unknown categories/supportedOn, missing namespace, and keys or controls Intune ingestion refuses. Exit 0 when clean, 1 when problems are found, 2 when a file cannot be read or is not well-formed XML.

Rules: ${Object.keys(ADMX_LINT_RULES).join(', ')}.`;
  static override examples = [
    '<%= config.bin %> admx lint out/admx/T1559.admx --adml out/admx/en-US/T1559.adml',
    '<%= config.bin %> admx lint PolicyDefinitions/word16.admx --adml PolicyDefinitions/en-US/word16.adml --no-ingestion',
    '<%= config.bin %> admx lint T1559.admx --json',
  ];
  static override args = { file: Args.string({ description: 'the .admx file', required: true }) };
  static override flags = {
    adml: Flags.string({
      description: 'the matching .adml (for example en-US/NAME.adml); without it string and presentation references are not checked',
    }),
    json: Flags.boolean({ description: 'print the problems as JSON' }),
    ingestion: Flags.boolean({
      description: 'also check what Intune ADMX ingestion refuses (use --no-ingestion for a GPMC-only template)',
      default: true,
      allowNo: true,
    }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(AdmxLint);
    const admx = readXmlFile(args.file, 'ADMX file');
    const adml = flags.adml === undefined ? undefined : readXmlFile(flags.adml, 'ADML file');
    const problems = lintAdmx(
      admx,
      adml,
      { admx: args.file, ...(flags.adml !== undefined ? { adml: flags.adml } : {}) },
      { ingestion: flags.ingestion },
    );
    if (flags.json) {
      this.print(stableJson({ admx: args.file, adml: flags.adml ?? null, problems }));
    } else if (problems.length === 0) {
      this.print(`${args.file}${flags.adml ? ` + ${flags.adml}` : ''}: no problems`);
    } else {
      this.print(problems.map((p) => `${p.file}:${p.line}: ${p.rule}: ${p.path}: ${p.message}`).join('\n'));
    }
    if (adml === undefined && !flags.json)
      process.stderr.write('note: no --adml given, so string and presentation references were not checked\n');
    // Not this.exit(1): it ends the process before a large report piped to another program is flushed.
    if (problems.length > 0) process.exitCode = 1;
  }
}

/** Read an ADMX/ADML as text: UTF-8 (with or without BOM) or UTF-16 with a BOM. */
function readXmlFile(path: string, what: string): string {
  return decodeText(readInputFile(path, what, INPUT_LIMITS.admx), path, 'E_ADMX');
}
