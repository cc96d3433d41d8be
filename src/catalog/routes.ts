/**
 * Channel routing: which vehicle carries each operation in each channel, decided once here so
 * every renderer and the coverage report agree. Facts: docs/domain.md "Delivery channels".
 */
import type { SettingTemplate } from '../model/control.js';
import type { Route, Routes } from '../model/plan.js';
import { isPolicyKey, type RegistryAction, type RegistryValue, type Scope } from '../model/registry.js';

/** Key prefixes Intune ADMX ingestion accepts under otherwise refused roots (case-insensitive). */
export const INGESTION_ALLOWED_PREFIXES = [
  'Software\\Policies\\Microsoft\\Office\\',
  'Software\\Microsoft\\Office\\',
  'Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\',
  'Software\\Microsoft\\Internet Explorer\\',
  'Software\\Policies\\Microsoft\\Shared Tools\\Proofing Tools\\',
  'Software\\Policies\\Microsoft\\IMEJP\\',
  'Software\\Policies\\Microsoft\\IME\\Shared\\',
  'Software\\Policies\\Microsoft\\Shared Tools\\Graphics Filters\\',
  'Software\\Policies\\Microsoft\\Windows\\CurrentVersion\\Explorer\\',
  'Software\\Policies\\Microsoft\\SoftwareProtectionPlatform\\',
  'Software\\Policies\\Microsoft\\OfficeSoftwareProtectionPlatform\\',
  'Software\\Policies\\Microsoft\\Windows\\Windows Search\\Preferences\\',
  'Software\\Policies\\Microsoft\\Exchange\\',
  'Software\\Microsoft\\Shared Tools\\Proofing Tools\\',
  'Software\\Microsoft\\Shared Tools\\Graphics Filters\\',
  'Software\\Microsoft\\Windows\\Windows Search\\Preferences\\',
  'Software\\Microsoft\\Exchange\\',
  'Software\\Policies\\Microsoft\\VBA\\Security\\',
  'Software\\Microsoft\\OneDrive',
  'Software\\Microsoft\\Edge',
  'Software\\Microsoft\\EdgeUpdate\\',
] as const;

/** Roots ingestion refuses unless an allowed prefix matches. */
export const INGESTION_REFUSED_ROOTS = ['System\\', 'Software\\Microsoft\\', 'Software\\Policies\\Microsoft\\'] as const;

/**
 * Keys docs/domain.md "Delivery channels" lists as having no MDM route even where ingestion's prefix rules would not refuse
 * them: COM class registrations (AppID keys, often owned by TrustedInstaller).
 */
const NO_MDM_ROUTE = /^Software\\Classes\\/i;

/** A COM class or AppID registration (HKLM\\SOFTWARE\\Classes\\...), often owned by TrustedInstaller. */
export function isComRegistrationKey(key: string): boolean {
  return NO_MDM_ROUTE.test(key);
}

/** Whether Intune ADMX ingestion may write this key. */
export function ingestionAllows(key: string): boolean {
  const k = `${key.toLowerCase()}\\`;
  const refused = INGESTION_REFUSED_ROOTS.some((r) => k.startsWith(r.toLowerCase()));
  if (!refused) return true;
  return INGESTION_ALLOWED_PREFIXES.some((p) => k.startsWith(p.toLowerCase()));
}

const carried = (via: string, reason?: string): Route => (reason ? { status: 'carried', via, reason } : { status: 'carried', via });
const fallback = (via: string, reason: string): Route => ({ status: 'fallback', via, reason });
const notCarried = (reason: string): Route => ({ status: 'notCarried', via: 'none', reason });

export interface RegistryRouteInput {
  kind: SettingTemplate['kind'];
  scope: Scope;
  key: string;
  valueName: string;
  action: RegistryAction;
  value?: RegistryValue;
  csp?: SettingTemplate['csp'];
}

export function registryRoutes(op: RegistryRouteInput): Routes {
  return {
    gpo: gpoRoute(op),
    admx: admxRoute(op),
    dscV2: dscV2Route(op),
    dscV3: dscV3Route(op),
    intune: intuneRoute(op),
  };
}

function gpoRoute(op: RegistryRouteInput): Route {
  switch (op.kind) {
    case 'policy':
      return carried('registry.pol');
    case 'preference':
      if (op.action === 'deleteAllValues')
        return fallback('registry.pol', 'Group Policy Preferences have no "delete all values" action (deleting the key would also remove subkeys); registry.pol carries it as **delvals.');
      return carried('preferences', 'a preference key (outside Policies) goes to Group Policy Preferences Registry.xml so it is not tattooed by registry.pol');
    case 'securityOption':
      return carried('securityTemplate', 'a Security Options value goes to the GPO security template (GptTmpl.inf [Registry Values])');
    default:
      return notCarried(`kind ${op.kind} is not a registry setting`);
  }
}

