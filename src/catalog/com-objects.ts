/**
 * COM objects attackers use for execution and DCOM lateral movement (T1559.001, T1021.003), so a profile can
 * name them in com-appid-lockdown (`"object": "MMC20.Application"`) instead of typing GUIDs, and so a CLSID
 * given where an AppID belongs is refused: COM reads launch and access permissions only from
 * HKLM\SOFTWARE\Classes\AppID\{AppID}, so a key written under a CLSID is never read
 * (docs/domain.md "Known COM objects").
 *
 * Microsoft does not publish a list of abused objects; the CLSID -> AppID pairs below are the values the cited
 * research and public tooling record (each checked against at least one of them). An object whose AppID no
 * source available to this project confirms carries `appId: undefined`: naming it is refused with the CLSID
 * to look up on a reference machine (HKCR\CLSID\{clsid}, value AppID).
 */

export interface KnownComObject {
  /** The name a profile uses (the ProgID where there is one). */
  name: string;
  clsid: string;
  /** The AppID COM reads the object's security from; undefined when no available source confirms it. */
  appId?: string;
  /** The process that hosts the object when it is activated. */
  host: string;
  /** Why attackers use it, with the source. */
  use: string;
}

export const KNOWN_COM_OBJECTS: readonly KnownComObject[] = [
  {
    name: 'MMC20.Application',
    clsid: '{49B2791A-B1AE-4C90-9B8E-E860BA07F889}',
    appId: '{7E0423CD-1119-0928-900C-E6D4A52A0715}',
    host: 'mmc.exe',
    use: 'Document.ActiveView.ExecuteShellCommand runs a command on the remote host (enigma0x3, "Lateral Movement using the MMC20.Application COM Object", 2017; MITRE ATT&CK T1021.003)',
  },
  {
    name: 'ShellWindows',
    clsid: '{9BA05972-F6A8-11CF-A442-00A0C90A8F39}',
    appId: '{9BA05972-F6A8-11CF-A442-00A0C90A8F39}',
    host: 'explorer.exe (the running shell)',
    use: 'Item().Document.Application.ShellExecute runs a command as the interactive user (enigma0x3, "Lateral Movement via DCOM: Round 2", 2017; MITRE ATT&CK T1021.003)',
  },
  {
    name: 'ShellBrowserWindow',
    clsid: '{C08AFD90-F2A1-11D1-8455-00A0C91F3880}',
    appId: '{C08AFD90-F2A1-11D1-8455-00A0C91F3880}',
    host: 'explorer.exe (the running shell)',
    use: 'Document.Application.ShellExecute runs a command (enigma0x3, "Lateral Movement via DCOM: Round 2", 2017; MITRE ATT&CK T1021.003)',
  },
  {
    name: 'Excel.Application',
    clsid: '{00024500-0000-0000-C000-000000000046}',
    appId: '{00020812-0000-0000-C000-000000000046}',
    host: 'excel.exe',
    use: 'DDEInitiate, RegisterXLL, ExecuteExcel4Macro and ActivateMicrosoftApp run code through a remotely started Excel (enigma0x3, "Lateral Movement using Excel.Application and DCOM", 2017; Cybereason, "Leveraging Excel DDE for lateral movement via DCOM", 2017)',
  },
  {
    name: 'Word.Application',
    clsid: '{000209FF-0000-0000-C000-000000000046}',
    appId: '{00020906-0000-0000-C000-000000000046}',
    host: 'winword.exe',
    use: 'Documents.Open / Run of a macro in a remotely started Word (MITRE ATT&CK T1021.003, T1559.001); AppID shown by dcomcnfg as "Microsoft Word 97 - 2003 Document"',
  },
  {
    name: 'Outlook.Application',
    clsid: '{0006F03A-0000-0000-C000-000000000046}',
    host: 'outlook.exe',
    use: 'CreateObject("Shell.Application") and script execution through Outlook (MITRE ATT&CK T1021.003 names Outlook.Application); its AppID is not confirmed by a source available to this project',
  },
  {
    name: 'InternetExplorer.Application',
    clsid: '{0002DF01-0000-0000-C000-000000000046}',
    host: 'iexplore.exe',
    use: 'Navigate / Document.Application.ShellExecute (Cybereason, "New lateral movement techniques abuse DCOM technology", 2018); its AppID is not confirmed by a source available to this project',
  },
];

const canonical = (guid: string) => guid.replace(/^\{|\}$/g, '').toUpperCase();

/** The known object with this name (case-insensitive). */
export function comObjectByName(name: string): KnownComObject | undefined {
  const n = name.toLowerCase();
  return KNOWN_COM_OBJECTS.find((o) => o.name.toLowerCase() === n);
}

/** A known object whose CLSID is this GUID but whose AppID differs: the GUID was given where an AppID belongs. */
export function comObjectMistakenClsid(guid: string): KnownComObject | undefined {
  const g = canonical(guid);
  return KNOWN_COM_OBJECTS.find((o) => canonical(o.clsid) === g && o.appId !== undefined && canonical(o.appId) !== g);
}

/** Whether two GUIDs are the same, braces and case aside. */
export function sameGuid(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}
