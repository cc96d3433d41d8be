/**
 * The DSC v2 configuration of every profile, read by PowerShell's own parser: no parse errors beyond a missing
 * resource module (ALLOWED_PARSE_ERRORS), every resource block has only the properties its resource declares
 * (the parser rejects others against the keyword table built from dsc-schemas.ts) with values of the declared
 * type and ValueMap, every Key and Required property set, every resource from a module the script imports, and
 * the param block's validation attributes, evaluated in pwsh, accept exactly the data the profile allows.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Plan, RegistryOperation } from '../../src/model/plan.js';
import { renderTargets } from '../../src/targets/index.js';
import { PROFILES, profilePlan } from '../helpers/profile-plans.js';
import { ALLOWED_PARSE_ERRORS, DSC_RESOURCES } from './dsc-schemas.js';
import { pwshTests, runPwshJson } from './pwsh.js';

interface ValueInfo {
  kind: 'string' | 'number' | 'bool' | 'variable' | 'list' | 'other';
  value?: string;
  cast?: string;
  items?: ValueInfo[] | ValueInfo;
}
interface ScriptReport {
  id: string;
  errors: { id: string; message: string; text: string }[];
  imports: string[];
  resources: { keyword: string; name: string; properties: { name: string; value: ValueInfo }[] }[];
  params: {
    name: string;
    type: string;
    opId: string | null;
    default: string | null;
    defaultAccepted: boolean;
    probes: { value: string; expect: boolean; accepted: boolean }[];
  }[];
}
const list = <T>(x: T[] | T | null | undefined): T[] => (x === null || x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** Values the parameter must accept (the data the profile allows) and a few it must refuse. */
function probes(op: RegistryOperation): { value: string | number; expect: boolean }[] {
  const allowed = op.binding!.allowed;
  if (allowed.kind === 'range')
    return [allowed.min, allowed.max, allowed.min - 1, allowed.max + 1].map((v, i) => ({ value: v, expect: i < 2 }));
  if (allowed.kind === 'set') {
    const numeric = allowed.values.every((v) => typeof v === 'number');
    const outside = numeric ? Math.max(...(allowed.values as number[])) + 1 : 'not-an-allowed-value';
    return [...allowed.values.map((v) => ({ value: v as string | number, expect: true })), { value: outside, expect: false }];
  }
  return [];
}

const scripts: { profile: string; plan: Plan; text: string }[] = [];
for (const [profile, path] of PROFILES) {
  const plan = profilePlan(path);
  for (const a of renderTargets(plan, ['dsc'])) {
    if (!a.path.endsWith('.ps1')) continue;
    const b = Buffer.from(a.bytes);
    scripts.push({ profile, plan, text: (b[0] === 0xef ? b.subarray(3) : b).toString('utf8') });
  }
}
const names = scripts.map((s) => `DSC v2 ${s.profile}: real parser, resource properties from their schemas, param validation`);

