/**
 * The same objects laid out for IntuneManagement's "Import" (github.com/Micke-K/IntuneManagement): one JSON
 * file per object under a folder named after its object type id, `DeviceConfiguration/` (API
 * /deviceManagement/deviceConfigurations), `SettingsCatalog/` (API /deviceManagement/configurationPolicies; the
 * policy body with its settings, as its export writes them) and `DeviceHealthScripts/` (API /deviceManagement/deviceHealthScripts).
 *
 * Shape: what its export writes (a Graph beta GET, see the custom OMA-URI export in the reference samples),
 * minus everything its import would strip or must not carry: ids, `@odata.context`/`@odata.id`/edit links,
 * created/modified timestamps, `version`, `supportsScopeTags`, scope tags (tenant objects), assignments (they
 * name the tenant's groups) and the navigation/action entries. OMA settings keep the beta fields its exports
 * carry for a plain value: `isEncrypted: false`, `secretReferenceValueId: null`. The import takes the name
 * from `displayName`; the file name only has to be unique in the folder.
 */
import { InternalError } from '../../lib/errors.js';
import type { CustomProfile } from './custom-configuration.js';
import {
  intuneManagementCustomConfigurationSchema,
  intuneManagementDeviceHealthScriptSchema,
  type DeviceHealthScript,
  type IntuneManagementCustomConfiguration,
} from './graph-schema.js';

export const INTUNE_MANAGEMENT_FOLDERS = {
  deviceConfiguration: 'DeviceConfiguration',
  deviceHealthScripts: 'DeviceHealthScripts',
  settingsCatalog: 'SettingsCatalog',
} as const;

/** Key order follows the export: type, description, displayName, then the settings. */
export function intuneManagementProfile(profile: CustomProfile): IntuneManagementCustomConfiguration {
  const b = profile.body;
  const body: IntuneManagementCustomConfiguration = {
    '@odata.type': b['@odata.type'],
    description: b.description,
    displayName: b.displayName,
    omaSettings: b.omaSettings.map((s) => {
      const { value, ...rest } = s;
      return {
        ...rest,
        secretReferenceValueId: null,
        isEncrypted: false,
        value,
      } as IntuneManagementCustomConfiguration['omaSettings'][number];
    }),
  };
  const checked = intuneManagementCustomConfigurationSchema.safeParse(body);
  if (!checked.success)
    throw new InternalError(
      `the IntuneManagement copy of ${profile.name} does not match its model: ${checked.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
    );
  return body;
}

export function intuneManagementHealthScript(body: DeviceHealthScript): DeviceHealthScript {
  const checked = intuneManagementDeviceHealthScriptSchema.safeParse(body);
  if (!checked.success) throw new InternalError(`the IntuneManagement copy of ${body.displayName} does not match its model`);
  return body;
}
