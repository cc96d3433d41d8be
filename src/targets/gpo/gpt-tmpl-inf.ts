/**
 * The GPO security template `DomainSysvol/GPO/Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf` ([MS-GPSB]
 * "Group Policy: Security Protocol Extension", the security template file and its [Registry Values] section), for the operations the GPO channel routes
 * to `securityTemplate` (Security Options such as "DCOM: Machine Access Restrictions in SDDL syntax").
 *
 * Layout as in GPMC's files (the certificates sample): UTF-16LE with BOM, CRLF, `[Unicode]` `Unicode=yes`,
 * `[Version]` `signature="$CHICAGO$"` `Revision=1`, then `[Registry Values]` with one line per value:
 * `MACHINE\<key>\<value name>=<type>,<data>` where type is the registry type number and REG_SZ data is in double
 * quotes (a `"` inside is doubled, INF string syntax), e.g.
 * `MACHINE\Software\Policies\Microsoft\Windows NT\DCOM\MachineAccessRestriction=1,"O:BAG:BAD:(A;;CCDCLC;;;WD)"`.
 * REG_DWORD data is decimal (`4,1`); REG_MULTI_SZ is `7,` followed by the strings separated by commas.
 * No `;` comment lines: GPMC never writes them, the [MS-GPSB] 2.2 grammar has no comment production, and
 * other readers (Samba's security-template parser) take them for extra registry values. Each value's
 * control, mitigation and techniques are in gpreport.xml and the bundle README instead.
 *
 * A security template only sets machine values (no User scope) and cannot delete values, nor carry REG_BINARY
 * or REG_QWORD; reaching this writer with such an operation is a routing error (src/catalog/routes.ts) and
 * raises an InternalError instead of being dropped.
 */
import type { Plan, RegistryOperation } from '../../model/plan.js';
import { InternalError } from '../../lib/errors.js';

/** The registry operations routed to the security template (machine side only). */
export function securityTemplateOperations(plan: Plan): RegistryOperation[] {
  return plan.operations.filter((op): op is RegistryOperation => op.type === 'registry' && op.routes.gpo.via === 'securityTemplate');
}

const GPSB_KEY = /^[\x20\x21\x23-\x5b\x5d-\x7e]+$/;

function infString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** `1,"..."`, `4,1`, ... for one value, or an InternalError for what a template cannot carry. */
export function registryValueLine(op: RegistryOperation): string {
  const fail = (why: string): never => {
    throw new InternalError(
      `operation ${op.id} is routed to the GPO security template, which ${why}; fix its route in src/catalog/routes.ts`,
    );
  };
  if (op.scope !== 'Machine') fail('only holds machine settings');
  if (op.action !== 'set' || !op.value) fail(`cannot express "${op.action}"`);
  // [MS-GPSB] 2.2.5: KeyName = Key *("\" Key), Key = 1*IdCharacter, IdCharacter = %x20-21 / %x23-5B / %x5D-7E.
  if (![...op.key.split('\\'), op.valueName].every((k) => GPSB_KEY.test(k)))
    fail('only holds printable ASCII key and value names without `"`');
  const v = op.value!;
  let data: string;
  switch (v.type) {
    case 'REG_SZ':
      data = `1,${infString(v.data)}`;
      break;
    case 'REG_EXPAND_SZ':
      data = `2,${infString(v.data)}`;
      break;
    case 'REG_DWORD':
      data = `4,${v.data}`;
      break;
    case 'REG_MULTI_SZ':
      data = `7,${v.data.map((s) => (/[,"\s]/.test(s) ? infString(s) : s)).join(',')}`;
      break;
    default:
      return fail(`has no form for ${v.type}`);
  }
  if (/[\r\n]/.test(data)) fail('cannot hold a line break in a value');
  return `MACHINE\\${op.key}\\${op.valueName}=${data}`;
}

/** The GptTmpl.inf text (LF line ends; the caller writes CRLF), or undefined when nothing is routed here. */
export function gptTmplInf(plan: Plan): string | undefined {
  const ops = securityTemplateOperations(plan);
  if (ops.length === 0) return undefined;
  const lines = [
    '[Unicode]',
    'Unicode=yes',
    '[Version]',
    'signature="$CHICAGO$"',
    'Revision=1',
    '[Registry Values]',
    ...ops.map(registryValueLine),
  ];
  return `${lines.join('\n')}\n`;
}
