/**
 * The one builder of synthetic operations and plans for renderer tests (resolved plans of real profiles
 * are in profile-plans.ts).
 *
 * Operations are routed by the real routing, so a test sees what a resolved operation of that shape
 * would carry in every channel. A test that needs a route no resolved operation has (a hostile reason
 * text, a status the routing never gives) says so with `routes: {...}` on that operation.
 */
import { auditRoutes, registryRoutes } from '../../src/channels/index.js'; // the real routing; the only import of it in tests' builders
import { TARGET_NAMES } from '../../src/model/profile.js';
import type { CspMapping, MitigationId, SettingKind } from '../../src/model/control.js';
import type {
  AuditOperation,
  Operation,
  ParameterBinding,
  Plan,
  PlanControl,
  RegistryOperation,
  Route,
  Routes,
} from '../../src/model/plan.js';
import type { RegistryAction, RegistryValue, Scope } from '../../src/model/registry.js';

// Synthetic on purpose: coverage and report tests read a vehicle as text, whatever the channel; `as Route`
// lets a test give any channel's route (or an impossible one) where the renderer under test must cope.
export const carried = (via = 'v'): Route => ({ status: 'carried', via }) as Route;
export const fallback = (reason: string, via = 'remediation (system)'): Route => ({ status: 'fallback', via, reason }) as Route;
export const notCarried = (reason: string): Route => ({ status: 'notCarried', via: 'none', reason });

export interface RegistryOpInput {
  /** "control/setting"; unless `controls` is given, the control id is the part before the slash. */
  id: string;
  scope: Scope;
  key: string;
  valueName?: string;
  action?: RegistryAction;
  value?: RegistryValue;
  kind?: SettingKind;
  csp?: CspMapping;
  admx?: RegistryOperation['admx'];
  title?: string;
  sddl?: string;
  mitigation?: MitigationId;
  binding?: ParameterBinding;
  controls?: string[];
  /** Replace these channels' routes: only for shapes the real routing never produces. */
  routes?: Partial<Record<keyof Routes, Route>>;
}

