/**
 * The contract every target implements (docs/architecture.md "Targets"). A target turns the plan into
 * artifacts, says which coverage-matrix channels it builds, and gives the bundle README its deployment and
 * rollback section. Limits on what a channel can carry are not a target's business: the channel rules check
 * them at resolve (src/channels), so every target accepts the same profiles.
 */
import type { Markdown } from '../lib/markdown-escape.js';
import type { Plan } from '../model/plan.js';
import type { TargetName } from '../model/profile.js';
import type { Channel } from '../model/routes.js';
import type { Artifact } from '../model/artifact.js';

/** One target's part of the bundle README. */
export interface ReadmePart {
  /** Rows of the "What is in this folder" table: `| path | what | apply with |`. */
  contents: Markdown[];
  /** The "### ..." deployment and rollback steps; targets that share a section (pol and lgpo) give the same id. */
  steps?: { id: string; markdown: Markdown };
  /** Applying the artifacts writes registry values on machines (the README's "back up first" step is for these). */
  writesValues: boolean;
}

/** What the bundle as a whole holds, for targets that describe the bundle (the report). */
export interface Bundle {
  /** The selected targets, in table order. */
  targets: readonly TargetName[];
  /** Channels whose artifacts the bundle builds. */
  builtChannels: readonly Channel[];
  /** Every "What is in this folder" row of the selected targets, in table order. */
  contents: readonly Markdown[];
  /** Their deployment sections, in table order, each shared section once. */
  steps: readonly Markdown[];
  /** Some selected target writes registry values on machines. */
  writesValues: boolean;
}

export interface Target {
  name: TargetName;
  /** The coverage-matrix channels whose artifacts this target builds (none for plan and report). */
  channels: readonly Channel[];
  /** Pure: same plan and bundle, same bytes. Paths are relative, with "/". */
  render(plan: Plan, bundle: Bundle): Artifact[];
  /** This target's part of the bundle README, given the selected targets. */
  readme(plan: Plan, targets: readonly TargetName[]): ReadmePart;
}
