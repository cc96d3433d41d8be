/**
 * The catalog's semantic rules (src/catalog/rules.ts), one case per rule: the problem's path and message.
 * Settings and controls are parsed by the real schema first, as the loader does.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { controlProblems, settingProblems } from '../../src/catalog/rules.js';
import { controlSchema, settingTemplateSchema } from '../../src/model/control.js';

const setting = (over: Record<string, unknown>) =>
  settingTemplateSchema.parse({
    id: 's',
    title: 't',
    kind: 'policy',
    scope: 'Machine',
    key: 'Software\\Policies\\X',
    valueName: 'v',
    value: { type: 'REG_DWORD', data: 1 },
    confirmed: true,
    source: 'test',
    ...over,
  });

const SETTING_CASES: [name: string, over: Record<string, unknown>, want: [path: string, message: RegExp][]][] = [
  ['a valid policy setting', {}, []],
  [
    'audit without "audit"',
    { kind: 'auditSubcategory', key: undefined, valueName: undefined, value: undefined },
    [['audit', /needs "audit"/]],
  ],
  [
    'audit on the user side',
    {
      kind: 'auditSubcategory',
      scope: 'User',
      key: undefined,
      valueName: undefined,
      value: undefined,
      audit: { subcategory: 'Process Creation', guid: '{0CCE922B-69AE-11D9-BED3-505054503030}', success: true, failure: false },
    },
    [['scope', /computer setting/]],
  ],
  ['a registry setting without a key', { key: undefined }, [['key', /needs "key"/]]],
  [
    'a key with a hive',
    { key: 'HKLM\\Software\\Policies\\X' },
    [
      ['key', /hive prefix/],
      ['kind', /kind "policy" needs a key under Software\\Policies/],
    ],
  ],
  [
    '{version} without Office versions',
    { key: 'Software\\Policies\\Microsoft\\Office\\{version}\\Word' },
    [['officeVersions', /must list the Office versions/]],
  ],
  ['set without a value name', { valueName: undefined }, [['valueName', /action set needs "valueName"/]]],
  ['set without a value', { value: undefined }, [['value', /action set needs "value"/]]],
  ['a delete with a value', { action: 'deleteValue' }, [['value', /action deleteValue takes no value/]]],
  [
    'a policy kind outside Policies',
    { key: 'Software\\Microsoft\\Office\\16.0\\Word' },
    [['kind', /kind "policy" needs a key under Software\\Policies/]],
  ],
  ['a preference kind under Policies', { kind: 'preference' }, [['kind', /is kind "policy", not "preference"/]]],
  [
    'a user security option',
    { kind: 'securityOption', scope: 'User', key: 'Software\\Microsoft\\Ole' },
    [['kind', /a securityOption is a Machine "set"/]],
  ],
  ['a "**" value name', { valueName: '**del.v' }, [['valueName', /explicit action/]]],
];

for (const [name, over, want] of SETTING_CASES) {
  test(`setting rule: ${name}`, () => {
    const got = settingProblems(setting(over)).map((p) => [p.path.join('.'), p.message] as const);
    assert.is(got.length, want.length, JSON.stringify(got));
    want.forEach(([path, message], i) => {
      assert.is(got[i]![0], path);
      assert.match(got[i]![1], message);
    });
  });
}

const control = (over: Record<string, unknown>) =>
  controlSchema.parse({
    id: 'c',
    title: 'C',
    summary: 's',
    rationale: 'r',
    mitigation: 'M1042',
    techniques: ['T1559.002'],
    tier: 'recommended',
    impact: 'low',
    impactNote: 'n',
    confirmed: true,
    references: [{ title: 'ref', url: 'https://learn.microsoft.com/x' }],
    settings: [setting({})],
    ...over,
  });

const CONTROL_CASES: [name: string, over: Record<string, unknown>, want: [path: string, message: RegExp][]][] = [
  ['a valid control', {}, []],
  ['opt-in without a reason', { tier: 'optIn' }, [['optInReason', /must say why/]]],
  [
    'unconfirmed but recommended',
    { confirmed: false, optInReason: 'x', settings: [setting({ confirmed: false })] },
    [['tier', /must be tier "optIn"/]],
  ],
  [
    'confirmed with an unconfirmed setting',
    { settings: [setting({ confirmed: false })] },
    [['confirmed', /cannot hold unconfirmed settings/]],
  ],
  [
    'unconfirmed with only confirmed settings',
    { confirmed: false, tier: 'optIn', optInReason: 'x' },
    [['confirmed', /must hold at least one unconfirmed setting/]],
  ],
  ['two settings with one id', { settings: [setting({}), setting({ valueName: 'w' })] }, [['settings.1.id', /duplicate setting id "s"/]]],
  [
    'an unknown parameter',
    { settings: [setting({ value: { type: 'REG_DWORD', data: { param: 'level' } } })] },
    [['settings.0', /unknown parameter "level"/]],
  ],
  ["a setting's own problem, under its path", { settings: [setting({ valueName: '**x' })] }, [['settings.0.valueName', /explicit action/]]],
];

for (const [name, over, want] of CONTROL_CASES) {
  test(`control rule: ${name}`, () => {
    const got = controlProblems(control(over)).map((p) => [p.path.join('.'), p.message] as const);
    assert.is(got.length, want.length, JSON.stringify(got));
    want.forEach(([path, message], i) => {
      assert.is(got[i]![0], path);
      assert.match(got[i]![1], message);
    });
  });
}

test.run();
