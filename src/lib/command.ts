/**
 * Base for every command: maps UserError to exit 2 with its full message, anything else to exit 1
 * marked as an internal fault.
 */
import { Command, Errors } from '@oclif/core';
import { InternalError, UserError } from './errors.js';

export abstract class BaseCommand extends Command {
  protected override async catch(err: Error & { exitCode?: number }): Promise<unknown> {
    if (err instanceof UserError) {
      process.stderr.write(`${err.render()}\n`);
      return this.exit(2);
    }
    if (err instanceof Errors.ExitError) throw err;
    // oclif's own parse errors (unknown flag, missing argument) are the user's.
    if (err instanceof Errors.CLIError && !(err instanceof InternalError)) {
      process.stderr.write(`error E_ARG: ${err.message}\n`);
      return this.exit(2);
    }
    process.stderr.write(`internal error (a bug in t1559, please report it): ${err.stack ?? err.message}\n`);
    return this.exit(1);
  }

  protected print(text: string): void {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}
