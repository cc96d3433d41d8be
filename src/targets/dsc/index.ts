/**
 * Target "dsc": PowerShell DSC artifacts.
 * - dsc/T1559Hardening.ps1: DSC v2 configuration script (Windows PowerShell 5.1), see ./configuration-script.ts;
 * - dsc/T1559Hardening.dsc.config.yaml: DSC v3 configuration document, see ./configuration-document.ts.
 * Each follows the plan's routes (dscV2, dscV3) and names in a comment what it does not carry.
 */
import type { Plan } from '../../model/plan.js';
import type { Artifact } from '../../model/artifact.js';
import { renderConfigurationDocument } from './configuration-document.js';
import { renderConfigurationScript } from './configuration-script.js';
import type { Target } from '../target.js';
import { dscReadme } from './readme.js';

export function renderDsc(plan: Plan): Artifact[] {
  return [renderConfigurationScript(plan), renderConfigurationDocument(plan)];
}

export const dscTarget: Target = { name: 'dsc', channels: ['dscV2', 'dscV3'], render: renderDsc, readme: dscReadme };
