/**
 * The XML pieces under the ADMX target and linter: the escaping helpers of src/lib/xml.ts (with
 * xmlbuilder2, round-tripped through the reader, including fast-check), and the small reader's decoding
 * and well-formedness errors.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { create } from 'xmlbuilder2';
import { parseXml } from '../../src/formats/xml-reader.js';
import { UserError } from '../../src/lib/errors.js';
import { assertXmlAttribute, finishXml, xmlbuilderAttributes, xmlbuilderText, xmlCharProblem, xmlComment } from '../../src/lib/xml.js';

/** Serialize one element the way the ADMX serializers do, then read it back. */
function roundTrip(value: string): { text: string; attr: string; comment: string } {
  const doc = create({ version: '1.0', encoding: 'utf-8' });
  doc.com(xmlComment(value));
  doc.ele('r', xmlbuilderAttributes({ a: value.replace(/\n/g, ' ') })).txt(xmlbuilderText(value));
  const xml = finishXml(doc.end({ prettyPrint: true, indent: '  ', newline: '\n' })).replace(/\n/g, '\r\n');
  const parsed = parseXml(xml, 't.xml');
  return { text: parsed.root.text, attr: parsed.root.attributes[0]!.value, comment: parsed.comments[0]! };
}

const ROUND_TRIP: [string, string][] = [
  ['markup', '<a href="x">&</a>'],
  ['entity look-alikes stay literal', '&amp; &lt; &#65; &foo; &'],
  ['CDATA end', ']]> ]]>'],
  ['quotes', `"double" 'single' \u2018curly\u2019`],
  ['CR, LF, CRLF and TAB', 'a\rb\nc\r\nd\te'],
  ['comment breakers', '-- --> <!-- -'],
  ['non-BMP', 'emoji \u{1F600} and \u00e9'],
  ['empty', ''],
];
for (const [name, value] of ROUND_TRIP) {
  test(`escaping round trip: ${name}`, () => {
    const r = roundTrip(value);
    assert.is(r.text, value, 'text');
    assert.is(r.attr, value.replace(/\n/g, ' '), 'attribute');
  });
}

test('escaping round trip (property): any XML-legal string survives as text and attribute', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
      fc.pre(xmlCharProblem(s) === undefined);
      const r = roundTrip(s);
      return r.text === s && r.attr === s.replace(/\n/g, ' ');
    }),
    { numRuns: 300 },
  );
});

test('comments are always well-formed', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['double hyphen', { given: 'a--b', want: ' a- -b ' }],
    ['triple hyphen and trailing', { given: '---', want: ' - - - ' }],
    ['comment end', { given: 'x-->y', want: ' x- ->y ' }],
    ['control characters', { given: 'a\u0001b\tc\r\nd', want: ' a?b c\nd ' }],
  ];
  for (const [name, { given, want }] of cases) {
    assert.is(xmlComment(given), want, name);
    assert.not.throws(() => parseXml(`<!--${xmlComment(given)}--><r/>`, 'c.xml'), name);
  }
});

test('characters XML cannot carry are named', () => {
  const cases: [string, { given: string; want: RegExp | undefined }][] = [
    ['plain', { given: 'a\tb\nc\rd', want: undefined }],
    ['NUL', { given: 'a\u0000', want: /U\+0000 at position 1/ }],
    ['vertical tab', { given: '\u000b', want: /U\+000B/ }],
    ['U+FFFE', { given: '\ufffe', want: /non-character/ }],
    ['lone high surrogate', { given: 'x\ud83d', want: /unpaired/ }],
    ['lone low surrogate', { given: '\ude00x', want: /unpaired/ }],
    ['pair', { given: '\ud83d\ude00', want: undefined }],
  ];
  for (const [name, { given, want }] of cases) {
    const p = xmlCharProblem(given);
    if (want) assert.match(p ?? '', want, name);
    else assert.is(p, undefined, name);
  }
  assert.throws(
    () => assertXmlAttribute('a\nb', 'value name'),
    (e: unknown) => e instanceof UserError && /line break/.test(e.render()),
  );
});

// ---------------------------------------------------------------------------------------------
// Reader.

test('reader: declaration, BOM, comments, CDATA, entities, attribute normalisation, lines', () => {
  const doc = parseXml(
    '\ufeff<?xml version="1.0" encoding="utf-8"?>\r\n<!-- c1 -->\r\n<p:root xmlns:p="u" a=\'1\t2\r\n3\' b="&quot;&#x41;&#66;">\r\n  <x>t&lt;<![CDATA[<raw>&amp;]]></x>\r\n  <?pi data?>\r\n  <y/>\r\n</p:root>\r\n',
    'r.xml',
  );
  assert.is(doc.root.name, 'p:root');
  assert.is(doc.root.local, 'root');
  assert.equal(doc.root.attributes, [
    { name: 'xmlns:p', value: 'u' },
    { name: 'a', value: '1 2 3' },
    { name: 'b', value: '"AB' },
  ]);
  assert.equal(doc.comments, [' c1 ']);
  const [x, y] = doc.root.children;
  assert.is(x!.text, 't<<raw>&amp;');
  assert.is(x!.line, 5, 'the attribute value spans lines 3 and 4');
  assert.is(x!.column, 3);
  assert.is(y!.line, 7);
  assert.is(y!.parent, doc.root);
});

const ILL_FORMED: [string, { given: string; want: RegExp }][] = [
  ['text before the root', { given: 'x<a/>', want: /1:1: text outside the root/ }],
  ['two roots', { given: '<a/>\n<b/>', want: /2:1: a second root element <b>/ }],
  ['stray end tag', { given: '<a/></b>', want: /1:5: end tag <\/b> has no matching start tag/ }],
  ['bare ampersand', { given: '<a>R&D</a>', want: /1:5: "&" must start an entity reference/ }],
  ['< in attribute', { given: '<a x="<"/>', want: /"<" is not allowed in an attribute value/ }],
  ['unquoted attribute', { given: '<a x=1/>', want: /attribute x value must be quoted/ }],
  ['attributes without space', { given: '<a x="1"y="2"/>', want: /expected whitespace before the next attribute/ }],
  ['-- in comment', { given: '<a><!-- a -- b --></a>', want: /"--" is not allowed inside a comment/ }],
  ['unclosed comment', { given: '<a><!-- x </a>', want: /comment is not closed/ }],
  ['late declaration', { given: '<a/>\n<?xml version="1.0"?>', want: /XML declaration must be the very first thing/ }],
  ['bad declaration', { given: '<?xml encoding="utf-8"?><a/>', want: /malformed XML declaration/ }],
  ['control character', { given: '<a>\u0001</a>', want: /control character U\+0001/ }],
  ['reference to NUL', { given: '<a>&#0;</a>', want: /not an allowed XML character/ }],
  [']]> in text', { given: '<a>]]></a>', want: /"]]>" is not allowed in text/ }],
  ['bad name', { given: '<1a/>', want: /expected a name/ }],
  ['truncated start tag', { given: '<a x="1"', want: /start tag <a> is not closed/ }],
];
for (const [name, { given, want }] of ILL_FORMED) {
  test(`reader refuses: ${name}`, () => {
    try {
      parseXml(given, 'bad.xml');
      assert.unreachable();
    } catch (err) {
      assert.instance(err, UserError);
      assert.match((err as UserError).render(), /bad\.xml is not well-formed XML/);
      assert.match((err as UserError).render(), want);
    }
  });
}

test.run();
