import { Args, Flags } from '@oclif/core';
import { describeComRights, formatSddl, formatSid } from '../../formats/sddl.js';
import { decodeSecurityDescriptor, decodeSecurityDescriptorLenient } from '../../formats/security-descriptor.js';
import { parseHexText } from '../../formats/sd-text.js';
import { BaseCommand } from '../../lib/command.js';

export default class SddlDecode extends BaseCommand {
  static override description =
    "Read a binary security descriptor (hex, or a .reg hex: value) back as SDDL, with each ACE's COM rights spelled out";
  static override examples = [
    '<%= config.bin %> sddl decode 01000480...',
    `<%= config.bin %> sddl decode "hex:01,00,04,80,30,00,00,00,..."`,
    '<%= config.bin %> sddl decode 01000480... --json',
  ];
  static override args = {
    hex: Args.string({ description: 'the descriptor as hex (spaces, commas and a hex: prefix are fine)', required: true }),
  };
  static override flags = {
    strict: Flags.boolean({ description: 'refuse control bits SDDL cannot express instead of naming and ignoring them' }),
    json: Flags.boolean({ description: 'print JSON' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(SddlDecode);
    const bytes = parseHexText(args.hex, 'HEX');
    const { sd, ignored } = flags.strict
      ? { sd: decodeSecurityDescriptor(bytes), ignored: [] as string[] }
      : decodeSecurityDescriptorLenient(bytes);
    const aces = (sd.dacl?.aces ?? []).map((ace) => ({
      type: ace.type,
      trustee: formatSid(ace.sid),
      sid: ace.sid,
      mask: `0x${ace.mask.toString(16)}`,
      comRights: describeComRights(ace.mask),
    }));
    if (flags.json)
      return this.print(
        JSON.stringify({ sddl: formatSddl(sd), owner: sd.owner, group: sd.group, aces, ignoredControlBits: ignored }, null, 2),
      );
    this.print(formatSddl(sd));
    for (const a of aces) this.print(`  ${a.type.padEnd(5)} ${a.trustee.padEnd(14)} ${a.mask.padEnd(10)} ${a.comRights.join(', ')}`);
    for (const i of ignored) this.print(`  note: control bit ${i} has no SDDL form and is not shown`);
  }
}
