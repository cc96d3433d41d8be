/**
 * detection/sysmon-t1559.xml: Sysmon rule groups to merge into an existing configuration, as sysmon-modular
 * merges its modules (docs/formats.md "Sysmon configuration"). One RuleGroup per event type, include rules
 * only: Sysmon collects, the Sigma rules decide. Field tests map to Sysmon conditions: one value "end with" /
 * "contains" / "is", several values "contains any" (Sysmon's list form, values separated by ";"; it has no
 * "end with any", so the collection is a little wider than the Sigma rule).
 */
import { create } from 'xmlbuilder2';
import { InternalError } from '../../lib/errors.js';
import { assertXmlAttribute, assertXmlText, finishXml, xmlbuilderAttributes, xmlbuilderText, xmlComment } from '../../lib/xml.js';
import { TECHNIQUES } from '../../model/control.js';
import { generatedBy, type Plan } from '../../model/plan.js';
import type { DetectionRule, FieldMatch, RuleCategory } from './rule-model.js';

/** The Sysmon configuration schema the fragment is written for: `Sysmon -s` of Sysmon 15 prints it. */
export const SYSMON_SCHEMA_VERSION = '4.90';

export const SYSMON_ELEMENT: Record<RuleCategory, 'ProcessCreate' | 'ImageLoad' | 'RegistryEvent'> = {
  process_creation: 'ProcessCreate',
  image_load: 'ImageLoad',
  registry_set: 'RegistryEvent',
};

const GROUP_NAMES: Record<RuleCategory, string> = {
  process_creation: 'T1559 process creation',
  image_load: 'T1559 image load',
  registry_set: 'T1559 registry tamper',
};

/** The Sysmon condition and text for one field test. */
export function sysmonCondition(test: FieldMatch): { condition: string; text: string } {
  if (test.values.length === 0) throw new InternalError(`field test on ${test.field} has no value`);
  if (test.values.length === 1) {
    const condition = test.match === 'endswith' ? 'end with' : test.match === 'contains' ? 'contains' : 'is';
    return { condition, text: test.values[0]! };
  }
  if (test.match === 'equals') throw new InternalError(`Sysmon has no "is" list form for ${test.field}`);
  const bad = test.values.find((v) => v.includes(';'));
  if (bad !== undefined) throw new InternalError(`"${bad}" contains ";", which separates the values of a Sysmon "contains any" list`);
  return { condition: 'contains any', text: test.values.join(';') };
}

/** The rule's name in the event's RuleName: technique, controls and rule, in sysmon-modular's key=value style. */
export function sysmonRuleName(rule: DetectionRule): string {
  const names = rule.techniques.map((t) => TECHNIQUES[t]).join('+');
  return `technique_id=${rule.techniques.join('+')},technique_name=${names},control=${rule.controls.join('+') || 'none selected'},rule=${rule.slug}`;
}

export function renderSysmonFragment(plan: Plan, rules: readonly DetectionRule[]): string {
  const doc = create({ version: '1.0', encoding: 'utf-8' });
  doc.com(
    xmlComment(
      `${generatedBy(plan)}. Merge these RuleGroups into your Sysmon configuration (steps in the bundle's README.md); schema ${SYSMON_SCHEMA_VERSION} (Sysmon 15).`,
    ),
  );
  const root = doc.ele('Sysmon', { schemaversion: SYSMON_SCHEMA_VERSION });
  const filtering = root.ele('EventFiltering');
  for (const category of Object.keys(SYSMON_ELEMENT) as RuleCategory[]) {
    const members = rules.filter((r) => r.category === category);
    if (members.length === 0) continue;
    const group = filtering
      .ele('RuleGroup', { name: GROUP_NAMES[category], groupRelation: 'or' })
      .ele(SYSMON_ELEMENT[category], { onmatch: 'include' });
    for (const rule of members) {
      const name = sysmonRuleName(rule);
      assertXmlAttribute(name, `Sysmon rule name of ${rule.slug}`);
      if (rule.selection.length === 1) {
        const { condition, text } = sysmonCondition(rule.selection[0]!);
        assertXmlText(text, `Sysmon rule ${rule.slug}`);
        group.ele(rule.selection[0]!.field, xmlbuilderAttributes({ name, condition })).txt(xmlbuilderText(text));
        continue;
      }
      const compound = group.ele('Rule', xmlbuilderAttributes({ name, groupRelation: 'and' }));
      for (const test of rule.selection) {
        const { condition, text } = sysmonCondition(test);
        assertXmlText(text, `Sysmon rule ${rule.slug}`);
        compound.ele(test.field, { condition }).txt(xmlbuilderText(text));
      }
    }
  }
  return finishXml(doc.end({ prettyPrint: true, indent: '  ', newline: '\n' })) + '\n';
}
