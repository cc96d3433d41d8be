/**
 * report.html: structure (one section per mitigation present, one card per control, matrix rows = controls),
 * self-containment (no script, no subresource), and escaping of every string from a hostile synthetic plan.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderReportHtmlText } from '../../src/targets/report/html.js';
import { bundleOf } from '../../src/targets/index.js';
import { escapeHtml } from '../../src/lib/html-escape.js';
import { renderReport } from '../../src/targets/report/index.js';
import { planFromProfile } from '../../src/build.js';
import { CHANNELS, type Plan } from '../../src/model/plan.js';
import { control, fallback, notCarried, settingOf, syntheticPlan } from '../helpers/plan-builder.js';

const XSS = '<script>alert(1)</script>';
const QUOTES = `"dq" & 'sq'`;
const EMOJI = '\u{1F600}';
const HOSTILE = `${XSS} ${QUOTES} ${EMOJI} </style> --> \u2028`;

function hostilePlan(): Plan {
  return syntheticPlan(
    [
      settingOf('ctl-one/a', ['ctl-one'], {
        title: `Setting ${HOSTILE}`,
        key: `Software\\Policies\\${XSS}`,
        valueName: `name ${QUOTES}`,
        value: { type: 'REG_SZ', data: HOSTILE },
        admx: {
          file: 'word16',
          policy: 'L_X',
          displayName: `Display ${XSS}`,
          state: 'Enabled',
          path: `Path ${XSS}`,
          setting: `Enabled ${QUOTES}`,
        },
        routes: { dscV3: notCarried(`reason ${XSS}`) },
      }),
      settingOf('ctl-two/b', ['ctl-two', 'ctl-one'], {
        scope: 'Machine',
        kind: 'preference',
        key: 'SOFTWARE\\Microsoft\\Ole',
        valueName: 'DefaultLaunchPermission',
        value: { type: 'REG_BINARY', data: '0100' },
        sddl: `O:BAG:BAD:(A;;CCDC;;;${XSS})`,
        routes: { admx: notCarried('no binary'), intune: fallback(`fallback ${QUOTES}`) },
      }),
    ],
    {
      controls: [
        control('ctl-one', {
          title: `One ${HOSTILE}`,
          mitigation: 'M1042',
          parameters: { [`p${XSS}`]: `v ${HOSTILE}`, list: [HOSTILE] },
          summary: `summary ${HOSTILE}`,
          rationale: `rationale ${HOSTILE}`,
          impactNote: `impact ${HOSTILE}`,
          references: [
            { title: `ref ${HOSTILE}`, url: 'https://learn.microsoft.com/a?b=1&c="x"' },
            { title: 'evil', url: 'javascript:alert(1)' },
            { title: 'data', url: 'data:text/html,<script>alert(1)</script>' },
          ],
        }),
        control('ctl-two', {
          title: `Two ${HOSTILE}`,
          mitigation: 'M1026',
          techniques: ['T1559.001'],
          lockoutRisk: true,
          tier: 'optIn',
          impact: 'high',
          optInReason: `opt-in ${HOSTILE}.`,
          references: [],
        }),
        control('ctl-three', { title: 'Three', mitigation: 'M1026', techniques: ['T1559'], confirmed: false, tier: 'optIn' }),
      ],
      profile: { name: `prof ${HOSTILE}`, description: `desc ${HOSTILE}` },
      gpo: { displayName: `gpo ${HOSTILE}`, domain: 'contoso.com', backupTime: '2000-01-01T00:00:00Z' },
    },
  );
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
const VOID = new Set(['meta', 'br', 'col', 'wbr', 'hr']);
const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'header',
  'div',
  'h1',
  'h2',
  'h3',
  'p',
  'span',
  'b',
  'nav',
  'a',
  'main',
  'section',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'colgroup',
  'col',
  'article',
  'code',
  'br',
  'footer',
]);

/** Every tag is known and the non-void ones are balanced and properly nested. */
function checkTags(html: string): void {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE html>/, '')
    .replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*>/g)) {
    const [, close, name] = m as unknown as [string, string, string];
    const tag = name.toLowerCase();
    assert.ok(ALLOWED_TAGS.has(tag), `unexpected tag <${tag}>`);
    if (VOID.has(tag)) continue;
    if (close) assert.is(stack.pop(), tag, `misnested </${tag}>`);
    else stack.push(tag);
  }
  assert.equal(stack, [], 'unclosed tags');
}

