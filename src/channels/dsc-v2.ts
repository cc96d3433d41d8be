/**
 * The DSC v2 channel (Windows PowerShell 5.1 configuration script): policy and per-user values through
 * GPRegistryPolicyDsc's RegistryPolicyFile (it edits the local Registry.pol files), machine preference values
 * through the Registry resource, audit settings through AuditPolicyDsc (docs/formats.md "PowerShell DSC").
 */
import type { Operation } from '../model/plan.js';
import { isComRegistrationKey } from '../model/registry.js';
import { carried, fallback, notCarried, type Route } from '../model/routes.js';
import type { ChannelRules } from './channel.js';

export const APPID_NOTE = 'AppID keys owned by TrustedInstaller refuse writes from SYSTEM until ownership is changed';

export const dscV2Channel: ChannelRules<'dscV2'> = {
  channel: 'dscV2',
  title: 'DSC v2',
  routeRegistry(op) {
    const viaPolicyFile = op.kind === 'policy' || op.kind === 'securityOption' || op.scope === 'User';
    if (viaPolicyFile) {
      // GPRegistryPolicyDsc: ValueName is a mandatory key property, and Binary data is written as the
      // UTF-16 text of the string rather than as bytes.
      if (op.action === 'createKey' || op.action === 'deleteAllValues' || op.valueName === '')
        return notCarried(
          `RegistryPolicyFile needs a value name, so it cannot express "${op.action === 'set' || op.action === 'deleteValue' ? 'the default value' : op.action}"; use the GPO or Registry.pol`,
        );
      if (op.value?.type === 'REG_BINARY')
        return notCarried('RegistryPolicyFile writes Binary data as text, not bytes; use the GPO or Registry.pol');
      if (op.kind === 'policy' || op.kind === 'securityOption') return carried('RegistryPolicyFile');
      return fallback(
        'RegistryPolicyFile',
        "DSC runs as SYSTEM, so the Registry resource would write SYSTEM's own HKCU; the user value goes through the user Registry.pol instead (it tattoos like any preference)",
      );
    }
    if (op.action === 'deleteAllValues')
      return notCarried('the Registry resource deletes the whole key when ValueName is empty; it cannot delete only the values');
    if (op.action === 'deleteValue' && /[*?[\]]/.test(op.valueName))
      return notCarried(
        'the Registry resource removes values with wildcard matching, so a name containing * ? [ ] could delete other values',
      );
    return isComRegistrationKey(op.key) ? carried('Registry', APPID_NOTE) : carried('Registry');
  },
  routeAudit: () => carried('AuditPolicySubcategory'),
  settle: distinctPolicyFileEntries,
};

/**
 * RegistryPolicyFile's key properties are Key and ValueName only (TargetType is merely Required), so a machine
 * and a user entry with the same key and value name would be "conflicting resources" and the configuration
 * would not compile. DSC compares them case-insensitively. The first (in plan order: machine first) keeps
 * the resource; the others are not carried by DSC v2 and say why.
 */
function distinctPolicyFileEntries(operations: readonly Operation[]): Map<Operation, Route<'dscV2'>> {
  const out = new Map<Operation, Route<'dscV2'>>();
  const seen = new Map<string, Operation>();
  for (const op of operations) {
    if (op.type !== 'registry' || op.routes.dscV2.via !== 'RegistryPolicyFile') continue;
    const k = `${op.key}\u0000${op.valueName}`.toLowerCase();
    const first = seen.get(k);
    if (!first) {
      seen.set(k, op);
      continue;
    }
    out.set(
      op,
      notCarried(
        `${first.id} already writes ${op.key}\\${op.valueName} through RegistryPolicyFile, which identifies an entry by Key and ValueName only (not the scope), so DSC would reject both as conflicting resources; use the GPO or Registry.pol`,
      ),
    );
  }
  return out;
}
