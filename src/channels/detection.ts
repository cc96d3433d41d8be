/**
 * The detection "channel": not a way to deliver a value but a way to watch it. A registry value is carried
 * when the detection pack (target `detection`: a Sysmon fragment and Sigma rules) has a tamper rule that
 * reports a change away from what the profile wants (docs/formats.md "Sysmon configuration",
 * docs/formats.md "Sigma rules").
 *
 * Sysmon event 13 (RegistryEvent, value set) records the written data only for DWORD and QWORD values
 * (docs/domain.md "Monitoring T1559"); the rules compare DWORD data alone (its `DWORD (0x00000001)` text
 * is the one public rules rely on). For other types the rule reports every write to the value, the
 * profile's own included: that is a fallback.
 */
import { carried, fallback, notCarried } from '../model/routes.js';
import type { ChannelRules } from './channel.js';

export const detectionChannel: ChannelRules<'detection'> = {
  channel: 'detection',
  title: 'Detection (Sysmon, Sigma)',
  routeRegistry(op) {
    if (op.action === 'deleteAllValues' || op.action === 'createKey')
      return notCarried(`"${op.action}" acts on a whole key; a tamper rule watches one value`);
    if (op.valueName === '')
      return notCarried("Sysmon's name for a key's default (unnamed) value is not documented, so no rule can name it");
    if (op.action === 'deleteValue') return carried('tamper rule', 'the profile removes the value: any write to it is reported');
    if (op.value?.type === 'REG_DWORD') return carried('tamper rule');
    return fallback(
      'tamper rule',
      `Sysmon event 13 records the written data for DWORD and QWORD values only, and the rules compare DWORD data alone: for ${op.value?.type ?? 'this type'} the rule reports every write to the value, the profile's own included`,
    );
  },
  routeAudit: () =>
    notCarried(
      'an audit subcategory is not a registry value; Windows logs audit policy changes as Security event 4719, which this pack has no rule for',
    ),
};