/** No script and nothing the page would load by itself. */
function checkSelfContained(html: string): void {
  assert.not.match(html, /<script/i);
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) assert.not.match(tag, /\son[a-z]+\s*=/i, `event handler attribute in ${tag}`);
  assert.not.match(html, /<(link|img|iframe|object|embed|audio|video|source|base|form)\b/i);
  assert.not.match(html, /\ssrc\s*=/i);
  assert.not.match(html, /url\(/i);
  assert.not.match(html, /@import/i);
  for (const m of html.matchAll(/\shref="([^"]*)"/g)) assert.match(m[1]!, /^(#[a-z0-9-]+|https?:\/\/)/, `href ${m[1]}`);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/);
}

test('hostile strings are escaped everywhere', () => {
  const html = renderReportHtmlText(hostilePlan(), bundleOf(hostilePlan(), hostilePlan().profile.targets));
  checkSelfContained(html);
  checkTags(html);
  assert.not.ok(html.includes(XSS), 'raw script tag');
  assert.not.ok(html.includes(QUOTES), 'raw quotes and ampersand');
  assert.not.ok(html.includes('</style> '), 'raw style end');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&quot;dq&quot; &amp; &#39;sq&#39;'));
  assert.ok(html.includes(EMOJI), 'non-BMP characters are kept');
  // Every hostile field reached the page, escaped.
  for (const field of [
    'prof ',
    'desc ',
    'gpo ',
    'One ',
    'Two ',
    'Setting ',
    'summary ',
    'rationale ',
    'impact ',
    'opt-in ',
    'ref ',
    'v ',
    'reason ',
  ]) {
    assert.ok(html.includes(`${field}&lt;script&gt;`), `${field} not shown escaped`);
  }
  assert.ok(html.includes('pp&lt;script&gt;') || html.includes('p&lt;script&gt;alert(1)&lt;/script&gt;'), 'parameter name escaped');
  assert.ok(html.includes('O:BAG:BAD:(A;;CCDC;;;&lt;script&gt;'), 'SDDL shown escaped');
  assert.ok(html.includes('Path &lt;script&gt;'), 'official policy escaped');
  assert.ok(html.includes('fallback &quot;dq&quot;'), 'fallback reason escaped');
  // The comment header cannot be closed early by the profile name.
  const header = html.split('\n')[1]!;
  assert.match(header, /^<!-- generated by t1559 0\.0\.0-test from profile prof /);
  assert.is(count(header, /-->/g), 1);
  // References: https linked, anything else shown as text only.
  assert.ok(html.includes('<a href="https://learn.microsoft.com/a?b=1&amp;c=%22x%22" rel="noopener noreferrer">ref &lt;script&gt;'));
  assert.not.match(html, /href="(javascript|data):/i);
  assert.ok(html.includes('evil <span class="small">(javascript:alert(1))</span>'));
});

test('structure: one section per mitigation present, one card per control, one matrix row per control', () => {
  const p = hostilePlan();
  const html = renderReportHtmlText(p, bundleOf(p, p.profile.targets));
  assert.is(count(html, /<section id="mitigation-/g), 2, 'M1042 and M1026');
  assert.ok(html.indexOf('id="mitigation-m1042"') < html.indexOf('id="mitigation-m1026"'), 'ATT&CK order of mitigations');
  assert.is(count(html, /<article class="card/g), p.controls.length);
  const tbody = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  assert.is(count(tbody, /<tr>/g), p.controls.length);
  assert.is(count(tbody, /<td class="cell s-/g), p.controls.length * CHANNELS.length);
  for (const c of p.controls) assert.ok(html.includes(`id="control-${c.id}"`), c.id);
  // Text labels next to the colours, and a legend.
  assert.ok(tbody.includes('\u2717 not carried'));
  assert.ok(tbody.includes('\u21aa carried by fallback'));
  assert.ok(tbody.includes('\u25d0 partly carried'));
  assert.match(html, /<div class="legend">/);
  // Warning banner names the lockout-risk, opt-in and unconfirmed controls.
  const banner = html.slice(html.indexOf('<section class="banner"'), html.indexOf('</section>', html.indexOf('<section class="banner"')));
  assert.ok(banner.includes('Lockout risk: <a href="#control-ctl-two">Two &lt;script&gt;'));
  assert.ok(banner.includes('Opt-in: <a href="#control-ctl-three">Three</a>'));
  assert.ok(banner.includes('Unconfirmed: <a href="#control-ctl-three">'));
  assert.ok(banner.includes('opt-in &lt;script&gt;alert(1)&lt;/script&gt;'));
});

test('no banner when nothing is risky; channels not built are marked', () => {
  const p = syntheticPlan([settingOf('a/x', ['a'])], { controls: [control('a')], profile: { targets: ['gpo', 'report'] } });
  const html = renderReportHtmlText(p, bundleOf(p, p.profile.targets));
  assert.not.ok(html.includes('class="banner"'));
  assert.is(count(html, /<th scope="col" class="off"/g), 5, 'admx, dscV2, dscV3, intune, detection are not built');
});

test('an empty control says it resolved to no setting', () => {
  const html = renderReportHtmlText(syntheticPlan([], { controls: [control('empty')] }), { builtChannels: [] });
  assert.ok(html.includes('resolved to no setting'));
  assert.ok(html.includes('\u2013 nothing to carry'));
});

for (const profile of [
  'policies/profiles/recommended.json',
  'policies/profiles/strict.json',
  'test/fixtures/profiles/appids.json',
  'test/fixtures/profiles/every-type.json',
]) {
  test(`${profile}: well-formed, self-contained, one card per control`, () => {
    const p = planFromProfile({ profilePath: profile });
    const html = renderReportHtmlText(p, bundleOf(p, p.profile.targets));
    checkSelfContained(html);
    checkTags(html);
    assert.is(count(html, /<article class="card/g), p.controls.length);
    assert.is(count(html, /<section id="mitigation-/g), new Set(p.controls.map((c) => c.mitigation)).size);
    assert.ok(html.includes(`<!-- generated by t1559 ${p.tool.version} from profile ${p.profile.name} -->`));
    assert.not.match(html, /\b20\d\d-\d\d-\d\dT\d\d:\d\d/, 'no timestamp');
    assert.is(count(html, /<ul class="refs">/g), p.controls.length, 'shipped controls all have references');
    for (const c of p.controls) assert.ok(html.includes(`<p>${escapeHtml(c.rationale)}</p>`), `${c.id} rationale`);
    const banner = html.includes('class="banner"');
    assert.is(
      banner,
      p.controls.some((c) => c.lockoutRisk || c.tier === 'optIn' || !c.confirmed),
    );
    for (const c of p.controls.filter((x) => x.lockoutRisk)) assert.ok(html.includes(`Lockout risk: <a href="#control-${c.id}">`), c.id);
  });
}

test('renderReport: four artifacts with fixed names, UTF-8 without BOM', () => {
  const p = planFromProfile({ profilePath: 'policies/profiles/strict.json' });
  const a = renderReport(p, bundleOf(p, p.profile.targets));
  assert.equal(
    a.map((x) => x.path),
    ['README.md', 'report.html', 'coverage.json', 'attack-layer.json'],
  );
  for (const x of a)
    assert.not.ok(
      Buffer.from(x.bytes)
        .subarray(0, 3)
        .equals(Buffer.from([0xef, 0xbb, 0xbf])),
      'UTF-8 without BOM',
    );
});

test.run();
