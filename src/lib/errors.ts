/**
 * Two kinds of failure, kept apart so the CLI can exit with the right code:
 * - UserError: the input is wrong (file, JSON path or byte offset, and how to fix). Exit 2.
 * - InternalError: the tool is wrong. Exit 1.
 */

export type ErrorCode =
  | 'E_JSON'
  | 'E_SCHEMA'
  | 'E_SEMANTIC'
  | 'E_POL'
  | 'E_LGPO'
  | 'E_REG'
  | 'E_SDDL'
  | 'E_SD'
  | 'E_ADMX'
  | 'E_IO'
  | 'E_OUTPUT'
  | 'E_ARG';

export interface Problem {
  /** Where: a file, a JSON path, a byte or character offset. */
  where: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export class UserError extends Error {
  readonly exitCode = 2;
  readonly code: ErrorCode;
  readonly problems: Problem[];

  constructor(code: ErrorCode, message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'UserError';
    this.code = code;
    this.problems = problems;
  }

  /** Full text: headline then one line per problem. */
  render(): string {
    const lines = [`error ${this.code}: ${this.message}`];
    for (const p of this.problems) lines.push(`  ${p.where}: ${p.message}`);
    return lines.join('\n');
  }
}

export class InternalError extends Error {
  readonly exitCode = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InternalError';
  }
}
