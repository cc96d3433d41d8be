/**
 * Which profile parameters the DSC v2 configuration exposes in its `param` block, so an admin can override them
 * when compiling (`T1559Hardening -AsrOfficeRules_ChildProcesses '2' -OutputPath .\mof`) without rebuilding.
 *
 * Only parameters whose value is the data of exactly one registry value qualify ("1:1"): an ASR rule mode, an
 * integer level, an Outlook object-model prompt. Not exposed, on purpose:
 * - parameters that feed several values (Office file-validation `onFailure` writes Word, Excel and PowerPoint),
 *   or one value per Office version: overriding one DSC parameter would silently change several settings;
 * - booleans that decide whether settings exist at all (`when`), lists that multiply them (`forEach`);
 * - SDDL parameters: they are encoded to binary security descriptors and checked for lockout at build time;
 *   an override at compile time would bypass both;
 * - free strings (extension lists): their catalog pattern is a JavaScript regex with no faithful
 *   [ValidatePattern()] equivalent.
 *
 * Why a table here: the plan records the resulting data of each operation but not which parameter produced it
 * (the catalog's `{ "param": ..., "map": ... }` expression is resolved away). Until the plan carries that link,
 * this table names it per setting template and repeats the allowed data values; test/unit/dsc-v2.test.ts checks
 * every entry against the shipped catalog (same parameter, same mapped values or range), so the two cannot drift
 * apart unnoticed. The renderer also refuses an entry whose current data is not among the allowed values.
 */

/** Allowed data: a fixed set (PowerShell [ValidateSet()]) or an integer range ([ValidateRange()]). */
export type AllowedData = { kind: 'set'; values: readonly (string | number)[] } | { kind: 'range'; min: number; max: number };

export interface CompileParameter {
  /** Setting template id, "control/setting", as in Operation.settings. */
  setting: string;
  /** The control's parameter whose value this data is (for the name and the comment). */
  parameter: string;
  allowed: AllowedData;
}

/** ASR rule states as written to ...\ASR\Rules (REG_SZ): 0 off, 1 block, 2 audit, 6 warn. */
const ASR_STATES = { kind: 'set', values: ['0', '1', '2', '6'] } as const;
/** The injection rule has no warn mode. */
const ASR_STATES_NO_WARN = { kind: 'set', values: ['0', '1', '2'] } as const;
/** Outlook object model guard: 0 auto-deny, 1 prompt, 3 depends on antivirus state (2, auto-approve, is never offered). */
const OOM_PROMPT = { kind: 'set', values: [0, 1, 3] } as const;

export const COMPILE_PARAMETERS: readonly CompileParameter[] = [
  { setting: 'asr-office-rules/office-child-processes', parameter: 'childProcesses', allowed: ASR_STATES },
  { setting: 'asr-office-rules/office-executable-content', parameter: 'executableContent', allowed: ASR_STATES },
  { setting: 'asr-office-rules/office-code-injection', parameter: 'codeInjection', allowed: ASR_STATES_NO_WARN },
  { setting: 'asr-office-rules/outlook-child-processes', parameter: 'communicationAppChildProcesses', allowed: ASR_STATES },
  { setting: 'asr-office-rules/office-macro-win32-api', parameter: 'win32ApiCalls', allowed: ASR_STATES },
  { setting: 'asr-script-rules/email-executable-content', parameter: 'emailExecutableContent', allowed: ASR_STATES },
  { setting: 'asr-script-rules/obfuscated-scripts', parameter: 'obfuscatedScripts', allowed: ASR_STATES },
  { setting: 'asr-script-rules/script-launch-downloaded', parameter: 'scriptLaunchDownloaded', allowed: ASR_STATES },
  { setting: 'asr-wmi-psexec/psexec-wmi-process-creation', parameter: 'psexecWmiProcessCreation', allowed: ASR_STATES },
  { setting: 'com-default-authentication/legacy-authentication-level', parameter: 'authenticationLevel', allowed: { kind: 'range', min: 2, max: 6 } },
  { setting: 'com-default-authentication/legacy-impersonation-level', parameter: 'impersonationLevel', allowed: { kind: 'range', min: 1, max: 2 } },
  { setting: 'office-automation-security/automation-security', parameter: 'level', allowed: { kind: 'range', min: 2, max: 3 } },
  { setting: 'outlook-object-model-guard/oom-send', parameter: 'promptOomSend', allowed: OOM_PROMPT },
  { setting: 'outlook-object-model-guard/oom-addressbookaccess', parameter: 'promptOomAddressBookAccess', allowed: OOM_PROMPT },
  { setting: 'outlook-object-model-guard/oom-addressinformationaccess', parameter: 'promptOomAddressInformationAccess', allowed: OOM_PROMPT },
  { setting: 'outlook-object-model-guard/oom-meetingtaskrequestresponse', parameter: 'promptOomMeetingTaskRequestResponse', allowed: OOM_PROMPT },
  { setting: 'outlook-object-model-guard/oom-saveas', parameter: 'promptOomSaveAs', allowed: OOM_PROMPT },
  { setting: 'outlook-object-model-guard/oom-formulaaccess', parameter: 'promptOomFormulaAccess', allowed: OOM_PROMPT },
  { setting: 'outlook-object-model-guard/oom-customaction', parameter: 'promptOomCustomAction', allowed: OOM_PROMPT },
];

/** PowerShell parameter name: PascalCase control id, "_", PascalCase parameter (ASCII letters, digits, "_" only). */
export function compileParameterName(entry: CompileParameter): string {
  const control = entry.setting.split('/')[0] ?? '';
  const pascal = (s: string) =>
    s
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join('');
  return `${pascal(control)}_${pascal(entry.parameter)}`;
}
