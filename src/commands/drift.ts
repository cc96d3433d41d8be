import { Args, Flags } from '@oclif/core';
import { planFromProfile } from '../build.js';
import { detectDrift, type DriftReport } from '../plan-readers/drift.js';
import { polFilesIn } from '../formats/gpo-backup-files.js';
import { decodePol } from '../formats/registry-pol.js';
import { BaseCommand } from '../lib/command.js';
import { INPUT_LIMITS, readInputFile } from '../lib/input.js';
import { hiveOf, type Scope } from '../model/registry.js';

export default class Drift extends BaseCommand {
  static override description =
    "Compare an existing Registry.pol (a GPO backup folder, a GPO's registry.pol, or a machine's local policy file) with what the profile puts there; exit 1 when something is missing or differs";
  static override examples = [
    '<%= config.bin %> drift "C:/GPOBackups/{...}"                                        # a GPO backup: Machine and User',
    '<%= config.bin %> drift registry.pol --scope User',
    '<%= config.bin %> drift C:/Windows/System32/GroupPolicy/Machine/Registry.pol --scope Machine --local',
  ];
  static override args = { path: Args.string({ description: 'a Registry.pol file, or a GPO backup folder', required: true }) };
  static override flags = {
    profile: Flags.string({ char: 'p', description: 'profile JSON (default: the shipped recommended profile)' }),
    scope: Flags.string({ options: ['Machine', 'User'], description: 'which side a single .pol file holds' }),
    local: Flags.boolean({
      description: 'expect every registry value (as the pol/ target and LGPO.exe write them), not only what a GPO puts in registry.pol',
    }),
    json: Flags.boolean({ description: 'print JSON' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Drift);
    const plan = planFromProfile({ profilePath: flags.profile });
    const inputs = polFilesIn(args.path, flags.scope as Scope | undefined);
    const selection = { include: flags.local ? ('allRegistry' as const) : ('gpoRoute' as const) };
    // A side with no registry.pol is compared as an empty file: everything the profile wants there is missing.
    const reports: (DriftReport & { file: string })[] = inputs.map(({ scope, file }) => ({
      file: file ?? `(no ${scope} registry.pol)`,
      ...detectDrift(plan, scope, file ? decodePol(readInputFile(file, 'Registry.pol', INPUT_LIMITS.pol), { file }) : [], selection),
    }));
    const failing = reports.some((r) => r.findings.some((f) => f.kind !== 'extra'));
    if (flags.json) this.print(JSON.stringify({ profile: plan.profile.name, reports }, null, 2));
    else {
      for (const r of reports) {
        this.print(`${r.file} (${r.scope}): ${r.matching} of ${r.expected} entries as the profile wants`);
        for (const f of r.findings) {
          const where = `${hiveOf(f.scope)}\\${f.key} ! ${f.valueName}`;
          this.print(`  ${f.kind.padEnd(7)} ${where}${f.want ? `  want ${f.want}` : ''}${f.have ? `  have ${f.have}` : ''}`);
        }
      }
    }
    // process.exitCode, not this.exit(1): exiting at once can cut off output piped to another program.
    if (failing) process.exitCode = 1;
  }
}