pwshTests('dsc', names, () => {
  const manifest = {
    resources: Object.fromEntries(
      Object.entries(DSC_RESOURCES).map(([k, r]) => [
        k,
        { module: r.module, properties: Object.fromEntries(Object.entries(r.properties).map(([p, s]) => [p, { type: s.type }])) },
      ]),
    ),
    scripts: scripts.map((s) => ({
      id: s.profile,
      text: Buffer.from(s.text, 'utf16le').toString('base64'),
      probes: Object.fromEntries(
        s.plan.operations.filter((o): o is RegistryOperation => o.type === 'registry' && !!o.binding).map((o) => [o.id, probes(o)]),
      ),
    })),
  };
  const results = runPwshJson<{ scripts: ScriptReport[] | ScriptReport }>('dsc-check.ps1', manifest).then(
    (r) => new Map(list(r.scripts).map((s) => [s.id, s])),
  );
  results.catch(() => undefined);
  scripts.forEach((s, i) => {
    test(`pwsh ${names[i]}`, async () => {
      const report = (await results).get(s.profile)!;
      const imports = list(report.imports);
      for (const e of list(report.errors)) {
        assert.ok(
          (ALLOWED_PARSE_ERRORS as readonly string[]).includes(e.id),
          `parse error ${e.id}: ${e.message} at ${JSON.stringify(e.text)}`,
        );
        assert.ok(
          imports.some((m) => e.message.includes(`'${m}'`)),
          `${e.id} names an imported module: ${e.message}`,
        );
      }
      const resources = list(report.resources);
      assert.ok(resources.length > 0, 'the configuration has resource blocks');
      const params = new Map(list(report.params).map((p) => [p.name, p]));
      for (const r of resources) {
        const schema = DSC_RESOURCES[r.keyword];
        assert.ok(schema, `resource ${r.keyword} has a schema in dsc-schemas.ts`);
        assert.ok(imports.includes(schema!.module), `${r.keyword} '${r.name}': its module ${schema!.module} is imported`);
        const props = new Map(list(r.properties).map((p) => [p.name.toLowerCase(), p]));
        for (const [name, p] of Object.entries(schema!.properties)) {
          if (p.qualifier !== 'Write')
            assert.ok(props.has(name.toLowerCase()), `${r.keyword} '${r.name}': ${p.qualifier} property ${name} is set`);
        }
        for (const { name, value } of list(r.properties)) {
          if (name === 'DependsOn') {
            assert.ok(
              value.kind === 'list' &&
                list(value.items)
                  .flatMap((x) => (x.kind === 'list' ? list(x.items) : [x]))
                  .every((x) => x.kind === 'string' && /^\[\w+\]\S+$/.test(x.value!)),
              `${r.name}: DependsOn is a list of '[Resource]name'`,
            );
            continue;
          }
          const p = schema!.properties[name];
          assert.ok(p, `${r.keyword} '${r.name}': ${name} is a property of ${r.keyword}`);
          const flat = (v: ValueInfo): ValueInfo[] => (v.kind === 'list' ? list(v.items).flatMap(flat) : [v]);
          const constants = flat(value);
          if (value.kind === 'list') assert.is(p!.type, 'string[]', `${r.name}.${name}: only string[] properties take lists`);
          for (const c of constants) {
            if (c.kind === 'variable') {
              const param = params.get(c.value!);
              assert.ok(param, `${r.name}.${name}: $${c.value} is a parameter of the configuration`);
              assert.ok(p!.type.startsWith('string'), `${r.name}.${name}: a parameter feeds a string property`);
              assert.ok(
                param!.type === 'String' || c.cast === 'string',
                `${r.name}.${name}: $${c.value} (${param!.type}) reaches it as a string`,
              );
              continue;
            }
            if (p!.type === 'bool') assert.is(c.kind, 'bool', `${r.name}.${name} is $true or $false`);
            else assert.is(c.kind, 'string', `${r.name}.${name} is a quoted string (got ${c.kind} ${c.value})`);
            if (p!.values)
              assert.ok(
                p!.values.some((v) => v.toLowerCase() === c.value!.toLowerCase()),
                `${r.name}.${name} = '${c.value}' is one of ${p!.values.join(', ')}`,
              );
          }
        }
      }
      for (const p of params.values()) {
        if (p.name === 'NodeName') continue;
        assert.ok(p.opId, `parameter ${p.name} names its operation in its comment`);
        const op = s.plan.operations.find((o) => o.id === p.opId) as RegistryOperation | undefined;
        assert.ok(op?.binding, `parameter ${p.name}: operation ${p.opId} is in the plan with a binding`);
        assert.ok(p.defaultAccepted, `parameter ${p.name}: its default passes its own validation`);
        assert.is(p.default, String(op!.value!.data), `parameter ${p.name}: the default is the profile's data`);
        const checked = list(p.probes);
        assert.ok(checked.length > 0, `parameter ${p.name}: probed`);
        for (const c of checked)
          assert.is(c.accepted, c.expect, `parameter ${p.name} (${p.type}) ${c.expect ? 'accepts' : 'refuses'} ${c.value}`);
      }
    });
  });
});

test.run();
