import { Flags } from '@oclif/core';
import { build } from '../build.js';
import { BaseCommand } from '../lib/command.js';
import { TARGET_NAMES, type TargetName } from '../model/profile.js';

export default class Build extends BaseCommand {
  static override description = 'Resolve a profile and write the deployable bundle (GPO, Registry.pol, LGPO, ADMX, DSC, Intune, report)';

  static override examples = [
    '<%= config.bin %> build',
    '<%= config.bin %> build --profile my-profile.json --out dist/t1559',
    '<%= config.bin %> build --target gpo --target admx',
    '<%= config.bin %> build --check   # CI: exit 1 when out/ is not what the profile produces',
  ];

  static override flags = {
    profile: Flags.string({ char: 'p', description: 'profile JSON (default: the shipped recommended profile)' }),
    out: Flags.string({ char: 'o', description: 'output directory', default: 'out' }),
    target: Flags.string({ char: 't', description: 'only these targets (repeatable)', multiple: true, options: [...TARGET_NAMES] }),
    check: Flags.boolean({ description: 'write nothing; exit 1 and list the files that differ', exclusive: ['dry-run'] }),
    'dry-run': Flags.boolean({ description: 'write nothing; list what would change' }),
    json: Flags.boolean({ description: 'print the result as JSON' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Build);
    const mode = flags.check ? 'check' : flags['dry-run'] ? 'dryRun' : 'write';
    const result = build({ profilePath: flags.profile, outDir: flags.out, targets: flags.target as TargetName[] | undefined, mode });
    const { write } = result;
    const differs = write.added.length + write.changed.length + write.removed.length;
    if (flags.json) {
      this.print(
        JSON.stringify(
          {
            mode,
            outDir: write.outDir,
            added: write.added,
            changed: write.changed,
            removed: write.removed,
            unchanged: write.unchanged.length,
          },
          null,
          2,
        ),
      );
    } else {
      const verb = mode === 'write' ? '' : mode === 'check' ? 'differs: ' : 'would ';
      for (const p of write.added) this.print(`${mode === 'write' ? 'added' : mode === 'check' ? 'missing' : 'would add'}   ${p}`);
      for (const p of write.changed) this.print(`${mode === 'write' ? 'changed' : `${verb}change`} ${p}`);
      for (const p of write.removed) this.print(`${mode === 'write' ? 'removed' : mode === 'check' ? 'extra' : 'would remove'} ${p}`);
      const summary = `${result.plan.profile.name}: ${result.plan.controls.length} controls, ${result.plan.operations.length} operations, ${result.artifacts.length} files`;
      if (mode === 'check')
        this.print(
          differs === 0
            ? `${write.outDir} is up to date (${summary})`
            : `${differs} file(s) differ in ${write.outDir}; run \`t1559 build\` to update`,
        );
      else this.print(`${mode === 'write' ? (differs === 0 ? 'up to date' : 'wrote') : 'dry run'} ${write.outDir} (${summary})`);
    }
    // process.exitCode, not this.exit(1): exiting at once can cut off output piped to another program.
    if (mode === 'check' && differs > 0) process.exitCode = 1;
  }
}
