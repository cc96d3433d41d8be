/**
 * Serialize the ADML (language resources) of an {@link AdmxDocument} (Group Policy ADMX schema,
 * PolicyDefinitionFiles.xsd `policyDefinitionResources`; docs/formats.md "ADMX / ADML"):
 * `displayName`, `description`, then `resources` with the `stringTable` and the `presentationTable`.
 *
 * Each policy with elements gets one presentation named after it, with one control per element in
 * element order: decimal -> decimalTextBox, text -> textBox, enum -> dropdownList, boolean -> checkBox,
 * list -> listBox, multiText -> multiTextBox. Defaults live here (ADML), not in the ADMX:
 * `decimalTextBox defaultValue`, `textBox/defaultValue`, `dropdownList defaultItem`,
 * `checkBox defaultChecked`. listBox and multiTextBox have no default in the schema.
 * comboBox is never used: Intune ADMX ingestion does not support it.
 */
import { create } from 'xmlbuilder2';
import { finishXml, xmlComment, xmlbuilderAttributes as A, xmlbuilderText as T } from '../../lib/xml.js';
import { checkAdmxDocument } from './admx-file.js';
import { ADMX_NAMESPACE, type AdmxDocument, type AdmxElement } from './model.js';
import { admlStrings, ids } from './string-ids.js';

type XMLBuilder = ReturnType<typeof create>;

export function serializeAdml(doc: AdmxDocument): string {
  checkAdmxDocument(doc);
  const xml = create({ version: '1.0', encoding: 'utf-8' });
  for (const c of doc.comments) xml.com(xmlComment(c));
  const root = xml.ele(ADMX_NAMESPACE, 'policyDefinitionResources', A({ revision: doc.revision, schemaVersion: '1.0' }));
  root.ele('displayName').txt(T(doc.displayName));
  root.ele('description').txt(T(doc.description));
  const resources = root.ele('resources');
  const table = resources.ele('stringTable');
  for (const [id, text] of admlStrings(doc)) {
    const s = table.ele('string', A({ id }));
    if (text !== '') s.txt(T(text));
  }
  const withElements = doc.policies.filter((p) => p.elements.length > 0);
  if (withElements.length > 0) {
    const presentations = resources.ele('presentationTable');
    for (const p of withElements) {
      const pres = presentations.ele('presentation', A({ id: ids.presentation(p.name) }));
      for (const e of p.elements) writeControl(pres, e);
    }
  }
  return finishXml(xml.end({ prettyPrint: true, indent: '  ', newline: '\n' })) + '\n';
}

function writeControl(parent: XMLBuilder, e: AdmxElement): void {
  switch (e.type) {
    case 'decimal':
      parent.ele('decimalTextBox', A({ refId: e.id, defaultValue: String(e.defaultValue) })).txt(T(e.label));
      return;
    case 'text': {
      const box = parent.ele('textBox', A({ refId: e.id }));
      box.ele('label').txt(T(e.label));
      if (e.defaultValue !== undefined && e.defaultValue !== '') box.ele('defaultValue').txt(T(e.defaultValue));
      return;
    }
    case 'enum':
      parent.ele('dropdownList', A({ refId: e.id, noSort: 'true', defaultItem: String(e.defaultItem) })).txt(T(e.label));
      return;
    case 'boolean':
      parent.ele('checkBox', A({ refId: e.id, defaultChecked: e.defaultChecked ? 'true' : 'false' })).txt(T(e.label));
      return;
    case 'list':
      parent.ele('listBox', A({ refId: e.id })).txt(T(e.label));
      return;
    case 'multiText':
      parent.ele('multiTextBox', A({ refId: e.id })).txt(T(e.label));
      return;
  }
}