export function registryOp(input: RegistryOpInput): RegistryOperation {
  const kind = input.kind ?? 'policy';
  const action = input.action ?? 'set';
  const valueName = input.valueName ?? '';
  const controls = input.controls ?? [input.id.split('/')[0]!];
  return {
    id: input.id,
    title: input.title ?? `title of ${input.id}`,
    kind,
    scope: input.scope,
    confirmed: true,
    controls,
    mitigations: [input.mitigation ?? 'M1042'],
    techniques: ['T1559.002'],
    settings: [input.id.replace(/[@[].*$/, '')],
    type: 'registry',
    action,
    key: input.key,
    valueName,
    ...(input.value ? { value: input.value } : {}),
    ...(input.csp ? { csp: input.csp } : {}),
    ...(input.admx ? { admx: input.admx } : {}),
    ...(input.sddl !== undefined ? { sddl: input.sddl } : {}),
    ...(input.binding ? { binding: input.binding } : {}),
    routes: {
      ...registryRoutes({
        kind,
        scope: input.scope,
        key: input.key,
        valueName,
        action,
        ...(input.value ? { value: input.value } : {}),
        ...(input.csp ? { csp: input.csp } : {}),
      }),
      ...input.routes,
    } as Routes,
  };
}

/** "Some setting of these controls": a User policy DWORD under Word's policy key unless `over` says otherwise. */
export function settingOf(id: string, controls: string[], over: Partial<RegistryOpInput> = {}): RegistryOperation {
  return registryOp({
    id,
    controls,
    scope: 'User',
    key: 'Software\\Policies\\Microsoft\\Office\\16.0\\word\\security',
    valueName: id.replace(/\W/g, ''),
    value: { type: 'REG_DWORD', data: 1 },
    title: `Setting ${id}`,
    ...over,
  });
}

export function auditOp(
  id: string,
  success: boolean,
  failure: boolean,
  options: { csp?: CspMapping; subcategory?: string } = {},
): AuditOperation {
  return {
    id,
    title: `title of ${id}`,
    kind: 'auditSubcategory',
    scope: 'Machine',
    confirmed: true,
    controls: [id.split('/')[0]!],
    mitigations: ['DS0009'],
    techniques: ['T1559'],
    settings: [id],
    type: 'audit',
    audit: { subcategory: options.subcategory ?? 'Process Creation', guid: '{0CCE922B-69AE-11D9-BED3-505054503030}', success, failure },
    routes: auditRoutes(options.csp ? { csp: options.csp } : {}),
    ...(options.csp ? { csp: options.csp } : {}),
  };
}

/** A plan control with every field filled from its id (for renderers that print control prose). */
export function control(id: string, over: Partial<PlanControl> = {}): PlanControl {
  return {
    id,
    title: `Title of ${id}`,
    mitigation: 'M1042',
    techniques: ['T1559.002'],
    tier: 'recommended',
    impact: 'low',
    lockoutRisk: false,
    confirmed: true,
    parameters: {},
    officeVersions: [],
    summary: `Summary of ${id}`,
    rationale: `Rationale of ${id}`,
    impactNote: `Impact of ${id}`,
    references: [{ title: `Reference of ${id}`, url: 'https://learn.microsoft.com/' }],
    parameterSpecs: {},
    settings: [],
    ...over,
  };
}

export interface PlanOptions {
  /** Start from (a deep copy of) this plan: its tool, profile and controls; the operations are replaced. */
  base?: Plan;
  profile?: Partial<Omit<Plan['profile'], 'gpo'>>;
  gpo?: Partial<Plan['profile']['gpo']>;
  /** Default: the base plan's controls, or one control() per control id the operations name (with its mitigation). */
  controls?: PlanControl[];
}

/** A plan holding `operations`. */
export function syntheticPlan(operations: Operation[], options: PlanOptions = {}): Plan {
  const base: Plan = options.base
    ? structuredClone(options.base)
    : {
        tool: { name: 't1559', version: '0.0.0-test' },
        profile: {
          name: 'synthetic',
          description: 'synthetic plan for tests',
          officeVersions: ['16.0'],
          gpo: { displayName: 'T1559 synthetic', domain: 'contoso.com', backupTime: '2000-01-01T00:00:00Z' },
          targets: [...TARGET_NAMES],
          acknowledgeLockoutRisk: false,
        },
        controls: [...new Set(operations.flatMap((op) => op.controls))].map((id) =>
          control(id, { mitigation: operations.find((op) => op.controls.includes(id))!.mitigations[0] ?? 'M1042' }),
        ),
        operations: [],
      };
  return {
    tool: base.tool,
    profile: { ...base.profile, ...options.profile, gpo: { ...base.profile.gpo, ...options.gpo } },
    controls: options.controls ?? base.controls,
    operations,
  };
}

/** Strings that try to leave a PowerShell literal, a comment or a YAML scalar. */
export const HOSTILE_TEXT: readonly string[] = [
  "it's",
  "'; Stop-Computer; '",
  '\u2018left\u2019 \u201Alow\u201B',
  '\u2019; Stop-Computer; \u2019',
  '"double" \u201Cdq\u201D \u201Elow',
  '$(Stop-Computer)',
  '${env:SystemRoot}',
  '`n`$x backtick`',
  'line1\nline2',
  'crlf\r\nline',
  '#> $evil = 1',
  '<# block',
  'smile \u{1F600} \u{10FFFF}',
  'nel\u0085ls\u2028ps\u2029',
  'yaml: #not a comment',
  '- item',
  '{ "json": [1] }',
  'true',
  '0x1F',
  ' leading and trailing ',
  'tab\there',
  '\u00e9\u0451\u0419 \u4e2d\u6587',
  'del\u007f c1\u0080\u009f bom\ufeff',
];

/**
 * One operation per (hostile string x place it can appear) and per value type and action, on every DSC route:
 * machine policy (RegistryPolicyFile ComputerConfiguration), user policy and user preference (UserConfiguration),
 * machine preference (Registry), plus audit. Keys, value names, data and titles all carry hostile text.
 */
export function hostilePlan(): Plan {
  const ops: Operation[] = [];
  HOSTILE_TEXT.forEach((text, i) => {
    const n = String(i).padStart(2, '0');
    // Keys cannot hold control characters (the model rejects them), so those strings go to names and data only.
    const keyText = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '_');
    ops.push(
      registryOp({
        id: `hostile-${n}/machine-policy-sz`,
        scope: 'Machine',
        key: `Software\\Policies\\T1559 ${keyText}\\${n}`,
        valueName: text,
        value: { type: 'REG_SZ', data: text },
        title: text,
      }),
      registryOp({
        id: `hostile-${n}/user-policy-expand`,
        scope: 'User',
        key: `Software\\Policies\\T1559\\${n}`,
        valueName: `${text} expand`,
        value: { type: 'REG_EXPAND_SZ', data: `%SystemRoot%\\${text}` },
        title: text,
      }),
      registryOp({
        id: `hostile-${n}/user-preference-multi`,
        kind: 'preference',
        scope: 'User',
        key: `Software\\T1559\\${n}`,
        valueName: text,
        value: { type: 'REG_MULTI_SZ', data: [text, `${text} 2`] },
        title: text,
      }),
      registryOp({
        id: `hostile-${n}/machine-preference-sz`,
        kind: 'preference',
        scope: 'Machine',
        key: `SOFTWARE\\T1559 ${keyText}\\${n}`,
        valueName: text,
        value: { type: 'REG_SZ', data: text },
        title: text,
      }),
      registryOp({
        id: `hostile-${n}/machine-preference-multi`,
        kind: 'preference',
        scope: 'Machine',
        key: `SOFTWARE\\T1559\\${n}`,
        valueName: `multi ${text}`,
        value: { type: 'REG_MULTI_SZ', data: [text, text] },
        title: text,
      }),
      registryOp({
        id: `hostile-${n}/user-policy-delete`,
        scope: 'User',
        key: `Software\\Policies\\T1559\\${n}`,
        valueName: `${text} gone`,
        action: 'deleteValue',
        title: text,
      }),
    );
  });
  ops.push(
    registryOp({
      id: 'types/machine-policy-dword-max',
      scope: 'Machine',
      key: 'Software\\Policies\\T1559',
      valueName: 'dword-max',
      value: { type: 'REG_DWORD', data: 0xffffffff },
    }),
    registryOp({
      id: 'types/machine-policy-dword-signed-max',
      scope: 'Machine',
      key: 'Software\\Policies\\T1559',
      valueName: 'dword-signed-max',
      value: { type: 'REG_DWORD', data: 0x7fffffff },
    }),
    registryOp({
      id: 'types/machine-policy-qword-max',
      scope: 'Machine',
      key: 'Software\\Policies\\T1559',
      valueName: 'qword-max',
      value: { type: 'REG_QWORD', data: '18446744073709551615' },
    }),
    registryOp({
      id: 'types/machine-policy-qword-small',
      scope: 'Machine',
      key: 'Software\\Policies\\T1559',
      valueName: 'qword-small',
      value: { type: 'REG_QWORD', data: '42' },
    }),
    registryOp({
      id: 'types/machine-policy-multi-empty',
      scope: 'Machine',
      key: 'Software\\Policies\\T1559',
      valueName: 'multi-empty',
      value: { type: 'REG_MULTI_SZ', data: [] },
    }),
    registryOp({
      id: 'types/machine-policy-sz-empty',
      scope: 'Machine',
      key: 'Software\\Policies\\T1559',
      valueName: 'sz-empty',
      value: { type: 'REG_SZ', data: '' },
    }),
    registryOp({
      id: 'types/machine-policy-delete',
      scope: 'Machine',
      key: 'Software\\Policies\\T1559',
      valueName: 'machine-gone',
      action: 'deleteValue',
    }),
    registryOp({
      id: 'types/machine-preference-dword-max',
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559',
      valueName: 'dword-max',
      value: { type: 'REG_DWORD', data: 0xffffffff },
    }),
    registryOp({
      id: 'types/machine-preference-dword',
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559',
      valueName: 'dword',
      value: { type: 'REG_DWORD', data: 5 },
    }),
    registryOp({
      id: 'types/machine-preference-qword-max',
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559',
      valueName: 'qword-max',
      value: { type: 'REG_QWORD', data: '18446744073709551615' },
    }),
    registryOp({
      id: 'types/machine-preference-qword',
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559',
      valueName: 'qword',
      value: { type: 'REG_QWORD', data: '9007199254740993' },
    }),
    registryOp({
      id: 'types/machine-preference-binary',
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559',
      valueName: 'binary',
      value: { type: 'REG_BINARY', data: '00ff5b5d27223b0a' },
      sddl: 'O:BAG:BAD:(A;;CCDC;;;BA)',
    }),
    registryOp({
      id: 'types/machine-preference-binary-empty',
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559',
      valueName: 'binary-empty',
      value: { type: 'REG_BINARY', data: '' },
    }),
    registryOp({
      id: 'types/machine-preference-expand',
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559',
      valueName: 'expand',
      value: { type: 'REG_EXPAND_SZ', data: '%ProgramFiles%\\x' },
    }),
    registryOp({
      id: 'types/machine-preference-delete',
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559',
      valueName: 'gone',
      action: 'deleteValue',
    }),
    registryOp({
      id: 'types/machine-preference-create-key',
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559\\New',
      valueName: '',
      action: 'createKey',
    }),
    auditOp('audit/process-creation', true, false),
    auditOp('audit/logon-both', true, true, { subcategory: 'Logon' }),
  );
  return syntheticPlan(ops, {
    profile: { name: "it's \u2019hostile\u2019 $(x) #> \u{1F600}", description: "line1\n$evil = 1 #>\r\n<# \u2028 '" },
  });
}

