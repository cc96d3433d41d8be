import { Args, Flags } from '@oclif/core';
import { explainControl, renderExplanation } from '../plan-readers/explain.js';
import { loadCatalog, loadProfile } from '../catalog/load.js';
import { BaseCommand } from '../lib/command.js';
import { stableJson } from '../lib/json.js';

export default class Explain extends BaseCommand {
  static override description = 'Show a control: rationale, parameters, every registry operation, references and which channels carry it';
  static override examples = [
    '<%= config.bin %> explain word-dde-off',
    '<%= config.bin %> explain asr-office-rules --profile my-profile.json --json',
  ];
  static override args = { control: Args.string({ description: 'control id (see `t1559 list`)', required: true }) };
  static override flags = {
    profile: Flags.string({ char: 'p', description: "use this profile's parameters for the control" }),
    json: Flags.boolean({ description: 'print JSON' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Explain);
    const catalog = loadCatalog();
    const profile = flags.profile ? loadProfile(flags.profile) : undefined;
    const e = explainControl(catalog, args.control, profile, flags.profile);
    if (flags.json)
      this.print(
        stableJson({
          control: e.control,
          parameters: e.plan.controls[0]?.parameters ?? {},
          coverage: e.coverage,
          operations: e.operations,
        }),
      );
    else this.print(renderExplanation(e));
  }
}