function admxRoute(op: RegistryRouteInput): Route {
  if (op.value?.type === 'REG_BINARY') return notCarried('ADMX has no element for REG_BINARY data (security descriptors)');
  if (op.value?.type === 'REG_MULTI_SZ') return notCarried('an ADMX multiText element has no default, so enabling the policy would write nothing until someone types the lines');
  if (op.value?.type === 'REG_QWORD') return notCarried('ADMX decimal elements write REG_DWORD; the T1559 template carries no REG_QWORD');
  if (op.action === 'createKey' || op.action === 'deleteAllValues')
    return notCarried(`ADMX cannot express "${op.action}" on its own`);
  if (NO_MDM_ROUTE.test(op.key))
    return carried('policy', 'a COM AppID registration outside Policies: it tattoos, and AppID keys owned by TrustedInstaller refuse the write until ownership is changed');
  if (op.kind === 'preference') return carried('policy', 'a preference key outside Policies: it tattoos (set the policy to Disabled to remove it)');
  return carried('policy');
}

const APPID_NOTE = 'AppID keys owned by TrustedInstaller refuse writes from SYSTEM until ownership is changed';

function dscV2Route(op: RegistryRouteInput): Route {
  const viaPolicyFile = op.kind === 'policy' || op.kind === 'securityOption' || op.scope === 'User';
  if (viaPolicyFile) {
    // GPRegistryPolicyDsc: ValueName is a mandatory key property, and Binary data is written as the
    // UTF-16 text of the string rather than as bytes.
    if (op.action === 'createKey' || op.action === 'deleteAllValues' || op.valueName === '')
      return notCarried(`RegistryPolicyFile needs a value name, so it cannot express "${op.action === 'set' || op.action === 'deleteValue' ? 'the default value' : op.action}"; use the GPO or Registry.pol`);
    if (op.value?.type === 'REG_BINARY') return notCarried('RegistryPolicyFile writes Binary data as text, not bytes; use the GPO or Registry.pol');
    if (op.kind === 'policy' || op.kind === 'securityOption') return carried('RegistryPolicyFile');
    return fallback(
      'RegistryPolicyFile',
      "DSC runs as SYSTEM, so the Registry resource would write SYSTEM's own HKCU; the user value goes through the user Registry.pol instead (it tattoos like any preference)",
    );
  }
  if (op.action === 'deleteAllValues') return notCarried('the Registry resource deletes the whole key when ValueName is empty; it cannot delete only the values');
  if (op.action === 'deleteValue' && /[*?[\]]/.test(op.valueName))
    return notCarried('the Registry resource removes values with wildcard matching, so a name containing * ? [ ] could delete other values');
  return NO_MDM_ROUTE.test(op.key) ? carried('Registry', APPID_NOTE) : carried('Registry');
}

function dscV3Route(op: RegistryRouteInput): Route {
  if (op.scope === 'User')
    return notCarried("DSC v3 Microsoft.Windows/Registry writes the HKCU of whoever runs dsc, not each user's; use the v2 script, the GPO or Intune");
  if (op.action === 'deleteAllValues') return notCarried('DSC v3 Microsoft.Windows/Registry cannot delete all values of a key');
  if ((op.action === 'set' || op.action === 'deleteValue') && op.valueName === '')
    return notCarried('DSC v3 Microsoft.Windows/Registry documents no form for the default (unnamed) value');
  return NO_MDM_ROUTE.test(op.key) ? carried('Microsoft.Windows/Registry', APPID_NOTE) : carried('Microsoft.Windows/Registry');
}

function intuneRoute(op: RegistryRouteInput): Route {
  if (op.csp) return carried('csp', op.csp.uri);
  const ingestibleValue =
    op.action === 'deleteValue' || (op.action === 'set' && (op.value?.type === 'REG_DWORD' || op.value?.type === 'REG_SZ' || op.value?.type === 'REG_EXPAND_SZ'));
  if (!NO_MDM_ROUTE.test(op.key) && ingestionAllows(op.key) && ingestibleValue) return carried('ingestion');
  const why = NO_MDM_ROUTE.test(op.key)
    ? 'COM AppID registrations have no MDM route (and ingestion must not write class registrations)'
    : !ingestionAllows(op.key)
      ? 'ADMX ingestion refuses this key and no CSP carries it'
      : op.action === 'set'
        ? `an ingested ADMX policy cannot write ${op.value?.type} data`
        : `an ingested ADMX policy cannot express "${op.action}"`;
  if (op.scope === 'User' && isPolicyKey(op.key))
    return notCarried(`${why}; a script in the user's context cannot write HKCU\\Software\\Policies (only SYSTEM and administrators can), so no Intune route carries it: use the GPO or DSC`);
  return fallback(`remediation (${op.scope === 'Machine' ? 'system' : 'user'})`, `${why}; a detection/remediation script pair sets it`);
}

export function auditRoutes(csp: SettingTemplate['csp']): Routes {
  return {
    gpo: carried('audit.csv'),
    admx: notCarried('advanced audit policy is not a registry value; ADMX cannot set it'),
    dscV2: carried('AuditPolicySubcategory'),
    dscV3: notCarried('DSC v3 has no built-in audit policy resource'),
    intune: csp ? carried('csp', csp.uri) : notCarried('no Intune CSP mapped'),
  };
}
