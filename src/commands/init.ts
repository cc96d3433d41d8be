import { Args, Flags } from '@oclif/core';
import { loadCatalog } from '../catalog/load.js';
import { starterProfile } from '../catalog/starter.js';
import { BaseCommand } from '../lib/command.js';
import { writeSingleFile } from '../write/single-file.js';

export default class Init extends BaseCommand {
  static override description = 'Write a starter profile (recommended, or --strict) with a $schema for editor completion';
  static override examples = ['<%= config.bin %> init', '<%= config.bin %> init --strict policies/t1559.json'];
  static override args = { file: Args.string({ description: 'where to write the profile', default: 't1559.profile.json' }) };
  static override flags = {
    strict: Flags.boolean({ description: 'start from the strict tier' }),
    force: Flags.boolean({ description: 'overwrite an existing file' }),
    schema: Flags.string({
      description: '$schema reference to put in the profile',
      default: './node_modules/t1559/policies/profile.schema.json',
    }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Init);
    const text = starterProfile(loadCatalog(), flags.strict, flags.schema);
    writeSingleFile(args.file, new TextEncoder().encode(text), { where: 'FILE', keepExisting: !flags.force });
    this.print(`wrote ${args.file}; build it with: t1559 build --profile ${args.file}`);
  }
}
