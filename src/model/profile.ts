/**
 * A profile: what an admin keeps in their own repo. It selects controls and their parameters,
 * Office versions, the GPO's name and domain, and which targets to build.
 * Parameter values are checked against each control's declared parameters at resolve time.
 */
import { z } from 'zod';
import { officeVersionSchema } from './control.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text that every artifact can carry: no control characters (line breaks and tabs only where allowed), no broken UTF-16. */
function portable(allowLineBreaks: boolean) {
  const controls = allowLineBreaks ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/;
  return (s: string, ctx: z.RefinementCtx) => {
    if (controls.test(s))
      ctx.addIssue({
        code: 'custom',
        message: allowLineBreaks ? 'no control characters (line breaks and tabs are fine)' : 'no control characters or line breaks',
      });
    if (LONE_SURROGATE.test(s)) ctx.addIssue({ code: 'custom', message: 'contains a broken character (an unpaired UTF-16 surrogate)' });
  };
}

/** How the Intune channel delivers what a Settings Catalog definition exists for (docs/formats.md "Intune Settings Catalog"). */
export const INTUNE_VEHICLE_CHOICES = ['settingsCatalog', 'customOmaUri'] as const;
export type IntuneVehicleChoice = (typeof INTUNE_VEHICLE_CHOICES)[number];

export const TARGET_NAMES = ['plan', 'pol', 'lgpo', 'gpo', 'admx', 'dsc', 'intune', 'detection', 'audit', 'report'] as const;
export const targetNameSchema = z.enum(TARGET_NAMES);
export type TargetName = z.infer<typeof targetNameSchema>;

export const controlSelectionSchema = z
  .object({
    parameters: z
      .record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a parameter name such as childProcesses (see `t1559 explain CONTROL`)'), z.unknown())
      .optional()
      .describe('Parameter values; see `t1559 explain CONTROL` for each one'),
    officeVersions: z.array(officeVersionSchema).min(1).optional().describe('Narrow the profile-wide Office versions for this control'),
  })
  .strict();

export const profileSchema = z
  .object({
    $schema: z.string().optional(),
    name: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/, 'use letters, digits, space, ".", "_" or "-" (at most 64 characters)')
      .describe('Profile name; seeds the deterministic GUIDs of the GPO backup'),
    description: z.string().max(1000).superRefine(portable(true)).default(''),
    officeVersions: z
      .array(officeVersionSchema)
      .min(1)
      .default(['16.0'])
      .refine((xs) => new Set(xs).size === xs.length, 'Office versions must be unique'),
    gpo: z
      .object({
        displayName: z.string().min(1).max(200).superRefine(portable(false)),
        domain: z
          .string()
          .regex(
            /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/,
            'a DNS domain name such as contoso.com',
          ),
        backupTime: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'UTC time like 2026-01-01T00:00:00Z')
          .refine(
            (t) => !Number.isNaN(Date.parse(t)) && new Date(t).toISOString().replace(/\.000Z$/, 'Z') === t,
            'not a real date and time (check month, day, hour, minute and second)',
          )
          .optional()
          .describe('Time recorded in the GPO backup; SOURCE_DATE_EPOCH overrides; default 2000-01-01T00:00:00Z'),
      })
      .strict()
      .default({ displayName: 'T1559 IPC hardening', domain: 'contoso.com' }),
    intune: z
      .object({
        vehicle: z
          .enum(INTUNE_VEHICLE_CHOICES)
          .default('settingsCatalog')
          .describe(
            'settingsCatalog: Settings Catalog policies (configurationPolicies) where a definition exists; customOmaUri: custom OMA-URI profiles and ADMX ingestion only',
          ),
      })
      .strict()
      .default({ vehicle: 'settingsCatalog' }),
    targets: z
      .array(targetNameSchema)
      .min(1)
      .refine((xs) => new Set(xs).size === xs.length, 'targets must be unique')
      .default([...TARGET_NAMES]),
    acknowledgeLockoutRisk: z
      .boolean()
      .default(false)
      .describe('Required to select a setting that can deny SYSTEM or Administrators local COM launch/activation'),
    controls: z
      .record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a control id such as word-dde-off (see `t1559 list`)'), controlSelectionSchema)
      .refine((c) => Object.keys(c).length > 0, 'select at least one control (see `t1559 list`, or start from `t1559 init`)')
      .describe('Selected controls by id, with their parameters'),
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;
