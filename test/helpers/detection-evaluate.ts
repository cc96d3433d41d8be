/**
 * A small evaluator for the detection pack's rules, so tests can prove they fire: Sigma rules (field
 * modifiers none/endswith/contains, lists as "any", `*`/`?` wildcards with `\` escapes, conditions with
 * and/or/not/parentheses, case-insensitive as the Sigma specification says) and the Sysmon fragment's include
 * rules (is, contains, end with, contains any; a <Rule groupRelation="and"> needs all its fields). Events are
 * flat field maps as Sysmon writes them (event 1, 7, 13).
 */
import { parse } from 'yaml';
import { attribute, parseXml, type XmlElement } from '../../src/formats/xml-reader.js';

export type SysmonEvent = { EventID: 1 | 7 | 12 | 13 | 14 } & Record<string, string | number>;

/** A Sigma string value as a regular expression (whole value, case-insensitive). */
export function sigmaPattern(value: string, modifier: '' | 'endswith' | 'contains'): RegExp {
  let re = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const next = value[i + 1];
    if (ch === '\\' && (next === '*' || next === '?' || next === '\\')) {
      re += next.replace(/[\\*?]/g, (c) => `\\${c}`);
      i++;
    } else if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const body = modifier === 'endswith' ? `.*${re}` : modifier === 'contains' ? `.*${re}.*` : re;
  return new RegExp(`^${body}$`, 'is');
}

function matchesIdentifier(event: Record<string, unknown>, identifier: Record<string, unknown>): boolean {
  return Object.entries(identifier).every(([key, raw]) => {
    const [field, ...mods] = key.split('|');
    const unknown = mods.filter((m) => m !== 'endswith' && m !== 'contains');
    if (unknown.length) throw new Error(`evaluator does not support modifier ${unknown.join('|')}`);
    const modifier = (mods[0] ?? '') as '' | 'endswith' | 'contains';
    const value = event[field!];
    if (value === undefined) return false;
    const values = Array.isArray(raw) ? raw : [raw];
    return values.some((v) => sigmaPattern(String(v), modifier).test(String(value)));
  });
}

/** Evaluate a Sigma condition (identifiers, and, or, not, parentheses). */
function evalCondition(condition: string, truth: (name: string) => boolean): boolean {
  const tokens = condition.match(/\(|\)|[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const orExpr = (): boolean => {
    let v = andExpr();
    while (peek() === 'or') {
      pos++;
      const r = andExpr();
      v = v || r;
    }
    return v;
  };
  const andExpr = (): boolean => {
    let v = notExpr();
    while (peek() === 'and') {
      pos++;
      const r = notExpr();
      v = v && r;
    }
    return v;
  };
  const notExpr = (): boolean => {
    if (peek() === 'not') {
      pos++;
      return !notExpr();
    }
    const t = tokens[pos++];
    if (t === '(') {
      const v = orExpr();
      if (tokens[pos++] !== ')') throw new Error(`unbalanced condition: ${condition}`);
      return v;
    }
    if (t === undefined) throw new Error(`condition ends early: ${condition}`);
    return truth(t);
  };
  const result = orExpr();
  if (pos !== tokens.length) throw new Error(`condition has trailing tokens: ${condition}`);
  return result;
}

const CATEGORY_EVENTS: Record<string, number[]> = { process_creation: [1], image_load: [7], registry_set: [13] };

/** True when the Sigma rule (YAML text) fires on the event. */
export function sigmaFires(ruleYaml: string, event: SysmonEvent): boolean {
  const rule = parse(ruleYaml) as { logsource: { category: string }; detection: Record<string, unknown> & { condition: string } };
  if (!CATEGORY_EVENTS[rule.logsource.category]?.includes(event.EventID)) return false;
  const { condition, ...identifiers } = rule.detection;
  return evalCondition(condition, (name) => {
    const id = identifiers[name];
    if (id === undefined || typeof id !== 'object' || Array.isArray(id)) throw new Error(`condition names unknown identifier ${name}`);
    return matchesIdentifier(event, id as Record<string, unknown>);
  });
}

function sysmonTest(el: XmlElement, event: Record<string, unknown>): boolean {
  const value = event[el.name];
  if (value === undefined) return false;
  const v = String(value).toLowerCase();
  const text = el.text.toLowerCase();
  switch (attribute(el, 'condition') ?? 'is') {
    case 'is':
      return v === text;
    case 'contains':
      return v.includes(text);
    case 'end with':
      return v.endsWith(text);
    case 'contains any':
      return text.split(';').some((part) => part !== '' && v.includes(part));
    default:
      throw new Error(`evaluator does not support Sysmon condition ${attribute(el, 'condition')}`);
  }
}

const SYSMON_EVENTS: Record<string, number[]> = { ProcessCreate: [1], ImageLoad: [7], RegistryEvent: [12, 13, 14] };

/** The RuleName of the first include rule of the fragment that matches the event, or undefined. */
export function sysmonMatch(fragmentXml: string, event: SysmonEvent): string | undefined {
  const doc = parseXml(fragmentXml, 'sysmon-t1559.xml');
  const filtering = doc.root.children.find((c) => c.name === 'EventFiltering')!;
  for (const group of filtering.children) {
    for (const filter of group.children) {
      if (!SYSMON_EVENTS[filter.name]?.includes(event.EventID) || attribute(filter, 'onmatch') !== 'include') continue;
      for (const rule of filter.children) {
        const fires = rule.name === 'Rule' ? rule.children.every((f) => sysmonTest(f, event)) : sysmonTest(rule, event);
        if (fires) return attribute(rule, 'name') ?? '';
      }
    }
  }
  return undefined;
}
