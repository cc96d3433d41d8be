import { Args, Flags } from '@oclif/core';
import { planFromProfile } from '../build.js';
import { BaseCommand } from '../lib/command.js';
import { assessSources } from '../plan-readers/assess-inputs.js';
import { assessmentArtifacts, assessmentJson, assessmentText } from '../plan-readers/assess-report.js';
import { writeBundle } from '../write/writer.js';

export default class Assess extends BaseCommand {
  static override description =
    'Report which controls of the profile machines (audit results from audit/Test-T1559.ps1) or policy sources (a GPO backup, a Registry.pol, a .reg export) actually enforce, with conflicts and redundancies; exit 0 all enforced, 1 gaps, 2 bad input';
  static override examples = [
    '<%= config.bin %> assess results/ --profile my-profile.json --out posture/     # a fleet of audit results',
    '<%= config.bin %> assess "C:/GPOBackups/{...}"                                   # a GPO backup: conflicts with the profile',
    '<%= config.bin %> assess hkcu-office.reg baseline/Machine/registry.pol --json',
  ];
  static override strict = false;
  static override args = {
    source: Args.string({
      description: 'audit result .json, a folder of them, a GPO backup folder, a Registry.pol or a .reg file (repeatable)',
      required: true,
    }),
  };
  static override flags = {
    profile: Flags.string({ char: 'p', description: 'profile JSON (default: the shipped recommended profile)' }),
    out: Flags.string({ char: 'o', description: 'write assessment.json, assessment.csv, attack-layer.json and assessment.html here' }),
    scope: Flags.string({ options: ['Machine', 'User'], description: 'which side a Registry.pol outside a GPO folder holds' }),
    json: Flags.boolean({ description: 'print JSON' }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Assess);
    const plan = planFromProfile({ profilePath: flags.profile });
    // Every source is read and checked first: a malformed one exits 2 before anything is written.
    const assessment = assessSources(plan, argv as string[], flags.scope as 'Machine' | 'User' | undefined);
    if (flags.out) writeBundle(flags.out, assessmentArtifacts(plan, assessment), 'write');
    process.stdout.write(flags.json ? assessmentJson(assessment) : assessmentText(assessment));
    // process.exitCode, not this.exit(1): exiting at once can cut off output piped to another program.
    if (assessment.exitCode !== 0) process.exitCode = assessment.exitCode;
  }
}
