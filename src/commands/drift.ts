import { Args, Flags } from '@oclif/core';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { planFromProfile } from '../build.js';
import { detectDrift, type DriftReport } from '../catalog/drift.js';
import { decodePol } from '../formats/registry-pol.js';
import { BaseCommand } from '../lib/command.js';
import { readInputFile } from '../lib/input.js';
import { UserError } from '../lib/errors.js';
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
    local: Flags.boolean({ description: 'expect every registry value (as the pol/ target and LGPO.exe write them), not only what a GPO puts in registry.pol' }),
    json: Flags.boolean({ description: 'print JSON' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Drift);
    const plan = planFromProfile({ profilePath: flags.profile });
    const inputs = polFiles(args.path, flags.scope as Scope | undefined);
    const selection = { include: flags.local ? ('allRegistry' as const) : ('gpoRoute' as const) };
    // A side with no registry.pol is compared as an empty file: everything the profile wants there is missing.
    const reports: (DriftReport & { file: string })[] = inputs.map(({ scope, file }) => ({
      file: file ?? `(no ${scope} registry.pol)`,
      ...detectDrift(plan, scope, file ? decodePol(readInputFile(file, 'Registry.pol'), { file }) : [], selection),
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

/** The .pol files to check: one file (scope from --scope), or both sides of a GPO backup folder (a missing side has no file). */
function polFiles(path: string, scope: Scope | undefined): { scope: Scope; file?: string }[] {
  if (!existsSync(path)) throw new UserError('E_IO', `${path} does not exist`, [{ where: path, message: 'give a Registry.pol file or a GPO backup folder' }]);
  if (statSync(path).isFile()) {
    if (!scope) throw new UserError('E_ARG', `${path}: say which side it holds`, [{ where: '--scope', message: 'add --scope Machine or --scope User (a .pol file does not record it)' }]);
    return [{ scope, file: path }];
  }
  const sysvol = ['DomainSysvol/GPO', '.'].map((p) => join(path, p)).find((p) => existsSync(join(p, 'Machine')) || existsSync(join(p, 'User')));
  if (!sysvol) throw new UserError('E_IO', `${path} is not a GPO backup folder`, [{ where: path, message: 'expected DomainSysvol/GPO/Machine or .../User inside it' }]);
  const found: { scope: Scope; file?: string }[] = [];
  for (const side of ['Machine', 'User'] as const) {
    if (scope && scope !== side) continue;
    const dir = join(sysvol, side);
    const name = existsSync(dir) ? readdirSync(dir).find((n) => n.toLowerCase() === 'registry.pol' && statSync(join(dir, n)).isFile()) : undefined;
    found.push(name ? { scope: side, file: join(dir, name) } : { scope: side });
  }
  return found;
}
