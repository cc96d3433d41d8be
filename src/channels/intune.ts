/**
 * The Intune channel: a Settings Catalog definition where the catalog pins one (unless the profile chose
 * `"intune": { "vehicle": "customOmaUri" }`), else a native Policy CSP where one exists, otherwise a policy of the ingested T1559 ADMX,
 * otherwise a detection/remediation script pair (SYSTEM for HKLM, the signed-in user for HKCU)
 * (docs/domain.md "Delivery channels", "Intune ADMX ingestion"; docs/formats.md "Intune Settings Catalog").
 * Both vehicles deliver the same values to the same devices, so each value takes exactly one.
 */
import { ingestionAllows } from '../formats/intune-ingestion.js';
import { isComRegistrationKey, isPolicyKey, type Scope } from '../model/registry.js';
import { carried, fallback, notCarried, type Vehicle } from '../model/routes.js';
import type { ChannelRules } from './channel.js';

/** The account a remediation vehicle runs as, and the hive that account can write. */
export const REMEDIATION_VEHICLES = {
  'remediation (system)': { account: 'system', scope: 'Machine' },
  'remediation (user)': { account: 'user', scope: 'User' },
} as const satisfies Partial<Record<Vehicle<'intune'>, { account: string; scope: Scope }>>;

/**
 * ASR rules whose warn state (6) Intune does not support, though Group Policy does
 * (docs/domain.md "Attack Surface Reduction rules"): the route says so instead of shipping a state the
 * device would not honour, and the GPO still carries it.
 */
export const ASR_RULES_WITHOUT_INTUNE_WARN: Readonly<Record<string, string>> = {
  'd3e037e1-3eb8-44c8-a917-57927947596d': 'Block JavaScript or VBScript from launching downloaded executable content',
  'e6db77e5-3df2-4cf1-b95a-636979351e5b': 'Block persistence through WMI event subscription',
  'c1db55ab-c21a-4637-bb3f-a12568109d35': 'Use advanced protection against ransomware',
};
const ASR_WARN = '6';

export const intuneChannel: ChannelRules<'intune'> = {
  channel: 'intune',
  title: 'Intune (Settings Catalog / CSP / ingestion / remediation)',
  routeRegistry(op) {
    const noWarnRule =
      op.csp?.format === 'asrRule' && op.value?.data === ASR_WARN
        ? ASR_RULES_WITHOUT_INTUNE_WARN[op.valueName.replace(/^\{|\}$/g, '').toLowerCase()]
        : undefined;
    if (noWarnRule)
      return notCarried(
        `Microsoft does not support warn mode for the ASR rule "${noWarnRule}" (${op.valueName}) when it is configured through Intune (Group Policy supports it): choose block or audit for Intune, or deliver warn through the GPO`,
      );
    if (op.settingsCatalog && op.intuneVehicle !== 'customOmaUri') return carried('settingsCatalog', op.settingsCatalog.id);
    if (op.csp) return carried('csp', op.csp.uri);
    const comKey = isComRegistrationKey(op.key);
    const ingestibleValue =
      op.action === 'deleteValue' ||
      (op.action === 'set' && (op.value?.type === 'REG_DWORD' || op.value?.type === 'REG_SZ' || op.value?.type === 'REG_EXPAND_SZ'));
    if (!comKey && ingestionAllows(op.key) && ingestibleValue) return carried('ingestion');
    const why = comKey
      ? 'COM AppID registrations have no MDM route (and ingestion must not write class registrations)'
      : !ingestionAllows(op.key)
        ? 'ADMX ingestion refuses this key and no CSP carries it'
        : op.action === 'set'
          ? `an ingested ADMX policy cannot write ${op.value?.type} data`
          : `an ingested ADMX policy cannot express "${op.action}"`;
    if (op.scope === 'User' && isPolicyKey(op.key))
      return notCarried(
        `${why}; a script in the user's context cannot write HKCU\\Software\\Policies (only SYSTEM and administrators can), so no Intune route carries it: use the GPO or DSC`,
      );
    return fallback(
      op.scope === 'Machine' ? 'remediation (system)' : 'remediation (user)',
      `${why}; a detection/remediation script pair sets it`,
    );
  },
  routeAudit: ({ csp, settingsCatalog, intuneVehicle }) =>
    settingsCatalog && intuneVehicle !== 'customOmaUri'
      ? carried('settingsCatalog', settingsCatalog.id)
      : csp
        ? carried('csp', csp.uri)
        : notCarried('no Intune CSP mapped'),
  dataProblem(op) {
    // Defender's AttackSurfaceReductionOnlyExclusions is one string of paths joined by "|".
    if (op.csp?.format === 'asrExclusion' && (op.valueName.length === 0 || op.valueName.includes('|')))
      return `the exclusion path ${JSON.stringify(op.valueName)} is empty or contains "|", which separates exclusions in ${op.csp.uri}; fix the exclusion in the profile`;
    return undefined;
  },
};
