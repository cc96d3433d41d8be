/**
 * Helpers for a target's part of the bundle README: its deployment steps are an EJS template under
 * templates/<target>/, escaped as Markdown, with the Markdown helpers as `it.md`.
 */
import { escapeMarkdown, Markdown, markdownHelpers, type MarkdownHelpers } from '../lib/markdown-escape.js';
import { loadTemplate } from '../lib/templates.js';
import type { Plan } from '../model/plan.js';
import type { TargetName } from '../model/profile.js';

export interface StepsView<C> {
  md: MarkdownHelpers;
  targets: readonly TargetName[];
  profile: Plan['profile'];
  /** PowerShell command lines, every value quoted by src/lib/powershell.ts. */
  commands: C;
}

/** Render templates/<path> into ready Markdown. */
export function readmeSteps<C>(path: string, plan: Plan, targets: readonly TargetName[], commands: C): Markdown {
  const view: StepsView<C> = { md: markdownHelpers, targets, profile: plan.profile, commands };
  return new Markdown(loadTemplate<StepsView<C>>(path, escapeMarkdown)(view).trim());
}
