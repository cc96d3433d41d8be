/**
 * The ADMX channel: an administrative template whose policies write the values (docs/formats.md "ADMX / ADML").
 */
import { isComRegistrationKey } from '../model/registry.js';
import { carried, notCarried } from '../model/routes.js';
import type { ChannelRules } from './channel.js';

export const admxChannel: ChannelRules<'admx'> = {
  channel: 'admx',
  title: 'ADMX',
  routeRegistry(op) {
    if (op.value?.type === 'REG_BINARY') return notCarried('ADMX has no element for REG_BINARY data (security descriptors)');
    if (op.value?.type === 'REG_MULTI_SZ')
      return notCarried(
        'an ADMX multiText element has no default, so enabling the policy would write nothing until someone types the lines',
      );
    if (op.value?.type === 'REG_QWORD') return notCarried('ADMX decimal elements write REG_DWORD; the T1559 template carries no REG_QWORD');
    if (op.action === 'createKey' || op.action === 'deleteAllValues') return notCarried(`ADMX cannot express "${op.action}" on its own`);
    if (isComRegistrationKey(op.key))
      return carried(
        'policy',
        'a COM AppID registration outside Policies: it tattoos, and AppID keys owned by TrustedInstaller refuse the write until ownership is changed',
      );
    if (op.kind === 'preference')
      return carried('policy', 'a preference key outside Policies: it tattoos (set the policy to Disabled to remove it)');
    return carried('policy');
  },
  routeAudit: () => notCarried('advanced audit policy is not a registry value; ADMX cannot set it'),
};
