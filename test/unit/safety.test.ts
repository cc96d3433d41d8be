/**
 * The lockout guard on the real catalog: descriptors that deny SYSTEM or Administrators (directly
 * or through a group they belong to) local launch are refused unless acknowledged.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadCatalog } from '../../src/catalog/load.js';
import { resolvePlan } from '../../src/catalog/resolve.js';
import { profileSchema } from '../../src/model/profile.js';
import { UserError } from '../../src/lib/errors.js';

const catalog = loadCatalog();
const APPID = '{00020812-0000-0000-C000-000000000046}';

const CASES: [string, { controls: Record<string, unknown>; refused: RegExp | null }][] = [
  [
    'policy SDDL denying Administrators local launch',
    {
      controls: { 'dcom-machine-restrictions': { parameters: { launchSddl: 'O:BAG:BAD:(D;;CCDCSW;;;BA)(A;;CCDCLCSWRP;;;WD)' } } },
      refused: /MachineLaunchRestriction denies Administrators local launch/,
    },
  ],
  [
    'binary default permission denying SYSTEM',
    {
      controls: { 'com-default-permissions': { parameters: { launchSddl: 'O:BAG:BAD:(D;;CC;;;SY)(A;;CCDCLCSWRP;;;BA)' } } },
      refused: /DefaultLaunchPermission denies SYSTEM/,
    },
  ],
  [
    'AppID denying Everyone local activation',
    {
      controls: {
        'com-appid-lockdown': {
          parameters: { appIds: [{ appId: APPID, launchSddl: 'O:BAG:BAD:(D;;SW;;;WD)(A;;CCDCLCSWRP;;;BA)(A;;CCDCSW;;;SY)' }] },
        },
      },
      refused: /LaunchPermission denies SYSTEM local launch or activation \(local activation: denied by the ACE for WD/,
    },
  ],
  [
    'an allow list without SYSTEM and Administrators (implicit deny)',
    {
      controls: { 'dcom-machine-restrictions': { parameters: { launchSddl: 'O:BAG:BAD:(A;;CCDCLCSWRP;;;PS)' } } },
      refused: /denies SYSTEM local launch or activation \(local launch: no ACE grants it/,
    },
  ],
  [
    'an empty DACL',
    {
      controls: { 'com-default-permissions': { parameters: { launchSddl: 'O:BAG:BAD:' } } },
      refused: /denies Administrators local launch or activation \(local launch: no ACE grants it/,
    },
  ],
  [
    'a deny with generic rights',
    {
      controls: { 'com-default-permissions': { parameters: { launchSddl: 'O:BAG:BAD:(D;;GA;;;WD)(A;;CCDCLCSWRP;;;BA)(A;;CCDCSW;;;SY)' } } },
      refused: /denied by the ACE for WD/,
    },
  ],
  [
    'an object deny ACE',
    {
      controls: {
        'com-default-permissions': { parameters: { launchSddl: 'O:BAG:BAD:(OD;;CC;;;WD)(A;;CCDCLCSWRP;;;BA)(A;;CCDCSW;;;SY)' } },
      },
      refused: /denied by the ACE for WD/,
    },
  ],
  [
    'legacy EXECUTE-only grant is a full grant',
    { controls: { 'com-default-permissions': { parameters: { launchSddl: 'O:BAG:BAD:(A;;CC;;;BA)(A;;CC;;;SY)' } } }, refused: null },
  ],
  [
    'a NULL DACL lets everyone launch',
    { controls: { 'com-default-permissions': { parameters: { launchSddl: 'O:BAG:BAD:NO_ACCESS_CONTROL' } } }, refused: null },
  ],
  [
    'a grant after the deny does not help (first decision wins)',
    {
      controls: { 'com-default-permissions': { parameters: { launchSddl: 'O:BAG:BAD:(D;;DC;;;BA)(A;;CCDCLCSWRP;;;BA)(A;;CCDCSW;;;SY)' } } },
      refused: /denies SYSTEM local launch or activation \(local launch: denied by the ACE for BA/,
    },
  ],
  [
    'deny of remote launch only is fine',
    {
      controls: {
        'dcom-machine-restrictions': { parameters: { launchSddl: 'O:BAG:BAD:(D;;LCRP;;;WD)(A;;CCDCLCSWRP;;;BA)(A;;CCDCSW;;;WD)' } },
      },
      refused: null,
    },
  ],
  ['shipped defaults are fine', { controls: { 'dcom-machine-restrictions': {}, 'com-default-permissions': {} }, refused: null }],
];

for (const [name, { controls, refused }] of CASES) {
  test(`lockout guard: ${name}`, () => {
    const run = (ack: boolean) =>
      resolvePlan(catalog, profileSchema.parse({ name: 't', controls, acknowledgeLockoutRisk: ack }), { file: 'p.json' });
    if (!refused) {
      run(false);
      return;
    }
    try {
      run(false);
      assert.unreachable('should be refused');
    } catch (err) {
      assert.instance(err, UserError);
      const text = (err as UserError).render();
      assert.match(text, refused);
      assert.match(text, /acknowledgeLockoutRisk/);
    }
    assert.ok(run(true).operations.length > 0, 'acknowledged profiles resolve');
  });
}

test.run();
