/**
 * The report's escaping helpers with hostile strings: HTML text/attributes, HTML comments, link targets,
 * Markdown text, code spans and fenced blocks.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeHtml, htmlCommentText, safeHref, visibleText } from '../../src/lib/html-escape.js';
import { escapeMarkdown, Markdown, mdCode, mdFence, mdLink, mdText } from '../../src/lib/markdown-escape.js';

const HTML_CASES: [string, { given: unknown; want: string }][] = [
  ['plain', { given: 'abc', want: 'abc' }],
  ['script tag', { given: '<script>alert(1)</script>', want: '&lt;script&gt;alert(1)&lt;/script&gt;' }],
  ['ampersand first', { given: '&lt;', want: '&amp;lt;' }],
  ['double quote attribute breakout', { given: '" onmouseover="x', want: '&quot; onmouseover=&quot;x' }],
  ['single quote attribute breakout', { given: "' onmouseover='x", want: '&#39; onmouseover=&#39;x' }],
  ['non-BMP kept', { given: 'a\u{1F600}b\u{10348}', want: 'a\u{1F600}b\u{10348}' }],
  ['lone high surrogate', { given: 'a\ud800b', want: 'a\ufffdb' }],
  ['lone low surrogate', { given: 'a\udc00b', want: 'a\ufffdb' }],
  ['NUL and controls become control pictures', { given: 'a\u0000b\u0007c\u007f', want: 'a\u2400b\u2407c\u2421' }],
  ['tab, LF, CR kept', { given: 'a\tb\nc\rd', want: 'a\tb\nc\rd' }],
  ['numbers', { given: 42, want: '42' }],
  ['undefined', { given: undefined, want: '' }],
  ['null', { given: null, want: '' }],
];

for (const [name, { given, want }] of HTML_CASES) {
  test(`escapeHtml: ${name}`, () => {
    const out = escapeHtml(given);
    assert.is(out, want);
    assert.not.match(out, /[<>"']/);
  });
}

test('visibleText keeps surrogate pairs and replaces only lone halves', () => {
  assert.is(visibleText('\ud83d\ude00\ud83d'), '\ud83d\ude00\ufffd');
  assert.is(visibleText('\ude00\ud83d\ude00'), '\ufffd\ud83d\ude00');
});

const COMMENT_CASES: [string, { given: string }][] = [
  ['closing sequence', { given: 'a --> <script>' }],
  ['bang close', { given: 'a --!> b' }],
  ['dashes', { given: '----' }],
  ['trailing dash', { given: 'a-' }],
];
for (const [name, { given }] of COMMENT_CASES) {
  test(`htmlCommentText: ${name}`, () => {
    const out = htmlCommentText(given);
    assert.not.ok(out.includes('--'), out);
    assert.not.ok(out.includes('>'), out);
    assert.not.ok(out.includes('<'), out);
  });
}

const HREF_CASES: [string, { given: string; want: string | undefined }][] = [
  ['https', { given: 'https://learn.microsoft.com/x?a=1&b=2', want: 'https://learn.microsoft.com/x?a=1&b=2' }],
  ['http', { given: 'http://example.com/', want: 'http://example.com/' }],
  ['javascript', { given: 'javascript:alert(1)', want: undefined }],
  ['javascript with spaces and case', { given: ' JavaScript:alert(1)', want: undefined }],
  ['data', { given: 'data:text/html,<script>alert(1)</script>', want: undefined }],
  ['file', { given: 'file:///etc/passwd', want: undefined }],
  ['relative', { given: '/x', want: undefined }],
  ['not a URL', { given: 'not a url', want: undefined }],
];
for (const [name, { given, want }] of HREF_CASES) {
  test(`safeHref: ${name}`, () => assert.is(safeHref(given), want));
}

const MD_TEXT_CASES: [string, { given: string; want: string }][] = [
  ['plain', { given: 'Word: DDE off', want: 'Word: DDE off' }],
  ['table pipe', { given: 'a|b', want: 'a\\|b' }],
  ['emphasis and links', { given: '*x* _y_ [z](http://e)', want: '\\*x\\* \\_y\\_ \\[z\\](http://e)' }],
  ['html', { given: '<script>alert(1)</script>', want: '\\<script\\>alert(1)\\</script\\>' }],
  ['backslash before a letter stays as it is', { given: 'HKLM\\SOFTWARE\\x `y`', want: 'HKLM\\SOFTWARE\\x \\`y\\`' }],
  ['backslash before punctuation is escaped too', { given: 'a\\*b', want: 'a\\\\\\*b' }],
  ['trailing backslash cannot escape what follows', { given: 'a\\', want: 'a\\\\' }],
  ['entity', { given: '&lt; & &#60;', want: '\\&lt; & \\&#60;' }],
  ['line breaks cannot leave the row', { given: 'a\n| b |\r\nc', want: 'a \\| b \\| c' }],
  ['non-BMP kept', { given: '\u{1F600}', want: '\u{1F600}' }],
];
for (const [name, { given, want }] of MD_TEXT_CASES) {
  test(`mdText: ${name}`, () => {
    assert.is(mdText(given), want);
    assert.not.match(mdText(given), /\n/);
  });
}

const MD_CODE_CASES: [string, { given: string; inTable: boolean; want: string }][] = [
  ['plain', { given: 'a\\b', inTable: false, want: '`a\\b`' }],
  ['backtick inside', { given: 'a`b', inTable: false, want: '``a`b``' }],
  ['starts with backtick', { given: '`a', inTable: false, want: '`` `a ``' }],
  ['pipe in table', { given: 'a|b', inTable: true, want: '`a\\|b`' }],
  ['pipe outside table', { given: 'a|b', inTable: false, want: '`a|b`' }],
  ['newline', { given: 'a\nb', inTable: true, want: '`a b`' }],
];
for (const [name, { given, inTable, want }] of MD_CODE_CASES) {
  test(`mdCode: ${name}`, () => assert.is(mdCode(given, { inTable }).text, want));
}

test('mdFence: a value with a fence inside cannot close the block', () => {
  const block = mdFence('powershell', ['a', '```', 'b ````` c']).text;
  const lines = block.split('\n');
  assert.is(lines[0], '``````powershell');
  assert.is(lines[lines.length - 1], '``````');
  assert.is(lines.length, 5);
});

test('mdLink: only http(s) targets become links', () => {
  assert.is(mdLink('a [b]', 'https://x.test/a b').text, '[a \\[b\\]](<https://x.test/a%20b>)');
  assert.is(mdLink('a', undefined).text, 'a');
});

test('escapeMarkdown passes ready Markdown through and escapes everything else', () => {
  assert.is(escapeMarkdown(new Markdown('**ok**')), '**ok**');
  assert.is(escapeMarkdown('**no**'), '\\*\\*no\\*\\*');
  assert.is(escapeMarkdown(undefined), '');
});

test.run();
