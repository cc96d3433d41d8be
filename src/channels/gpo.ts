/**
 * The GPO channel: a Group Policy backup (and the Registry.pol / LGPO files built from the same routes).
 * Policy values go to registry.pol, preference values to Group Policy Preferences so registry.pol does not
 * tattoo them (except binary and QWORD values, which GPP documents no form for: registry.pol, tattooing), Security Options to the security template, audit settings to audit.csv
 * (docs/domain.md "Delivery channels").
 */
import { carried, fallback, notCarried } from '../model/routes.js';
import type { RegistryValue } from '../model/registry.js';
import type { ChannelRules } from './channel.js';

/**
 * The value types [MS-GPPREF] 2.2.1.6 lists for a registry item's `type`. REG_BINARY and REG_QWORD are not
 * among them; the one GPMC-written REG_BINARY item found in public files (`image="17"`, lower-case hex
 * bytes separated by spaces) is a single sample, not a documented format, so such values go to registry.pol
 * ([MS-GPREG], known byte for byte) instead (docs/domain.md "Delivery channels").
 */
const GPP_VALUE_TYPES: ReadonlySet<RegistryValue['type']> = new Set(['REG_SZ', 'REG_EXPAND_SZ', 'REG_DWORD', 'REG_MULTI_SZ']);

export const gpoChannel: ChannelRules<'gpo'> = {
  channel: 'gpo',
  title: 'GPO (registry.pol / preferences / security template)',
  routeRegistry(op) {
    switch (op.kind) {
      case 'policy':
        return carried('registry.pol');
      case 'preference':
        if (op.action === 'deleteAllValues')
          return fallback(
            'registry.pol',
            'Group Policy Preferences have no "delete all values" action (deleting the key would also remove subkeys); registry.pol carries it as **delvals.',
          );
        if (op.action === 'set' && op.value && !GPP_VALUE_TYPES.has(op.value.type))
          return fallback(
            'registry.pol',
            `[MS-GPPREF] documents no ${op.value.type} value text for a preference registry item and no GPMC-written sample confirms one, so registry.pol carries it byte for byte; like a preference without "remove this item when it is no longer applied", the value stays (tattoos) when the GPO is removed.`,
          );
        return carried(
          'preferences',
          'a preference key (outside Policies) goes to Group Policy Preferences Registry.xml so it is not tattooed by registry.pol',
        );
      case 'securityOption':
        if (op.scope !== 'Machine') return notCarried('the GPO security template holds computer settings only');
        return carried('securityTemplate', 'a Security Options value goes to the GPO security template (GptTmpl.inf [Registry Values])');
      default:
        return notCarried(`kind ${op.kind} is not a registry setting`);
    }
  },
  routeAudit: () => carried('audit.csv'),
  dataProblem(op) {
    // MS-GPREG 2.2.1: `Value = 1*259ValueCharacter`. A deleted value travels as `**del.<name>`, six more.
    const written = op.action === 'deleteValue' ? `**del.${op.valueName}` : op.valueName;
    if (written.length > REGISTRY_POL_VALUE_NAME_MAX)
      return `the value name is ${op.valueName.length} characters; Registry.pol holds at most ${REGISTRY_POL_VALUE_NAME_MAX}${op.action === 'deleteValue' ? ' including the "**del." prefix of a deleted value' : ''} (MS-GPREG 2.2.1), so GPMC and LGPO.exe could not read it; shorten it`;
    return undefined;
  },
};

/** The longest value name the Registry.pol grammar allows (MS-GPREG 2.2.1, docs/formats.md "Registry.pol"). */
export const REGISTRY_POL_VALUE_NAME_MAX = 259;
