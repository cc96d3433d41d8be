import { Flags } from '@oclif/core';
import { catalogJsonSchema, profileJsonSchema } from '../catalog/schema.js';
import { BaseCommand } from '../lib/command.js';

export default class Schema extends BaseCommand {
  static override description = 'Print the JSON Schema of profiles (or of catalog files); the shipped copies live in policies/';
  static override examples = ['<%= config.bin %> schema > policies/profile.schema.json', '<%= config.bin %> schema --catalog > policies/catalog.schema.json'];
  static override flags = {
    catalog: Flags.boolean({ description: 'the catalog file schema instead of the profile schema' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Schema);
    process.stdout.write(flags.catalog ? catalogJsonSchema() : profileJsonSchema());
  }
}
