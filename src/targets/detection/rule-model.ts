/**
 * One detection rule, independent of the language it is written in: the Sysmon fragment and the Sigma
 * rules are both rendered from this (docs/formats.md "Sysmon configuration", docs/formats.md "Sigma rules"),
 * so they cannot watch different things.
 */
import type { TechniqueId } from '../../model/control.js';

/** The Sigma log source category; each maps to one Sysmon event filter element. */
export type RuleCategory = 'process_creation' | 'image_load' | 'registry_set';

/** One field test: the field's value matches any of `values` (case-insensitive, as Sysmon and Sigma match). */
export interface FieldMatch {
  field: string;
  match: 'endswith' | 'contains' | 'equals';
  values: string[];
}

export type SigmaLevel = 'informational' | 'low' | 'medium' | 'high' | 'critical';

export interface DetectionRule {
  /** File name stem of the Sigma rule and the rule's key in the Sysmon fragment. */
  slug: string;
  /** Stable UUIDv5 of profile and rule. */
  id: string;
  title: string;
  description: string;
  category: RuleCategory;
  techniques: TechniqueId[];
  /** Selected controls the rule watches or backs up. */
  controls: string[];
  /** Every field test must hold (Sysmon collects on these). */
  selection: FieldMatch[];
  /** The event is dropped when every one of these holds (Sigma only: the profile's own data). */
  filter?: FieldMatch[];
  level: SigmaLevel;
  falsepositives: string[];
  references: string[];
  /** SigmaHQ rules covering a similar pattern, by id (referenced, never copied). */
  related: { id: string; title: string }[];
}
