/**
 * `t1559 assess` on a fleet: 10,000 generated audit results of the strict profile (deterministic: every machine
 * has a few values missing or different) written to a temporary folder, then read, validated and assessed as one
 * run. Target: a few seconds for the whole fleet (read + parse + schema + assess + summarize).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFromProfile } from '../src/build.js';
import type { AuditResult } from '../src/model/audit-result.js';
import { assessSources } from '../src/plan-readers/assess-inputs.js';
import { assessmentLayer } from '../src/plan-readers/assess-report.js';
import { expectationHash } from '../src/plan-readers/expectations.js';

const MACHINES = 10_000;

export function benchAssess(): void {
  const plan = planFromProfile({ profilePath: 'policies/profiles/strict.json', env: {} });
  const dir = mkdtempSync(join(tmpdir(), 't1559-bench-assess-'));
  try {
    const hash = expectationHash(plan);
    const registry = plan.operations.flatMap((op) => (op.type !== 'registry' ? [] : [op]));
    const audit = plan.operations.find((o) => o.type === 'audit')!;
    for (let m = 0; m < MACHINES; m++) {
      const result: AuditResult = {
        schema: 't1559-audit/1',
        tool: { name: 't1559', version: plan.tool.version },
        profile: { name: plan.profile.name, hash },
        machine: {
          computerName: `PC${String(m).padStart(5, '0')}`,
          takenAt: '2026-01-01T00:00:00Z',
          elevated: true,
          powershell: '5.1.26100.1',
          windowsBuild: '26100.1',
          office: { version: '16.0.1', clickToRun: true, licensing: m % 7 === 0 ? 'volume' : 'subscription', productReleaseIds: '' },
          defender: { state: 'present' },
        },
        hives: [
          { hive: 'HKLM', source: 'machine' },
          { hive: 'HKCU', source: 'currentUser' },
        ],
        registry: registry.map((op, i) => {
          const off = (m + i) % 23 === 0;
          const expected = op.value
            ? op.value.type === 'REG_SZ'
              ? { kind: 'String' as const, data: op.value.data }
              : { kind: 'DWord' as const, data: op.value.data as number }
            : null;
          return {
            id: op.id,
            hive: op.scope === 'Machine' ? 'HKLM' : 'HKCU',
            scope: op.scope,
            key: op.key,
            name: op.valueName,
            action: op.action === 'set' ? ('Set' as const) : ('DeleteValue' as const),
            expected,
            actual: off
              ? { state: 'absent' as const, keyExists: false, existingKey: '' }
              : expected
                ? { state: 'present' as const, ...expected }
                : { state: 'absent' as const, keyExists: true, existingKey: op.key },
            status: off && op.action === 'set' ? ('missing' as const) : ('match' as const),
          };
        }),
        auditPolicy: [
          {
            id: audit.id,
            guid: audit.type === 'audit' ? audit.audit.guid : '',
            subcategory: 'Process Creation',
            expected: { success: true, failure: false },
            actual: { state: 'present', success: true, failure: false },
            status: 'match',
          },
        ],
        summary: { total: 0, match: 0, differs: 0, missing: 0, unreadable: 0 },
      };
      writeFileSync(join(dir, `${result.machine.computerName}.json`), JSON.stringify(result));
    }
    const t0 = performance.now();
    const a = assessSources(plan, [dir], undefined);
    assessmentLayer(plan, a);
    const ms = performance.now() - t0;
    process.stdout.write(
      `assess: ${MACHINES} audit results in ${(ms / 1000).toFixed(2)} s (${Math.round(MACHINES / (ms / 1000))} results/s); ${a.totals.filter((t) => t.status === 'enforced').length} of ${a.totals.length} controls enforced fleet-wide\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
