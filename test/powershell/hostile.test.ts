/**
 * Hostile strings, executed: keys, value names and data carrying every quote PowerShell knows (U+0027, U+2018-U+201B),
 * `$(...)`, `${...}`, backticks, CR/LF, NEL and U+2028/9, `#>`, `<#`, emoji and U+FEFF (test/helpers/dsc-plans.ts
 * HOSTILE_TEXT) go through the generated scripts into the in-memory registry. What comes out must equal the plan's
 * strings exactly, the scripts must print only their one line, and nothing else may run (no error, no other write).
 * NUL cannot reach a script: the renderer refuses it (test/unit/intune-scripts.test.ts "refused: NUL").
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Operation } from '../../src/model/plan.js';
import { HOSTILE_TEXT, registryOp, syntheticPlan } from '../helpers/plan-builder.js';
import { pwshTests } from './pwsh.js';
import { runCases, scriptPairs, wantedState } from './remediation-cases.js';

function hostilePlan() {
  const ops: Operation[] = [];
  HOSTILE_TEXT.forEach((text, i) => {
    const n = String(i).padStart(2, '0');
    // Keys cannot hold control characters (the model refuses them), so those strings go to names and data only.
    const keyText = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '_');
    ops.push(
      registryOp({
        id: `hostile-${n}/machine-sz`,
        kind: 'preference',
        scope: 'Machine',
        key: `SOFTWARE\\Microsoft\\T1559 ${keyText}\\${n}`,
        valueName: text,
        value: { type: 'REG_SZ', data: text },
        title: text,
      }),
      registryOp({
        id: `hostile-${n}/machine-expand`,
        kind: 'preference',
        scope: 'Machine',
        key: `SOFTWARE\\Microsoft\\T1559\\${n}`,
        valueName: `${text} expand`,
        value: { type: 'REG_EXPAND_SZ', data: `%SystemRoot%\\${text}` },
        title: text,
        sddl: text,
      }),
      registryOp({
        id: `hostile-${n}/machine-multi`,
        kind: 'preference',
        scope: 'Machine',
        key: `SOFTWARE\\Microsoft\\T1559\\${n}`,
        valueName: `multi ${text}`,
        value: { type: 'REG_MULTI_SZ', data: [text, `${text} 2`] },
        title: text,
      }),
      registryOp({
        id: `hostile-${n}/machine-delete`,
        kind: 'preference',
        scope: 'Machine',
        key: `SOFTWARE\\Microsoft\\T1559\\${n}`,
        valueName: `${text} gone`,
        action: 'deleteValue',
        title: text,
      }),
      registryOp({
        id: `hostile-${n}/user-sz`,
        kind: 'preference',
        scope: 'User',
        key: `Software\\Microsoft\\T1559 ${keyText}`,
        valueName: text,
        value: { type: 'REG_SZ', data: text },
        title: text,
      }),
    );
  });
  return syntheticPlan(ops, {
    profile: { name: "it's \u2019hostile\u2019 $(x) #> \u{1F600}", description: "line1\n$evil = 1 #>\r\n<# \u2028 '" },
  });
}

const pairs = scriptPairs(hostilePlan());
const names = pairs.map((p) => `hostile strings (${p.name}): stored byte for byte, nothing else runs`);

pwshTests('hostile', names, () => {
  const results = runCases(
    pairs.map((p) => {
      // The "gone" values exist first, so the delete path is exercised with hostile names as well.
      const registry = wantedState(p);
      for (const op of p.ops.filter((o) => o.action === 'deleteValue')) {
        const key = (registry[p.hive]![op.key] ??= { values: [] });
        key.values.push({ name: op.valueName, kind: 'String', data: op.valueName });
      }
      for (const k of Object.values(registry[p.hive]!))
        k.values = k.values.filter((v) => !p.ops.some((o) => o.action === 'set' && o.valueName === v.name));
      return { id: p.name, registry, steps: [p.detect, p.remediate, p.detect] };
    }),
    1,
  );
  results.catch(() => undefined);
  pairs.forEach((p, i) => {
    test(`pwsh ${names[i]}`, async () => {
      const [d1, r, d2] = (await results).get(p.name)!;
      for (const [step, code] of [
        [d1, 1],
        [r, 0],
        [d2, 0],
      ] as const) {
        assert.equal(step!.errors, [], 'no errors');
        assert.is(step!.stdout.length, 1, `one output line: ${JSON.stringify(step!.stdout)}`);
        assert.ok(step!.stdout[0]!.startsWith('T1559 '), 'the summary line comes first');
        assert.is(step!.exitCode, code, step!.stdout[0]);
      }
      // Exactly the wanted keys and values, compared as JavaScript strings (UTF-16 code units): nothing extra
      // was written, nothing was expanded, no quote was lost or doubled.
      assert.equal(r!.state, wantedState(p));
      assert.match(r!.stdout[0]!, /profile it's \u2019hostile\u2019 \$\(x\) #> \u{1F600}\)/u, 'the profile name is printed as it is');
    });
  });
});

test.run();
