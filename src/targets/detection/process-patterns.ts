/**
 * The process and module patterns of T1559 abuse that hardening cannot stop on its own
 * (docs/domain.md "Monitoring T1559"): Office applications, Outlook and DCOM hosts starting shells and
 * script hosts, and Office loading VBA or the script COM servers. Each pattern names the controls it backs up;
 * SigmaHQ rules for similar patterns are named by id (their licence does not allow copying them).
 */
import type { TechniqueId } from '../../model/control.js';
import type { FieldMatch, SigmaLevel, RuleCategory } from './rule-model.js';

export interface ProcessPattern {
  slug: string;
  title: string;
  description: string;
  category: RuleCategory;
  techniques: TechniqueId[];
  /** Controls this pattern backs up (shown when the profile selects them). */
  backs: string[];
  selection: FieldMatch[];
  level: SigmaLevel;
  falsepositives: string[];
  references: string[];
  related: { id: string; title: string }[];
}

/** Office applications that host VBA, DDE and OLE content. */
export const OFFICE_IMAGES = [
  '\\WINWORD.EXE',
  '\\EXCEL.EXE',
  '\\POWERPNT.EXE',
  '\\OUTLOOK.EXE',
  '\\MSACCESS.EXE',
  '\\MSPUB.EXE',
  '\\ONENOTE.EXE',
  '\\VISIO.EXE',
];

/** Shells and script hosts a DDE field or a COM call starts to run the attacker's command. */
export const SHELL_IMAGES = [
  '\\cmd.exe',
  '\\powershell.exe',
  '\\pwsh.exe',
  '\\wscript.exe',
  '\\cscript.exe',
  '\\mshta.exe',
  '\\rundll32.exe',
  '\\regsvr32.exe',
];

const ATTACK_T1559_001 = 'https://attack.mitre.org/techniques/T1559/001/';
const ATTACK_T1559_002 = 'https://attack.mitre.org/techniques/T1559/002/';
const SYSMON = 'https://learn.microsoft.com/en-us/sysinternals/downloads/sysmon';
const COM_EMBEDDING = 'https://learn.microsoft.com/en-us/windows/win32/com/localserver';
const DDE_ADVISORY = 'https://msrc.microsoft.com/update-guide/vulnerability/ADV170021';

const shells: FieldMatch = { field: 'Image', match: 'endswith', values: SHELL_IMAGES };

