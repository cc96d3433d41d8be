/**
 * `t1559 assess`: the library on a bundle's own GPO backup, an empty Registry.pol, a baseline GPO that disagrees
 * (automationsecurity 2), .reg exports, and audit results (one machine, a fleet); the CLI for exit codes and for
 * refusing malformed inputs without writing anything.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runCli } from './helpers/run-cli.js';
import { join } from 'node:path';
import { encodePol } from '../src/formats/registry-pol.js';
import type { AuditResult } from '../src/model/audit-result.js';
import { assessSources } from '../src/plan-readers/assess-inputs.js';
import { assessmentCsv, assessmentLayer } from '../src/plan-readers/assess-report.js';
import { expectationHash } from '../src/plan-readers/expectations.js';
import { renderTargets } from '../src/targets/index.js';
import { profilePlan } from './helpers/profile-plans.js';

const STRICT = 'policies/profiles/strict.json';
const strict = profilePlan(STRICT);

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 't1559-assess-'));
}

/** The strict bundle's gpo/ written to disk; returns the backup folder. */
function ownGpo(): string {
  const dir = tmp();
  for (const a of renderTargets(strict, ['gpo'])) {
    mkdirSync(join(dir, a.path, '..'), { recursive: true });
    writeFileSync(join(dir, a.path), a.bytes);
  }
  const backup = renderTargets(strict, ['gpo'])
    .find((a) => /\/Backup\.xml$/.test(a.path))!
    .path.replace(/\/Backup\.xml$/, '');
  return join(dir, backup);
}

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

test("the bundle's own GPO backup enforces every selected control; every value is redundant, none conflicts", () => {
  const a = assessSources(strict, [ownGpo()], undefined);
  assert.equal(
    a.totals.filter((t) => t.status !== 'enforced').map((t) => t.id),
    [],
  );
  assert.is(a.exitCode, 0);
  assert.equal(a.subjects[0]!.conflicts, []);
  assert.ok(a.subjects[0]!.redundancies.length > 0);
});

test('an empty Registry.pol enforces none; its side decides what applies', () => {
  const dir = tmp();
  const pol = join(dir, 'Registry.pol');
  writeFileSync(pol, encodePol([]));
  for (const scope of ['Machine', 'User'] as const) {
    const a = assessSources(strict, [pol], scope);
    const applicable = a.totals.filter((t) => t.status !== 'notApplicable');
    assert.ok(applicable.length > 0, scope);
    assert.ok(
      applicable.every((t) => t.status === 'notEnforced'),
      `${scope}: ${applicable.map((t) => `${t.id} ${t.status}`).join(', ')}`,
    );
    assert.is(a.exitCode, 1);
  }
});

test('a baseline GPO that sets automationsecurity 2 is a conflict naming the value and both sides', () => {
  const root = tmp();
  mkdirSync(join(root, 'DomainSysvol', 'GPO', 'User'), { recursive: true });
  writeFileSync(
    join(root, 'DomainSysvol', 'GPO', 'User', 'registry.pol'),
    encodePol([
      {
        action: 'set',
        key: 'software\\policies\\microsoft\\office\\common\\security',
        valueName: 'automationsecurity',
        value: { type: 'REG_DWORD', data: 2 },
      },
      {
        action: 'set',
        key: 'software\\policies\\microsoft\\office\\16.0\\common\\trustcenter',
        valueName: 'trustbar',
        value: { type: 'REG_DWORD', data: 0 },
      },
    ]),
  );
  const a = assessSources(strict, [root], undefined);
  const s = a.subjects[0]!;
  assert.equal(
    s.conflicts.map((c) => [c.where, c.control, c.profile, c.source]),
    [
      [
        'HKCU\\software\\policies\\microsoft\\office\\common\\security\\automationsecurity',
        'office-automation-security',
        'REG_DWORD 3 (0x00000003)',
        'REG_DWORD 2',
      ],
    ],
  );
  assert.equal(
    s.redundancies.map((r) => r.where),
    ['HKCU\\software\\policies\\microsoft\\office\\16.0\\common\\trustcenter\\trustbar'],
  );
  assert.is(a.totals.find((t) => t.id === 'office-automation-security')!.status, 'notEnforced');
  assert.is(a.totals.find((t) => t.id === 'office-trust-bar-alerts')!.status, 'enforced');
  assert.match(
    assessmentCsv(a),
    /office-automation-security,not enforced,,office-automation-security\/automation-security,HKCU\\software\\policies\\microsoft\\office\\common\\security\\automationsecurity,conflict,REG_DWORD 3 \(0x00000003\),REG_DWORD 2/,
  );
});

