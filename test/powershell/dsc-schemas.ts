/**
 * The DSC resources the generated configuration uses, with the properties their published schemas declare, at
 * the module versions the script imports. Sources (schema files read at the release tags):
 * - RegistryPolicyFile, RefreshRegistryPolicy: github.com/dsccommunity/GPRegistryPolicyDsc tag v1.3.1,
 *   source/DSCResources/MSFT_RegistryPolicyFile/MSFT_RegistryPolicyFile.schema.mof and
 *   source/DSCResources/MSFT_RefreshRegistryPolicy/MSFT_RefreshRegistryPolicy.schema.mof
 * - AuditPolicySubcategory: github.com/dsccommunity/AuditPolicyDsc tag 1.4.0.0-PSGallery,
 *   DSCResources/MSFT_AuditPolicySubcategory/MSFT_AuditPolicySubcategory.schema.mof
 * - Registry (PSDesiredStateConfiguration, in-box MSFT_RegistryResource; same schema as PSDscResources'
 *   DscResources/MSFT_RegistryResource/MSFT_RegistryResource.schema.mof): the syntax on learn.microsoft.com,
 *   /powershell/dsc/reference/psdscresources/resources/registry/registry.
 * Read-only ([Read]) properties are left out: a configuration cannot set them. Every resource also takes the
 * common DependsOn and PsDscRunAsCredential (the harness adds them).
 */
export interface PropertySchema {
  /** The MOF type as a PowerShell type constraint. */
  type: 'string' | 'string[]' | 'bool';
  qualifier: 'Key' | 'Required' | 'Write';
  /** ValueMap, when the schema has one (DSC compares it case-insensitively). */
  values?: readonly string[];
}

export interface ResourceSchema {
  module: string;
  properties: Record<string, PropertySchema>;
}

export const DSC_RESOURCES: Record<string, ResourceSchema> = {
  RegistryPolicyFile: {
    module: 'GPRegistryPolicyDsc',
    properties: {
      Key: { type: 'string', qualifier: 'Key' },
      ValueName: { type: 'string', qualifier: 'Key' },
      TargetType: {
        type: 'string',
        qualifier: 'Required',
        values: ['ComputerConfiguration', 'UserConfiguration', 'Administrators', 'NonAdministrators', 'Account'],
      },
      AccountName: { type: 'string', qualifier: 'Write' },
      ValueData: { type: 'string[]', qualifier: 'Write' },
      ValueType: {
        type: 'string',
        qualifier: 'Write',
        values: ['Binary', 'Dword', 'ExpandString', 'MultiString', 'Qword', 'String', 'None'],
      },
      Ensure: { type: 'string', qualifier: 'Write', values: ['Present', 'Absent'] },
    },
  },
  RefreshRegistryPolicy: {
    module: 'GPRegistryPolicyDsc',
    properties: {
      IsSingleInstance: { type: 'string', qualifier: 'Key', values: ['Yes'] },
    },
  },
  AuditPolicySubcategory: {
    module: 'AuditPolicyDsc',
    properties: {
      Name: { type: 'string', qualifier: 'Key' },
      AuditFlag: { type: 'string', qualifier: 'Key', values: ['Success', 'Failure'] },
      Ensure: { type: 'string', qualifier: 'Write', values: ['Present', 'Absent'] },
    },
  },
  Registry: {
    module: 'PSDesiredStateConfiguration',
    properties: {
      Key: { type: 'string', qualifier: 'Key' },
      ValueName: { type: 'string', qualifier: 'Key' },
      Ensure: { type: 'string', qualifier: 'Write', values: ['Present', 'Absent'] },
      Force: { type: 'bool', qualifier: 'Write' },
      Hex: { type: 'bool', qualifier: 'Write' },
      ValueData: { type: 'string[]', qualifier: 'Write' },
      ValueType: { type: 'string', qualifier: 'Write', values: ['String', 'Binary', 'DWord', 'QWord', 'MultiString', 'ExpandString'] },
    },
  },
};

/**
 * Parse errors a generated configuration may have on a machine without the resource modules: Windows PowerShell
 * reports Import-DscResource of a module that is not installed as ModuleNotFoundDuringParse ("Could not find the
 * module '<name>'"). Each must name a module the script imports. Any other parse error fails.
 */
export const ALLOWED_PARSE_ERRORS = ['ModuleNotFoundDuringParse'] as const;
