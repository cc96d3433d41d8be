/**
 * The Registry.pol / LGPO / GPO backup targets:
 * - pol  -> pol/{Machine,User}/Registry.pol   (LGPO.exe /m, /u; every registry operation)
 * - lgpo -> lgpo/{machine,user}.txt          (LGPO.exe /t; what LGPO text can express, the rest listed)
 * - gpo  -> gpo/manifest.xml + gpo/{BackupId}/...   (GPMC Import Settings, Import-GPO, Restore-GPO)
 */
import type { Target } from '../target.js';
import { renderGpo } from './gpo-backup.js';
import { renderLgpo } from './lgpo-text-files.js';
import { gpoReadme, lgpoReadme, polReadme } from './readme.js';
import { renderPol } from './registry-pol-files.js';

export const gpoTarget: Target = { name: 'gpo', channels: ['gpo'], render: renderGpo, readme: gpoReadme };
export const polTarget: Target = { name: 'pol', channels: [], render: renderPol, readme: polReadme };
export const lgpoTarget: Target = { name: 'lgpo', channels: [], render: renderLgpo, readme: lgpoReadme };

export { renderGpo, renderLgpo, renderPol };
export { planToPolEntries, type PolSelection } from '../../plan-readers/pol-entries.js';
