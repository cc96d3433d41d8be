import { Args, Flags } from '@oclif/core';
import { decodeLgpo } from '../../formats/lgpo-text.js';
import { encodePol } from '../../formats/registry-pol.js';
import { polEntriesFromJson } from '../../formats/pol-json.js';
import { BaseCommand } from '../../lib/command.js';
import { decodeText, hasUtf16Bom, INPUT_LIMITS, readInputFile } from '../../lib/input.js';
import { UserError } from '../../lib/errors.js';
import { parseJsonText } from '../../lib/json.js';
import { writeSingleFile } from '../../write/single-file.js';

export default class PolEncode extends BaseCommand {
  static override description = 'Write a Registry.pol from JSON ({"entries": [...]}, as `pol decode` prints) or LGPO text';
  static override examples = [
    '<%= config.bin %> pol encode entries.json --out Registry.pol',
    '<%= config.bin %> pol encode machine.txt --scope Computer --out Machine.pol',
  ];
  static override args = { file: Args.string({ description: 'JSON or LGPO text (ASCII/UTF-8 or UTF-16LE with BOM)', required: true }) };
  static override flags = {
    out: Flags.string({ char: 'o', required: true, description: 'the .pol file to write' }),
    scope: Flags.string({
      options: ['Computer', 'User'],
      description: 'LGPO input: take only this scope (required when the text has both)',
    }),
    order: Flags.string({ options: ['canonical', 'asGiven'], default: 'canonical', description: 'entry order in the file' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(PolEncode);
    const bytes = readInputFile(args.file, 'input', INPUT_LIMITS.polSource);
    // JSON is UTF-8 and starts with "{"; anything else (UTF-16LE LGPO text included) is LGPO text.
    const isJson = !hasUtf16Bom(bytes) && /^(\xEF\xBB\xBF)?[ \t\r\n]*\{/.test(bytes.subarray(0, 4096).toString('latin1'));
    let entries;
    if (isJson) {
      entries = polEntriesFromJson(parseJsonText(decodeText(bytes, args.file, 'E_JSON'), args.file), args.file);
    } else {
      const records = decodeLgpo(bytes, { file: args.file });
      const scopes = [...new Set(records.map((r) => r.scope))];
      if (!flags.scope && scopes.length > 1)
        throw new UserError('E_ARG', `${args.file} has both Computer and User records`, [
          { where: '--scope', message: 'choose --scope Computer or --scope User: a .pol file holds one scope' },
        ]);
      entries = records.filter((r) => !flags.scope || r.scope === flags.scope).map((r) => r.entry);
    }
    writeSingleFile(flags.out, encodePol(entries, { order: flags.order as 'canonical' | 'asGiven' }));
    this.print(`wrote ${flags.out} (${entries.length} entries)`);
  }
}
