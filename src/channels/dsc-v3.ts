/**
 * The DSC v3 channel (a configuration document for the `dsc` CLI): machine values through
 * Microsoft.Windows/Registry (docs/formats.md "PowerShell DSC").
 */
import { isComRegistrationKey } from '../model/registry.js';
import { carried, notCarried } from '../model/routes.js';
import type { ChannelRules } from './channel.js';
import { APPID_NOTE } from './dsc-v2.js';

export const dscV3Channel: ChannelRules<'dscV3'> = {
  channel: 'dscV3',
  title: 'DSC v3',
  routeRegistry(op) {
    if (op.scope === 'User')
      return notCarried(
        "DSC v3 Microsoft.Windows/Registry writes the HKCU of whoever runs dsc, not each user's; use the v2 script, the GPO or Intune",
      );
    if (op.action === 'deleteAllValues') return notCarried('DSC v3 Microsoft.Windows/Registry cannot delete all values of a key');
    if ((op.action === 'set' || op.action === 'deleteValue') && op.valueName === '')
      return notCarried('DSC v3 Microsoft.Windows/Registry documents no form for the default (unnamed) value');
    return isComRegistrationKey(op.key) ? carried('Microsoft.Windows/Registry', APPID_NOTE) : carried('Microsoft.Windows/Registry');
  },
  routeAudit: () => notCarried('DSC v3 has no built-in audit policy resource'),
};