test('a .reg export: HKCU values count for user controls, a deletion of a value the profile sets conflicts', () => {
  const dir = tmp();
  const reg = join(dir, 'office.reg');
  writeFileSync(
    reg,
    utf16(
      'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Policies\\Microsoft\\Office\\Common\\Security]\r\n"automationsecurity"=dword:00000003\r\n"blockedextensions"=-\r\n',
    ),
  );
  const a = assessSources(strict, [reg], undefined);
  assert.is(a.totals.find((t) => t.id === 'office-automation-security')!.status, 'enforced');
  assert.equal(
    a.subjects[0]!.conflicts.map((c) => [c.control, c.source]),
    [['office-ole-blocked-extensions', 'deleted']],
  );
  assert.is(a.totals.find((t) => t.id === 'com-default-authentication')!.status, 'notApplicable', 'an HKCU export says nothing about HKLM');
});

function result(overrides: (r: AuditResult) => void = () => {}): AuditResult {
  const r: AuditResult = {
    schema: 't1559-audit/1',
    tool: { name: 't1559', version: strict.tool.version },
    profile: { name: 'strict', hash: expectationHash(strict) },
    machine: {
      computerName: 'PC01',
      takenAt: '2026-01-01T00:00:00Z',
      elevated: true,
      powershell: '5.1',
      windowsBuild: '26100.1',
      office: { version: '16.0.1', clickToRun: true, licensing: 'subscription', productReleaseIds: 'O365ProPlusRetail' },
      defender: { state: 'present' },
    },
    hives: [
      { hive: 'HKLM', source: 'machine' },
      { hive: 'HKCU', source: 'currentUser' },
    ],
    registry: strict.operations.flatMap((op) =>
      op.type !== 'registry'
        ? []
        : [
            {
              id: op.id,
              hive: op.scope === 'Machine' ? 'HKLM' : 'HKCU',
              scope: op.scope,
              key: op.key,
              name: op.valueName,
              action:
                op.action === 'set'
                  ? 'Set'
                  : op.action === 'deleteValue'
                    ? 'DeleteValue'
                    : op.action === 'createKey'
                      ? 'CreateKey'
                      : 'DeleteAllValues',
              expected: op.value
                ? op.value.type === 'REG_SZ'
                  ? { kind: 'String', data: op.value.data }
                  : { kind: 'DWord', data: op.value.data as number }
                : null,
              actual: op.value
                ? { state: 'present', kind: op.value.type === 'REG_SZ' ? 'String' : 'DWord', data: op.value.data }
                : { state: 'absent', keyExists: true, existingKey: op.key },
              status: 'match',
            } as AuditResult['registry'][number],
          ],
    ),
    auditPolicy: [
      {
        id: 'audit-process-creation/process-creation',
        guid: '{0CCE922B-69AE-11D9-BED3-505054503030}',
        subcategory: 'Process Creation',
        expected: { success: true, failure: false },
        actual: { state: 'present', success: true, failure: false },
        status: 'match',
      },
    ],
    summary: { total: 66, match: 66, differs: 0, missing: 0, unreadable: 0 },
  };
  overrides(r);
  return r;
}