export const PROCESS_PATTERNS: readonly ProcessPattern[] = [
  {
    slug: 'office-spawns-shell',
    title: 'Office application starts a shell or script host',
    description:
      'Word, Excel, PowerPoint, Outlook or another Office application started cmd, PowerShell, a script host, mshta, rundll32 or regsvr32: the way a DDE field (T1559.002) or a macro driving COM (T1559.001) runs its command.',
    category: 'process_creation',
    techniques: ['T1559.001', 'T1559.002'],
    backs: [
      'word-dde-off',
      'excel-dde-server-off',
      'office-links-no-auto-update',
      'powerpoint-run-programs',
      'office-automation-security',
      'asr-office-rules',
    ],
    selection: [{ field: 'ParentImage', match: 'endswith', values: OFFICE_IMAGES }, shells],
    level: 'high',
    falsepositives: ['Add-ins or macros of your own that start a script or command line on purpose (filter them by CommandLine)'],
    references: [ATTACK_T1559_001, ATTACK_T1559_002, DDE_ADVISORY],
    related: [{ id: '438025f9-5856-4663-83f7-52f878a70a50', title: 'Suspicious Microsoft Office Child Process' }],
  },
  {
    slug: 'dcom-mmc-spawns-shell',
    title: 'MMC started by DCOM starts a shell or script host',
    description:
      'mmc.exe started by COM (command line with -Embedding, as COM starts a local server) started a shell or script host: lateral movement through the MMC20.Application DCOM object (T1559.001).',
    category: 'process_creation',
    techniques: ['T1559.001'],
    backs: [
      'com-default-authentication',
      'dcom-activation-integrity',
      'dcom-machine-restrictions',
      'dcom-disable-remote',
      'com-appid-lockdown',
    ],
    selection: [
      { field: 'ParentImage', match: 'endswith', values: ['\\mmc.exe'] },
      { field: 'ParentCommandLine', match: 'contains', values: ['-Embedding'] },
      shells,
    ],
    level: 'high',
    falsepositives: ['Management tools that drive an MMC snap-in through COM and open a command line from it (rare)'],
    references: [ATTACK_T1559_001, COM_EMBEDDING],
    related: [{ id: '05a2ab7e-ce11-4b63-86db-ab32e763e11d', title: 'MMC Spawning Windows Shell' }],
  },
  {
    slug: 'dcom-dllhost-spawns-shell',
    title: 'COM surrogate (dllhost.exe) starts a shell or script host',
    description:
      'dllhost.exe, the process that hosts DLL COM servers for out-of-process and remote (DCOM) activation, started a shell or script host (T1559.001).',
    category: 'process_creation',
    techniques: ['T1559.001'],
    backs: [
      'com-default-authentication',
      'dcom-activation-integrity',
      'dcom-machine-restrictions',
      'dcom-disable-remote',
      'com-appid-lockdown',
    ],
    selection: [{ field: 'ParentImage', match: 'endswith', values: ['\\dllhost.exe'] }, shells],
    level: 'medium',
    falsepositives: ["COM servers of installed software that run a script (the parent's /Processid:{AppID} command line names the server)"],
    references: [ATTACK_T1559_001],
    related: [],
  },
  {
    slug: 'dcom-explorer-spawns-shell',
    title: 'Explorer starts a shell or script host (ShellWindows / ShellBrowserWindow DCOM)',
    description:
      'explorer.exe started a shell or script host. Remote calls to the ShellWindows or ShellBrowserWindow DCOM objects run commands this way (T1559.001), but so does every user who opens a command prompt: correlate with a network logon to the same host just before.',
    category: 'process_creation',
    techniques: ['T1559.001'],
    backs: [
      'com-default-authentication',
      'dcom-activation-integrity',
      'dcom-machine-restrictions',
      'dcom-disable-remote',
      'com-appid-lockdown',
    ],
    selection: [{ field: 'ParentImage', match: 'endswith', values: ['\\explorer.exe'] }, shells],
    level: 'low',
    falsepositives: [
      'Every shell or script a user starts from the Start menu, the desktop or File Explorer: alert only together with a network logon (Security event 4624, logon type 3) to the same host',
    ],
    references: [ATTACK_T1559_001],
    related: [],
  },
  {
    slug: 'office-loads-vba',
    title: 'Office application loads the VBA engine',
    description:
      'An Office application loaded VBE7.DLL or VBEUI.DLL: a document or add-in runs VBA, the usual client of COM automation in Office (T1559.001).',
    category: 'image_load',
    techniques: ['T1559.001'],
    backs: ['office-automation-security', 'office-signed-addins', 'office-trust-bar-alerts'],
    selection: [
      { field: 'Image', match: 'endswith', values: OFFICE_IMAGES },
      { field: 'ImageLoaded', match: 'endswith', values: ['\\VBE7.DLL', '\\VBEUI.DLL'] },
    ],
    level: 'low',
    falsepositives: ['Every document, template or add-in with macros that your users open'],
    references: [ATTACK_T1559_001, SYSMON],
    related: [{ id: 'e6ce8457-68b1-485b-9bdd-3c2b5d679aa9', title: 'VBA DLL Loaded Via Office Application' }],
  },
  {
    slug: 'office-loads-script-com',
    title: 'Office application loads the Windows Script Host or Scripting Runtime COM server',
    description:
      'An Office application loaded wshom.ocx (WScript.Shell) or scrrun.dll (Scripting.FileSystemObject): a macro creates these COM objects to run commands or write files (T1559.001).',
    category: 'image_load',
    techniques: ['T1559.001'],
    backs: ['office-automation-security', 'asr-office-rules', 'office-signed-addins'],
    selection: [
      { field: 'Image', match: 'endswith', values: OFFICE_IMAGES },
      { field: 'ImageLoaded', match: 'endswith', values: ['\\wshom.ocx', '\\scrrun.dll'] },
    ],
    level: 'medium',
    falsepositives: ['Macros and add-ins that use the FileSystemObject for ordinary file work'],
    references: [ATTACK_T1559_001, SYSMON],
    related: [],
  },
];
