/**
 * Element and field names of the Sysmon configuration schema 4.90 (Sysmon 15, binaryversion 18), written for
 * the tests from the manifest `Sysmon -s` prints, as published in darkoperator/vscode-sysmon
 * schema/manifests/windows/sysmon-4.90.xml (events 1, 7, 12-14 and the <filters> list). Only what the
 * detection fragment uses is listed; docs/formats.md "Sysmon configuration".
 */
export const SYSMON_SCHEMA = {
  version: '4.90',
  filters: ['is', 'is not', 'contains', 'contains any', 'is any', 'contains all', 'excludes', 'excludes any', 'excludes all', 'begin with', 'not begin with', 'end with', 'not end with', 'less than', 'more than', 'image'],
  events: {
    ProcessCreate: { ids: [1], fields: ['RuleName', 'UtcTime', 'ProcessGuid', 'ProcessId', 'Image', 'FileVersion', 'Description', 'Product', 'Company', 'OriginalFileName', 'CommandLine', 'CurrentDirectory', 'User', 'LogonGuid', 'LogonId', 'TerminalSessionId', 'IntegrityLevel', 'Hashes', 'ParentProcessGuid', 'ParentProcessId', 'ParentImage', 'ParentCommandLine', 'ParentUser'] },
    ImageLoad: { ids: [7], fields: ['RuleName', 'UtcTime', 'ProcessGuid', 'ProcessId', 'Image', 'ImageLoaded', 'FileVersion', 'Description', 'Product', 'Company', 'OriginalFileName', 'Hashes', 'Signed', 'Signature', 'SignatureStatus', 'User'] },
    RegistryEvent: { ids: [12, 13, 14], fields: ['RuleName', 'EventType', 'UtcTime', 'ProcessGuid', 'ProcessId', 'Image', 'TargetObject', 'Details', 'NewName', 'User'] },
  },
} as const;