test('audit results: a fleet, an ASR rule Intune delivers, volume Office, no Office', () => {
  const dir = tmp();
  const auditId = strict.operations.find((o) => o.type === 'audit')!.id;
  writeFileSync(join(dir, 'a-compliant.json'), JSON.stringify(result((r) => (r.auditPolicy[0]!.id = auditId))));
  writeFileSync(
    join(dir, 'b-mdm-asr.json'),
    JSON.stringify(
      result((r) => {
        r.auditPolicy[0]!.id = auditId;
        r.machine.computerName = 'PC02';
        const rule = r.registry.find((x) => /\\ASR\\Rules$/i.test(x.key))!;
        rule.actual = { state: 'absent', keyExists: false, existingKey: 'Software\\Policies' };
        rule.status = 'missing';
        rule.effectiveAsrAction = Number((rule.expected as { data: string }).data);
      }),
    ),
  );
  writeFileSync(
    join(dir, 'c-volume.json'),
    JSON.stringify(
      result((r) => {
        r.auditPolicy[0]!.id = auditId;
        r.machine.computerName = 'PC03';
        r.machine.office = { version: '16.0.2', clickToRun: true, licensing: 'volume', productReleaseIds: 'ProPlus2021Volume' };
        for (const x of r.registry.filter((x) => /disableddeserver/.test(x.name)))
          [x.status, x.actual] = ['missing', { state: 'absent', keyExists: true, existingKey: x.key }];
        const auto = r.registry.find((x) => x.name === 'automationsecurity')!;
        [auto.status, auto.actual] = ['differs', { state: 'present', kind: 'DWord', data: 2 }];
      }),
    ),
  );
  const a = assessSources(strict, [dir], undefined);
  assert.equal(
    a.subjects.map((s) => s.name),
    ['PC01', 'PC02', 'PC03'],
  );
  const t = (id: string) => a.totals.find((x) => x.id === id)!;
  assert.equal(
    t('asr-office-rules').counts,
    { enforced: 3, partly: 0, notEnforced: 0, notApplicable: 0 },
    'effective through Get-MpPreference',
  );
  assert.equal(
    t('excel-dde-server-off').counts,
    { enforced: 2, partly: 0, notEnforced: 0, notApplicable: 1 },
    'subscription-only on volume Office',
  );
  assert.match(a.subjects[2]!.controls.find((c) => c.id === 'excel-dde-server-off')!.why!, /subscription Office.*volume-licensed/);
  assert.equal(
    [t('office-automation-security').status, t('office-automation-security').gaps],
    ['partly', ['HKCU\\software\\policies\\microsoft\\office\\common\\security\\automationsecurity (1 of 3)']],
  );
  assert.is(a.exitCode, 1);
  const layer = assessmentLayer(strict, a) as {
    versions: { layer: string };
    techniques: { techniqueID: string; score: number; comment: string }[];
  };
  assert.is(layer.versions.layer, '4.5');
  assert.match(
    layer.techniques.find((x) => x.techniqueID === 'T1559')!.comment,
    /office-automation-security partly; missing: HKCU.*automationsecurity \(1 of 3\)/,
  );
});

/** The command in-process (test/helpers/run-cli.ts), as `t1559` runs it. */
async function cli(args: string[]) {
  const r = await runCli(args, { env: { SOURCE_DATE_EPOCH: '' } });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

test('CLI: exit 0 / 1, the --out files, and malformed inputs exit 2 with file and position, nothing written', async () => {
  const own = await cli(['assess', '--profile', STRICT, ownGpo()]);
  assert.is(own.status, 0, own.stderr);
  const dir = tmp();
  const pol = join(dir, 'Machine', 'Registry.pol');
  mkdirSync(join(dir, 'Machine'));
  writeFileSync(pol, encodePol([]));
  const out = join(dir, 'report');
  const empty = await cli(['assess', '--profile', STRICT, pol, '--out', out]);
  assert.is(empty.status, 1, empty.stderr);
  for (const f of ['assessment.json', 'assessment.csv', 'attack-layer.json', 'assessment.html']) assert.ok(existsSync(join(out, f)), f);

  const bad: [string, Buffer | string, RegExp][] = [
    ['truncated.json', JSON.stringify(result()).slice(0, 200), /E_JSON.*truncated\.json:1:201/s],
    ['wrong-shape.json', JSON.stringify({ ...result(), summary: { total: -1 } }), /E_SCHEMA.*\$\.summary/s],
    ['other-profile.json', JSON.stringify(result((r) => (r.profile.hash = `sha256:${'0'.repeat(64)}`))), /E_SEMANTIC.*\$\.profile\.hash/s],
    ['bad.reg', utf16('Windows Registry Editor Version 5.00\r\n\r\n[HKLM\\Software]\r\n'), /E_REG.*bad\.reg, line 3, byte 82/s],
    ['bad.pol', Buffer.from('PReg\x01\x00\x00\x00[\x00', 'latin1'), /E_POL.*bad\.pol, byte/s],
  ];
  for (const [name, bytes, message] of bad) {
    const d = tmp();
    writeFileSync(join(d, name), bytes);
    const o = join(d, 'out');
    const r = await cli(['assess', '--profile', STRICT, '--scope', 'User', join(d, name), '--out', o]);
    assert.is(r.status, 2, `${name}: ${r.stderr}`);
    assert.match(r.stderr, message, name);
    assert.not.ok(existsSync(o), `${name}: nothing written`);
  }
});

test.run();
