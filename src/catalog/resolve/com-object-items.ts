/**
 * Items of an objectList that names known COM objects (com-appid-lockdown): `"object": "MMC20.Application"`
 * becomes that object's AppID in the key field, and a known CLSID typed as the AppID is refused with the right
 * AppID, because COM never reads a security key written under a CLSID (docs/domain.md "Known COM objects").
 */
import type { ParameterSpec } from '../../model/parameter.js';
import { KNOWN_COM_OBJECTS, comObjectByName, comObjectMistakenClsid, sameGuid } from '../com-objects.js';

type ObjectListSpec = Extract<ParameterSpec, { type: 'objectList' }>;

/**
 * The items with the key field filled from the named object, or undefined after reporting each problem
 * (path relative to the parameter). Values that are not lists of objects are left to the schema.
 */
export function resolveComObjectItems(
  spec: ObjectListSpec,
  value: unknown,
  report: (path: PropertyKey[], message: string) => void,
): unknown {
  const field = spec.comObjectField;
  if (!field || !Array.isArray(value)) return value;
  const keyField = spec.key;
  let ok = true;
  const out = value.map((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const given = item as Record<string, unknown>;
    const name = given[field];
    const appId = given[keyField];
    if (typeof name === 'string') {
      const known = comObjectByName(name);
      if (!known) {
        report(
          [i, field],
          `unknown COM object "${name}" (known: ${KNOWN_COM_OBJECTS.map((o) => o.name).join(', ')}); give its AppID in "${keyField}" instead`,
        );
        ok = false;
        return item;
      }
      if (!known.appId) {
        report(
          [i, field],
          `no source available to this tool confirms the AppID of ${known.name}: read the value AppID under HKCR\\CLSID\\${known.clsid} on a reference machine and give it in "${keyField}" instead of "${field}"`,
        );
        ok = false;
        return item;
      }
      if (typeof appId === 'string' && !sameGuid(appId, known.appId)) {
        report([i, keyField], `${keyField} ${appId} is not the AppID of ${known.name} (${known.appId}); give one of them, not both`);
        ok = false;
        return item;
      }
      return { ...given, [keyField]: known.appId };
    }
    if (typeof appId === 'string') {
      const clsid = comObjectMistakenClsid(appId);
      if (clsid) {
        report(
          [i, keyField],
          `${appId} is the CLSID of ${clsid.name}, not an AppID: COM reads its permissions from AppID ${clsid.appId} (HKLM\\SOFTWARE\\Classes\\AppID\\${clsid.appId}); write "${keyField}": "${clsid.appId}" or "${field}": "${clsid.name}"`,
        );
        ok = false;
      }
    } else if (appId === undefined) {
      report([i], `give "${keyField}" (the AppID GUID) or "${field}" (a known COM object name)`);
      ok = false;
    }
    return item;
  });
  return ok ? out : undefined;
}
