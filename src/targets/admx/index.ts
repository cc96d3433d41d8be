/**
 * Target "admx": the T1559 administrative template for GPMC / the Group Policy Central Store,
 * `admx/T1559.admx` and `admx/en-US/T1559.adml` (docs/formats.md "ADMX / ADML").
 *
 * Bytes: UTF-8 with an XML declaration, no BOM, CRLF line ends - what Microsoft ships for the Office
 * templates this one sits beside (word16.admx etc.). GPMC reads LF too (the XML parser normalises line
 * ends), but a BOM-less UTF-8 text is also what Intune ADMX ingestion takes as the OMA-URI string value,
 * where a BOM would be a stray character before `<?xml`.
 */
import type { Plan } from '../../model/plan.js';
import { textArtifact, type Artifact } from '../../model/artifact.js';
import type { Target } from '../target.js';
import { admxReadme } from './readme.js';
import { serializeAdml } from './adml-file.js';
import { serializeAdmx } from './admx-file.js';
import { buildT1559Admx } from './t1559-template.js';

export { buildT1559Admx, type AdmxBuild, type T1559AdmxOptions } from './t1559-template.js';
export { serializeAdmx } from './admx-file.js';
export { serializeAdml } from './adml-file.js';
export type * from './model.js';

export const T1559_ADMX_NAMESPACE = 'T1559.Policies.InterProcessCommunication';
export const T1559_ADMX_PREFIX = 't1559';
export const ADMX_FILE = 'admx/T1559.admx';
export const ADML_FILE = 'admx/en-US/T1559.adml';

/**
 * Render the template: parameters become elements whose defaults are the plan's values, and the explain
 * texts carry each control's rationale, references and ATT&CK ids.
 */
export function renderAdmx(plan: Plan): Artifact[] {
  const { document } = buildT1559Admx(plan, { namespace: T1559_ADMX_NAMESPACE, prefix: T1559_ADMX_PREFIX });
  return [
    textArtifact(ADMX_FILE, serializeAdmx(document), { crlf: true }),
    textArtifact(ADML_FILE, serializeAdml(document), { crlf: true }),
  ];
}

export const admxTarget: Target = { name: 'admx', channels: ['admx'], render: renderAdmx, readme: admxReadme };
