import { Args, Flags } from '@oclif/core';
import { decodePol, dumpPol } from '../../formats/registry-pol.js';
import { encodeLgpo, lgpoEncodingFor, type LgpoScope } from '../../formats/lgpo-text.js';
import { polEntriesToJson } from '../../formats/pol-json.js';
import { BaseCommand } from '../../lib/command.js';
import { INPUT_LIMITS, readInputFile } from '../../lib/input.js';

export default class PolDecode extends BaseCommand {
  static override description = 'Read a Registry.pol file and print its entries (JSON, LGPO text, or a readable dump), in file order';
  static override examples = [
    '<%= config.bin %> pol decode "gpo/{...}/DomainSysvol/GPO/Machine/registry.pol"',
    '<%= config.bin %> pol decode Registry.pol --format lgpo --scope User > user.txt',
    '<%= config.bin %> pol decode Registry.pol --format dump',
  ];
  static override args = { file: Args.string({ description: 'a Registry.pol file', required: true }) };
  static override flags = {
    format: Flags.string({ options: ['json', 'lgpo', 'dump'], default: 'json', description: 'output format' }),
    scope: Flags.string({ options: ['Computer', 'User'], default: 'Computer', description: 'LGPO scope to label records with (the .pol itself does not say)' }),
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
      process.stdout.write(Buffer.from(encodeLgpo(records, { comment, encoding: lgpoEncodingFor(records, comment) })));
      return;
    }
    this.print(JSON.stringify(polEntriesToJson(entries), null, 2));
  }
}
