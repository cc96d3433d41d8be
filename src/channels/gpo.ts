/**
 * The GPO channel: a Group Policy backup (and the Registry.pol / LGPO files built from the same routes).
 * Policy values go to registry.pol, preference values to Group Policy Preferences so registry.pol does not
 * tattoo them, Security Options to the security template, audit settings to audit.csv
 * (docs/domain.md "Delivery channels").
 */
import { carried, fallback, notCarried } from '../model/routes.js';
import type { ChannelRules } from './channel.js';

export const gpoChannel: ChannelRules<'gpo'> = {
  channel: 'gpo',
  title: 'GPO (registry.pol / preferences / security template)',
  routeRegistry(op) {
    switch (op.kind) {
      case 'policy':
        return carried('registry.pol');
      case 'preference':
        if (op.action === 'deleteAllValues')
          return fallback('registry.pol', 'Group Policy Preferences have no "delete all values" action (deleting the key would also remove subkeys); registry.pol carries it as **delvals.');
        return carried('preferences', 'a preference key (outside Policies) goes to Group Policy Preferences Registry.xml so it is not tattooed by registry.pol');
      case 'securityOption':
        if (op.scope !== 'Machine') return notCarried('the GPO security template holds computer settings only');
        return carried('securityTemplate', 'a Security Options value goes to the GPO security template (GptTmpl.inf [Registry Values])');
      default:
        return notCarried(`kind ${op.kind} is not a registry setting`);
    }
  },
  routeAudit: () => carried('audit.csv'),
};
