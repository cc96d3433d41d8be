/**
 * Attack surface reduction rules whose warn mode Intune does not support (Learn, "Attack surface reduction
 * rules overview", warn mode: "Warn mode isn't supported for three attack surface reduction rules when you
 * configure them in Microsoft Intune"; docs/domain.md "Attack Surface Reduction rules").
 */
const WARN_UNSUPPORTED_IN_INTUNE = new Set([
  'd3e037e1-3eb8-44c8-a917-57927947596d', // Block JavaScript or VBScript from launching downloaded executable content
  'e6db77e5-3df2-4cf1-b95a-636979351e5b', // Block persistence through WMI event subscription
  'c1db55ab-c21a-4637-bb3f-a12568109d35', // Use advanced protection against ransomware
]);

/** The ASR rule state that means warn (Defender's registry and CSP value). */
export const ASR_WARN_STATE = '6';

/** True when Intune cannot deliver `state` for this rule: warn mode on a rule that does not support it there. */
export function asrWarnUnsupported(ruleGuid: string, state: string): boolean {
  return state === ASR_WARN_STATE && WARN_UNSUPPORTED_IN_INTUNE.has(ruleGuid.replace(/^\{|\}$/g, '').toLowerCase());
}
