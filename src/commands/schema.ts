import { Flags } from '@oclif/core';
import { auditResultJsonSchema, catalogJsonSchema, profileJsonSchema } from '../catalog/schema.js';
import { BaseCommand } from '../lib/command.js';

export default class Schema extends BaseCommand {
  static override description = 'Print the JSON Schema of profiles (or of catalog files); the shipped copies live in policies/';
  static override examples = [
    '<%= config.bin %> schema > policies/profile.schema.json',
    '<%= config.bin %> schema --catalog > policies/catalog.schema.json',
    '<%= config.bin %> schema --audit-result > policies/audit-result.schema.json',
  ];
  static override flags = {
    catalog: Flags.boolean({ description: 'the catalog file schema instead of the profile schema', exclusive: ['audit-result'] }),
    'audit-result': Flags.boolean({ description: 'the schema of the JSON audit/Test-T1559.ps1 writes (read by assess and rollback)' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Schema);
    process.stdout.write(flags.catalog ? catalogJsonSchema() : flags['audit-result'] ? auditResultJsonSchema() : profileJsonSchema());
  }
}
