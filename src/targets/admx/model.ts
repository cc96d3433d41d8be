/**
 * A small in-memory model of one ADMX file and its ADML (Group Policy "ADMX/ADML schema", namespace
 * http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions; docs/formats.md "ADMX / ADML").
 *
 * The model holds literal texts (display names, explain texts, labels); the serializers
 * (admx-file.ts, adml-file.ts) give them string ids, so every `$(string.X)` and `$(presentation.X)` they
 * write resolves by construction. Ids of categories, policies and elements are part of the model because
 * other channels address them: Intune ADMX ingestion names a policy
 * `{AppName}~Policy~{category names root to leaf}/{policy name}` and an element value `<data id="ELEMENT">`.
 */

/** A registry value as ADMX writes it: `decimal` is REG_DWORD, `string` REG_SZ (at most 255 characters), `delete` removes the value. */
export type AdmxValue = { kind: 'decimal'; value: number } | { kind: 'string'; value: string } | { kind: 'delete' };

/** One item of an `enabledList`/`disabledList`/`valueList`: a value at its own key. */
export interface AdmxValueItem {
  key: string;
  valueName: string;
  value: AdmxValue;
}

interface ElementBase {
  /** `[A-Za-z0-9_]+`, unique within the policy; also the Intune ingestion `<data id>`. */
  id: string;
  key: string;
  /** Label of the presentation control (ADML). */
  label: string;
}

export interface AdmxDecimalElement extends ElementBase {
  type: 'decimal';
  valueName: string;
  minValue: number;
  maxValue: number;
  /** Write REG_SZ instead of REG_DWORD. */
  storeAsText?: boolean;
  required?: boolean;
  /** decimalTextBox defaultValue. */
  defaultValue: number;
}

export interface AdmxTextElement extends ElementBase {
  type: 'text';
  valueName: string;
  maxLength: number;
  /** Write REG_EXPAND_SZ instead of REG_SZ. */
  expandable?: boolean;
  required?: boolean;
  /** textBox defaultValue. */
  defaultValue?: string;
}

export interface AdmxEnumItem {
  label: string;
  value: AdmxValue;
  /** More values written when this item is chosen. */
  valueList?: AdmxValueItem[];
}

export interface AdmxEnumElement extends ElementBase {
  type: 'enum';
  valueName: string;
  items: AdmxEnumItem[];
  required?: boolean;
  /** dropdownList defaultItem (0-based). */
  defaultItem: number;
}

export interface AdmxBooleanElement extends ElementBase {
  type: 'boolean';
  valueName: string;
  trueValue: AdmxValue;
  falseValue: AdmxValue;
  trueList?: AdmxValueItem[];
  falseList?: AdmxValueItem[];
  /** checkBox defaultChecked. */
  defaultChecked: boolean;
}

export interface AdmxListElement extends ElementBase {
  type: 'list';
  valuePrefix?: string;
  additive?: boolean;
  expandable?: boolean;
  explicitValue?: boolean;
}

export interface AdmxMultiTextElement extends ElementBase {
  type: 'multiText';
  valueName: string;
  required?: boolean;
  maxLength?: number;
  maxStrings?: number;
}

export type AdmxElement =
  | AdmxDecimalElement
  | AdmxTextElement
  | AdmxEnumElement
  | AdmxBooleanElement
  | AdmxListElement
  | AdmxMultiTextElement;

export interface AdmxPolicy {
  /** `[A-Za-z0-9_]+`, unique in the file. */
  name: string;
  class: 'Machine' | 'User' | 'Both';
  displayName: string;
  explainText: string;
  /** Category name (in this file). */
  category: string;
  /** supportedOn definition name (in this file). */
  supportedOn: string;
  key: string;
  valueName?: string;
  enabledValue?: AdmxValue;
  disabledValue?: AdmxValue;
  enabledList?: AdmxValueItem[];
  disabledList?: AdmxValueItem[];
  elements: AdmxElement[];
}

export interface AdmxCategory {
  name: string;
  displayName: string;
  explainText?: string;
  /** Parent category name in this file; none for a top-level category. */
  parent?: string;
}

export interface AdmxSupportedOn {
  name: string;
  displayName: string;
}

export interface AdmxDocument {
  target: { prefix: string; namespace: string };
  using: { prefix: string; namespace: string }[];
  /** `major.minor`, used for revision, schema resources minRequiredRevision and the ADML revision. */
  revision: string;
  /** ADML displayName and description. */
  displayName: string;
  description: string;
  /** XML comments written before the root element of both files (already plain text; made safe when written). */
  comments: string[];
  /** XML comments written only in the ADMX (e.g. what the template leaves out). */
  admxComments: string[];
  supportedOn: AdmxSupportedOn[];
  categories: AdmxCategory[];
  policies: AdmxPolicy[];
}

export const ADMX_NAMESPACE = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
export const ADMX_ID = /^[A-Za-z0-9_]+$/;
/** `Value/string` is limited to 255 characters by the schema. */
export const ADMX_STRING_VALUE_MAX = 255;
