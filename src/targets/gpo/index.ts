/**
 * The Registry.pol / LGPO / GPO backup targets:
 * - renderPol  -> pol/{Machine,User}/Registry.pol   (LGPO.exe /m, /u; every registry operation)
 * - renderLgpo -> lgpo/{machine,user}.txt          (LGPO.exe /t; what LGPO text can express, the rest listed)
 * - renderGpo  -> gpo/manifest.xml + gpo/{BackupId}/...   (GPMC Import Settings, Import-GPO, Restore-GPO)
 * and planToPolEntries, the plan -> Registry.pol entry mapping they share.
 */
export { renderPol } from './registry-pol-files.js';
export { renderLgpo } from './lgpo-text-files.js';
export { renderGpo } from './gpo-backup.js';
export { planToPolEntries, type PolSelection } from '../../catalog/pol-entries.js';
