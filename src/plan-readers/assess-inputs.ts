/**
 * The inputs of `t1559 assess`: each SOURCE is an audit result (.json), a folder of them (a fleet), a GPO backup
 * folder, a Registry.pol or a .reg export. Every input is read and checked before anything is assessed or written,
 * so one malformed file stops the run with its file and position (exit 2) instead of producing a partial report.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../lib/errors.js';
import { readInputFile } from '../lib/input.js';
import { parseJsonText, parseWith } from '../lib/json.js';
import { readGpoSource, readPolSource, readRegSource } from '../formats/policy-sources.js';
import { auditResultSchema, type AuditResult } from '../model/audit-result.js';
import type { Plan } from '../model/plan.js';
import { assessResult, assessSource, summarize, type Assessment, type SubjectAssessment } from './assess.js';
import { expectationHash } from './expectations.js';

type Scope = 'Machine' | 'User';

/** Parse and check one audit result against the plan it must come from. */
export function readAuditResult(plan: Plan, text: string, file: string): AuditResult {
  const result = parseWith(auditResultSchema, parseJsonText(text, file), file, 'the audit result');
  const hash = expectationHash(plan);
  if (result.profile.hash !== hash) {
    throw new UserError('E_SEMANTIC', `${file} was taken with another profile`, [
      {
        where: `${file}: $.profile.hash`,
        message: `the audit script of profile "${result.profile.name}" (${result.profile.hash.slice(0, 19)}...) checks other values than profile "${plan.profile.name}" (${hash.slice(0, 19)}...); pass that profile with --profile, or audit again with this bundle's audit/Test-T1559.ps1`,
      },
    ]);
  }
  return result;
}

function isGpoFolder(dir: string): boolean {
  return ['DomainSysvol/GPO/Machine', 'DomainSysvol/GPO/User', 'Machine', 'User'].some((p) => existsSync(join(dir, p)));
}

function readResultFile(plan: Plan, file: string): SubjectAssessment {
  return assessResult(plan, readAuditResult(plan, readInputFile(file, 'audit result').toString('utf8'), file), file);
}

/** Every subject of the sources, in the order given (a folder's files by name, ordinal). */
export function assessSources(plan: Plan, sources: readonly string[], scope: Scope | undefined): Assessment {
  const subjects: SubjectAssessment[] = [];
  for (const path of sources) {
    if (!existsSync(path))
      throw new UserError('E_IO', `${path} does not exist`, [
        { where: path, message: 'give an audit result, a folder of them, a GPO backup folder, a Registry.pol or a .reg file' },
      ]);
    if (statSync(path).isDirectory()) {
      if (isGpoFolder(path)) {
        subjects.push(assessSource(plan, readGpoSource(path)));
        continue;
      }
      const files = readdirSync(path)
        .filter((n) => n.toLowerCase().endsWith('.json'))
        .sort();
      if (files.length === 0)
        throw new UserError('E_IO', `${path} holds no audit results`, [
          { where: path, message: 'expected *.json files written by audit/Test-T1559.ps1, or a GPO backup folder' },
        ]);
      for (const n of files) subjects.push(readResultFile(plan, join(path, n)));
    } else if (/\.json$/i.test(path)) subjects.push(readResultFile(plan, path));
    else if (/\.pol$/i.test(path)) subjects.push(assessSource(plan, readPolSource(path, scope)));
    else if (/\.reg$/i.test(path)) subjects.push(assessSource(plan, readRegSource(path)));
    else
      throw new UserError('E_ARG', `${path}: unknown kind of source`, [
        { where: path, message: 'give a .json audit result, a folder, a .pol or a .reg file' },
      ]);
  }
  return summarize(plan, subjects);
}
