import { Args, Flags } from '@oclif/core';
import { decodePol, dumpPol } from '../../formats/registry-pol.js';
import { encodeLgpo, lgpoEncodingFor, lgpoExpressible, type LgpoScope } from '../../formats/lgpo-text.js';
import { polEntriesToJson } from '../../formats/pol-json.js';
import { BaseCommand } from '../../lib/command.js';
import { INPUT_LIMITS, readInputFile } from '../../lib/input.js';

export default class PolDecode extends BaseCommand {
  static override description = 'Read a Registry.pol file and print its entries (JSON, LGPO text, or a readable dump), in file order';
  static override examples = [
    '<%= config.bin %> pol decode "gpo/{...}/DomainSysvol/GPO/Machine/registry.pol"',
    '<%= config.bin %> pol decode Registry.pol --format lgpo --scope User > user.txt',
    '<%= config.bin %> pol decode Registry.pol --format lgpo --strict   # refuse entries LGPO text cannot hold',
    '<%= config.bin %> pol decode Registry.pol --format dump',
  ];
  static override args = { file: Args.string({ description: 'a Registry.pol file', required: true }) };
  static override flags = {
    format: Flags.string({ options: ['json', 'lgpo', 'dump'], default: 'json', description: 'output format' }),
    scope: Flags.string({
      options: ['Computer', 'User'],
      default: 'Computer',
      description: 'LGPO scope to label records with (the .pol itself does not say)',
    }),
    strict: Flags.boolean({
      default: false,
      description: 'with --format lgpo: refuse the file when an entry has no LGPO text form, instead of commenting it out with a warning',
    }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(PolDecode);
    const bytes = readInputFile(args.file, 'Registry.pol', INPUT_LIMITS.pol);
    const entries = decodePol(bytes, { file: args.file });
    if (flags.format === 'dump') return this.print(dumpPol(entries));
    if (flags.format === 'lgpo') {
      const scope = flags.scope as LgpoScope;
      const records = entries.map((entry) => ({ scope, entry }));
      const comment = [`decoded from ${args.file}`];
      const unexpressible = flags.strict ? 'refuse' : 'comment';
      // Encode first: with --strict a refusal must leave stdout empty.
      const bytes = encodeLgpo(records, { comment, encoding: lgpoEncodingFor(records, comment), unexpressible });
      entries.forEach((entry, i) => {
        const x = lgpoExpressible(entry);
        const name = 'valueName' in entry && entry.valueName !== '' ? ` ${JSON.stringify(entry.valueName)}` : '';
        if (!x.ok)
          process.stderr.write(
            `warning: ${args.file}: entry ${i} [${entry.key}]${name} commented out: ${x.reason} (--strict refuses the file instead)\n`,
          );
      });
      process.stdout.write(Buffer.from(bytes));
      return;
    }
    this.print(JSON.stringify(polEntriesToJson(entries), null, 2));
  }
}
