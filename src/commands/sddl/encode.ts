import { Args, Flags } from '@oclif/core';
import { sddlToSecurityDescriptorBytes } from '../../formats/sddl.js';
import { regHexText } from '../../formats/sd-text.js';
import { BaseCommand } from '../../lib/command.js';
import { psHexBytes } from '../../lib/powershell.js';

export default class SddlEncode extends BaseCommand {
  static override description =
    'Turn SDDL into the self-relative security descriptor COM stores in the registry (hex, .reg or PowerShell bytes)';
  static override examples = [
    `<%= config.bin %> sddl encode "O:BAG:BAD:(A;;CCDCLCSWRP;;;BA)(A;;CCDCSW;;;SY)"`,
    `<%= config.bin %> sddl encode "O:BAG:BAD:(A;;CCDC;;;PS)" --format reg --value-name DefaultAccessPermission`,
  ];
  static override args = { sddl: Args.string({ description: 'SDDL text, e.g. O:BAG:BAD:(A;;CCDCLCSWRP;;;BA)', required: true }) };
  static override flags = {
    format: Flags.string({
      options: ['hex', 'reg', 'ps'],
      default: 'hex',
      description: 'hex digits, a .reg value line, or a PowerShell [byte[]] literal',
    }),
    'value-name': Flags.string({ default: 'LaunchPermission', description: 'value name for --format reg' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(SddlEncode);
    const bytes = sddlToSecurityDescriptorBytes(args.sddl);
    if (flags.format === 'reg') return this.print(regHexText(bytes, flags['value-name']));
    if (flags.format === 'ps') return this.print(psHexBytes(bytes));
    this.print(Buffer.from(bytes).toString('hex'));
  }
}
