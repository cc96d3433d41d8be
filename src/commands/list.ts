import { Flags } from '@oclif/core';
import { loadCatalog } from '../catalog/load.js';
import { BaseCommand } from '../lib/command.js';
import { MITIGATIONS } from '../model/control.js';

export default class List extends BaseCommand {
  static override description = 'List the catalog controls with their ATT&CK mitigation, techniques and tier';
  static override examples = ['<%= config.bin %> list', '<%= config.bin %> list --json'];
  static override flags = { json: Flags.boolean({ description: 'print JSON' }) };

  async run(): Promise<void> {
    const { flags } = await this.parse(List);
    const catalog = loadCatalog();
    const rows = catalog.controls.map((c) => ({
      id: c.id,
      title: c.title,
      mitigation: c.mitigation,
      mitigationName: MITIGATIONS[c.mitigation],
      techniques: c.techniques,
      tier: c.tier,
      impact: c.impact,
      confirmed: c.confirmed,
      lockoutRisk: c.lockoutRisk,
      parameters: Object.keys(c.parameters),
    }));
    if (flags.json) return this.print(JSON.stringify(rows, null, 2));
    const width = Math.max(...rows.map((r) => r.id.length));
    for (const r of rows)
      this.print(
        `${r.id.padEnd(width)}  ${r.mitigation.padEnd(6)}  ${r.tier.padEnd(11)}  ${r.techniques.join(',').padEnd(20)}  ${r.title}`,
      );
  }
}