/** Synthetic operations covering every value type and action on both sides and every GPO vehicle. */
export function everyKindOperations(): Operation[] {
  const P = 'Software\\Policies\\T1559Test';
  const controls = ['test-control'];
  return [
    registryOp({ id: 'm-sz', controls, scope: 'Machine', key: P, valueName: 'Sz', value: { type: 'REG_SZ', data: 'a;]b[ "q" <&> 😀' } }),
    registryOp({
      id: 'm-expand',
      controls,
      scope: 'Machine',
      key: P,
      valueName: 'Expand',
      value: { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\x' },
    }),
    registryOp({ id: 'm-dword', controls, scope: 'Machine', key: P, valueName: 'Dword', value: { type: 'REG_DWORD', data: 4294967295 } }),
    registryOp({
      id: 'm-qword',
      controls,
      scope: 'Machine',
      key: P,
      valueName: 'Qword',
      value: { type: 'REG_QWORD', data: '18446744073709551615' },
    }),
    registryOp({
      id: 'm-multi',
      controls,
      scope: 'Machine',
      key: P,
      valueName: 'Multi',
      value: { type: 'REG_MULTI_SZ', data: ['one', 'two words', 'x;y'] },
    }),
    registryOp({
      id: 'm-binary',
      controls,
      scope: 'Machine',
      key: P,
      valueName: 'Binary',
      value: { type: 'REG_BINARY', data: '5b003b005d00ff' },
    }),
    registryOp({
      id: 'm-default',
      controls,
      scope: 'Machine',
      key: `${P}\\Default`,
      valueName: '',
      value: { type: 'REG_SZ', data: 'default value' },
    }),
    registryOp({ id: 'm-del', controls, scope: 'Machine', key: `${P}\\Del`, valueName: 'Gone', action: 'deleteValue' }),
    registryOp({ id: 'm-delvals', controls, scope: 'Machine', key: `${P}\\Clear`, action: 'deleteAllValues' }),
    registryOp({ id: 'm-createkey', controls, scope: 'Machine', key: `${P}\\Created`, action: 'createKey' }),
    registryOp({
      id: 'u-dword',
      controls,
      scope: 'User',
      key: `${P}\\User`,
      valueName: 'UserDword',
      value: { type: 'REG_DWORD', data: 0 },
    }),
    registryOp({ id: 'u-del', controls, scope: 'User', key: `${P}\\User`, valueName: 'UserGone', action: 'deleteValue' }),
    registryOp({
      id: 'pref-m-sz',
      controls,
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559Test',
      valueName: 'PrefSz',
      value: { type: 'REG_SZ', data: 'tab\there & "q" <x>' },
    }),
    registryOp({
      id: 'pref-m-dword',
      controls,
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559Test',
      valueName: 'PrefDword',
      value: { type: 'REG_DWORD', data: 0x1a2b },
    }),
    registryOp({
      id: 'pref-m-qword',
      controls,
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559Test',
      valueName: 'PrefQword',
      value: { type: 'REG_QWORD', data: '4294967296' },
    }),
    registryOp({
      id: 'pref-m-binary',
      controls,
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559Test',
      valueName: 'PrefBinary',
      value: { type: 'REG_BINARY', data: '01ab' },
    }),
    registryOp({
      id: 'pref-m-multi',
      controls,
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559Test',
      valueName: 'PrefMulti',
      value: { type: 'REG_MULTI_SZ', data: ['a', 'b c'] },
    }),
    registryOp({
      id: 'pref-m-expand',
      controls,
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559Test',
      valueName: 'PrefExpand',
      value: { type: 'REG_EXPAND_SZ', data: '%TEMP%' },
    }),
    registryOp({
      id: 'pref-m-default',
      controls,
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559Test\\D',
      valueName: '',
      value: { type: 'REG_SZ', data: 'd' },
    }),
    registryOp({
      id: 'pref-m-del',
      controls,
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559Test',
      valueName: 'PrefGone',
      action: 'deleteValue',
    }),
    registryOp({
      id: 'pref-m-key',
      controls,
      kind: 'preference',
      scope: 'Machine',
      key: 'SOFTWARE\\T1559Test\\NewKey',
      action: 'createKey',
    }),
    registryOp({
      id: 'pref-u-dword',
      controls,
      kind: 'preference',
      scope: 'User',
      key: 'Software\\T1559Test',
      valueName: 'UserPref',
      value: { type: 'REG_DWORD', data: 1 },
    }),
    registryOp({
      id: 'sec-sz',
      controls,
      kind: 'securityOption',
      scope: 'Machine',
      key: 'Software\\Policies\\Microsoft\\Windows NT\\DCOM',
      valueName: 'MachineAccessRestriction',
      value: { type: 'REG_SZ', data: 'O:BAG:BAD:(A;;CCDCLC;;;WD)' },
    }),
    registryOp({
      id: 'sec-dword',
      controls,
      kind: 'securityOption',
      scope: 'Machine',
      key: 'System\\T1559Test',
      valueName: 'SecDword',
      value: { type: 'REG_DWORD', data: 7 },
    }),
    registryOp({
      id: 'sec-quote',
      controls,
      kind: 'securityOption',
      scope: 'Machine',
      key: 'System\\T1559Test',
      valueName: 'SecQuote',
      value: { type: 'REG_SZ', data: 'say "hi"' },
    }),
    // No resolved operation is left out of the GPO; renderers must still skip one that is.
    registryOp({
      id: 'not-carried',
      controls,
      scope: 'Machine',
      key: 'SOFTWARE\\T1559Test\\Skip',
      valueName: 'Skip',
      value: { type: 'REG_DWORD', data: 1 },
      routes: { gpo: notCarried('test') },
    }),
    { ...auditOp('audit-success', true, false), controls },
  ];
}
