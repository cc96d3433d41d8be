import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { UserError } from '../../src/lib/errors.js';
import {
  dscResourceName,
  psComment,
  psHexBytes,
  psHexString,
  psString,
  psStringArray,
  psStringValue,
  PS_SINGLE_QUOTES,
} from '../../src/lib/powershell.js';
import { assertParsesCleanly, findNodes, loadPowerShellGrammar, parsePowerShell, syntaxProblems } from '../helpers/powershell-grammar.js';

test.before(loadPowerShellGrammar);

/* ------------------------------------------------------------------------------------------------ */
/* psString                                                                                          */
/* ------------------------------------------------------------------------------------------------ */

const PS_STRING_CASES: [string, string, string][] = [
  // [name, value, literal]
  ['empty', '', "''"],
  ['plain', 'abc', "'abc'"],
  ['apostrophe', "it's", "'it''s'"],
  ['ends in a quote', "abc'", "'abc'''"],
  ['only a quote', "'", "''''"],
  ['left single quotation mark U+2018', 'a\u2018b', "'a\u2018\u2018b'"],
  ['right single quotation mark U+2019', 'it\u2019s', "'it\u2019\u2019s'"],
  ['single low-9 quotation mark U+201A', 'a\u201Ab', "'a\u201A\u201Ab'"],
  ['single high-reversed-9 quotation mark U+201B', 'a\u201Bb', "'a\u201B\u201Bb'"],
  ['double quotes are ordinary', 'say "hi" \u201Chi\u201D \u201Ehi', '\'say "hi" \u201Chi\u201D \u201Ehi\''],
  ['dollar sub-expression stays literal', '$(Remove-Item C:\\ -Recurse)', "'$(Remove-Item C:\\ -Recurse)'"],
  ['braced variable stays literal', '${env:x}', "'${env:x}'"],
  ['backtick stays literal', 'a`nb`', "'a`nb`'"],
  ['newline kept', 'line1\nline2', "'line1\nline2'"],
  ['CRLF kept', 'line1\r\nline2', "'line1\r\nline2'"],
  ['block comment markers', '<# x #>', "'<# x #>'"],
  ['non-BMP', 'smile \u{1F600}', "'smile \u{1F600}'"],
];
for (const [name, value, literal] of PS_STRING_CASES) {
  test(`psString: ${name}`, () => {
    assert.is(psString(value), literal);
    assert.is(psStringValue(literal), value);
  });
}

/** Hostile values: every one must stay one string literal whatever surrounds it. */
const HOSTILE: string[] = [
  '',
  "'",
  "''",
  "abc'",
  "'; Remove-Item -Recurse C:\\; '",
  '"',
  '"; Stop-Computer; "',
  '\u2018',
  '\u2019',
  '\u201A',
  '\u201B',
  '\u201C',
  '\u201D',
  'it\u2019s\'\u2018\u201A\u201B"\u201C\u201D',
  '\u2019; Stop-Computer; \u2019',
  '$(Stop-Computer)',
  '${env:x}',
  '$env:USERPROFILE',
  '@(1,2)',
  '`',
  "`'",
  '`n`r`0',
  'a\nb',
  'a\r\nb',
  '\n',
  "\n'@\n",
  '#>',
  '<#',
  '<# $(Stop-Computer) #>',
  '# comment',
  '\u{1F600}',
  'x\u{1F600}\u2019\u{1F600}',
  'O:BAG:BAD:(A;;CCDCLCSWRP;;;WD)',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Ole',
  '\t\v\f',
  '\u0085\u2028\u2029',
];

function assertSingleLiteral(value: string): void {
  const literal = psString(value);
  const script = `$x = ${literal}\n$after = 1\n`;
  const tree = assertParsesCleanly(script, JSON.stringify(value));
  const strings = findNodes(tree, 'string_literal');
  assert.is(strings.length, 1, `exactly one string literal for ${JSON.stringify(value)}`);
  assert.is(strings[0]!.text, literal, 'the literal node covers the whole literal');
  // The statement after it is still a separate assignment to $after.
  const variables = findNodes(tree, 'variable').map((n) => n.text);
  assert.equal(variables, ['$x', '$after']);
  assert.is(psStringValue(literal), value, 'undoubling gives the original');
}

for (const value of HOSTILE) {
  test(`psString hostile: ${JSON.stringify(value)}`, () => {
    assertSingleLiteral(value);
  });
}

test('psString: hostile values inside a DSC-like block stay single literals', () => {
  const values = HOSTILE.filter((v) => v.length > 0);
  const body = values.map((v, i) => `    V${i} = ${psString(v)}`).join('\n');
  const script = `Registry ${psString(dscResourceName(['M1026', 'Ole', "Default'Launch"]))} {\n${body}\n}\n`;
  const tree = assertParsesCleanly(script, 'dsc block');
  const strings = findNodes(tree, 'string_literal').map((n) => n.text);
  assert.equal(strings, [psString('M1026_Ole_Default_Launch'), ...values.map(psString)]);
});

test('psString: typographic quotes must be doubled (PowerShell treats them as single quotes)', () => {
  // The grammar only knows U+0027, so check with psStringValue, which scans the way PowerShell's tokenizer does:
  // any of the five quote characters ends the literal unless another one follows.
  assert.equal([...PS_SINGLE_QUOTES], ["'", '\u2018', '\u2019', '\u201A', '\u201B']);
  for (const q of PS_SINGLE_QUOTES) {
    const naive = `'a${q}b'`;
    assert.throws(() => psStringValue(naive), /unescaped quote/, `undoubled ${q} would end the string`);
    assert.is(psString(`a${q}b`), `'a${q}${q}b'`);
    assert.is(psStringValue(psString(`a${q}b`)), `a${q}b`);
  }
});

test('psString: NUL is rejected with a UserError naming the character offset', () => {
  try {
    psString('ab\u0000c');
  } catch (err) {
    assert.instance(err, UserError);
    const e = err as UserError;
    assert.is(e.code, 'E_OUTPUT');
    assert.equal(e.problems, [
      { where: 'character 2', message: 'contains NUL (U+0000), which PowerShell strings cannot carry; remove it' },
    ]);
    return;
  }
  assert.unreachable('NUL must be rejected');
});

test('psString: unpaired surrogates are rejected; pairs are fine', () => {
  for (const [bad, at] of [
    ['a\uD83D', 1],
    ['\uDE00b', 0],
    ['x\uD83Dy', 1],
  ] as const) {
    try {
      psString(bad);
      assert.unreachable(`should reject ${JSON.stringify(bad)}`);
    } catch (err) {
      assert.instance(err, UserError);
      assert.is((err as UserError).problems[0]?.where, `character ${at}`);
      assert.match((err as UserError).problems[0]!.message, /unpaired UTF-16 surrogate/);
    }
  }
  assert.is(psString('\uD83D\uDE00'), "'\u{1F600}'");
});

test('property: any carriable string is one literal that decodes to itself', () => {
  const quoteHeavy = fc.constantFrom(
    "'",
    '\u2018',
    '\u2019',
    '\u201A',
    '\u201B',
    '"',
    '$',
    '`',
    '(',
    ')',
    '{',
    '}',
    '#',
    '<',
    '>',
    '@',
    '\n',
    '\r',
    ';',
    ' ',
    'a',
    '\u{1F600}',
  );
  const arb = fc
    .oneof(
      fc.array(quoteHeavy, { maxLength: 30 }).map((a) => a.join('')),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
    )
    .filter((s) => !s.includes('\u0000'));
  fc.assert(
    fc.property(arb, (value) => assertSingleLiteral(value)),
    { numRuns: 300 },
  );
});

/* ------------------------------------------------------------------------------------------------ */
/* arrays, bytes, hex                                                                                */
/* ------------------------------------------------------------------------------------------------ */

test('psStringArray', () => {
  assert.is(psStringArray([]), '@()');
  assert.is(psStringArray(['a']), "@('a')");
  assert.is(psStringArray(['a', "b'c", '\u2019']), "@('a', 'b''c', '\u2019\u2019')");
  const values = HOSTILE;
  const tree = assertParsesCleanly(`$x = ${psStringArray(values)}\n`, 'array');
  assert.equal(
    findNodes(tree, 'string_literal').map((n) => psStringValue(n.text)),
    values,
  );
  assertParsesCleanly(`$x = ${psStringArray([])}\n`, 'empty array');
});

test('psHexBytes', () => {
  assert.is(psHexBytes(Uint8Array.from([0x01, 0x00])), '[byte[]](0x01,0x00)');
  assert.is(psHexBytes([0xff]), '[byte[]](0xff)');
  assert.is(psHexBytes([]), '[byte[]]@()');
  const bytes = Uint8Array.from({ length: 120 }, (_, i) => (i * 37) & 0xff);
  const tree = assertParsesCleanly(`$b = ${psHexBytes(bytes)}\n`, 'bytes');
  const ints = findNodes(tree, 'hexadecimal_integer_literal').map((n) => parseInt(n.text, 16));
  assert.equal(ints, Array.from(bytes));
  assertParsesCleanly(`$b = ${psHexBytes([])}\n`, 'empty bytes');
  assert.throws(() => psHexBytes([256]), RangeError);
});

test('psHexString', () => {
  assert.is(psHexString(Uint8Array.from([0x01, 0x00, 0x04, 0x80])), "'0x01000480'");
  assert.is(psHexString([0xab]), "'0xab'");
  assert.is(psHexString([]), "''");
  const tree = assertParsesCleanly(`Registry 'x' { ValueData = ${psHexString([1, 2, 255])}; Hex = $true }\n`, 'hex');
  assert.equal(
    findNodes(tree, 'string_literal').map((n) => n.text),
    ["'x'", "'0x0102ff'"],
  );
});

/* ------------------------------------------------------------------------------------------------ */
/* psComment                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

const COMMENT_CASES: [string, string][] = [
  ['', '#'],
  ['plain text', '# plain text'],
  ['two\nlines', '# two lines'],
  ['crlf\r\nline', '# crlf line'],
  ['cr\rline', '# cr line'],
  ['ends block #> $(Stop-Computer)', '# ends block # > $(Stop-Computer)'],
  ['opens block <# x', '# opens block < # x'],
  ['<#>', '# < # >'],
  ['##>>', '# ## >>'],
  ['requires -RunAsAdministrator', '# requires -RunAsAdministrator'],
  ['tab\tkept', '# tab\tkept'],
  ['nel\u0085ls\u2028ps\u2029end', '# nel ls ps end'],
  ['nul\u0000x', '# nul x'],
  ['lone \uD83D surrogate', '# lone \uFFFD surrogate'],
  ['emoji \u{1F600} ok', '# emoji \u{1F600} ok'],
];
for (const [text, want] of COMMENT_CASES) {
  test(`psComment: ${JSON.stringify(text)}`, () => {
    assert.is(psComment(text), want);
  });
}

const HOSTILE_COMMENTS = [
  ...HOSTILE,
  'x\n$evil = 1',
  'x\r$evil = 1',
  'x\r\n$evil = 1',
  'x #>\n$evil = 1',
  'x\u2028$evil = 1',
  '#requires -Version 99',
];
for (const text of HOSTILE_COMMENTS) {
  test(`psComment hostile: ${JSON.stringify(text)}`, () => {
    const c = psComment(text);
    assert.not.match(c, /[\r\n\u0085\u2028\u2029]/);
    assert.not.ok(c.includes('#>'), 'no block comment end');
    assert.ok(c === '#' || c.startsWith('# '), 'starts with "# "');
    // As a line comment.
    const line = assertParsesCleanly(`${c}\n$after = 1\n`, 'line comment');
    assert.is(findNodes(line, 'comment').length, 1);
    assert.equal(
      findNodes(line, 'variable').map((n) => n.text),
      ['$after'],
    );
    // Inside a block comment (e.g. comment-based help).
    const block = assertParsesCleanly(`<#\n${c}\n#>\n$after = 1\n`, 'block comment');
    assert.is(findNodes(block, 'comment').length, 1);
    assert.equal(
      findNodes(block, 'variable').map((n) => n.text),
      ['$after'],
    );
  });
}

/* ------------------------------------------------------------------------------------------------ */
/* dscResourceName                                                                                   */
/* ------------------------------------------------------------------------------------------------ */

const NAME_CASES: [string[], string][] = [
  [['M1026', 'HKLM\\SOFTWARE\\Microsoft\\Ole', 'DefaultLaunchPermission'], 'M1026_HKLM_SOFTWARE_Microsoft_Ole_DefaultLaunchPermission'],
  [['AppID', '{8EEC1D19-363F-4A92-832E-A6C250124685}', 'LaunchPermission'], 'AppID_8EEC1D19-363F-4A92-832E-A6C250124685_LaunchPermission'],
  [['word.16', 'allow dde'], 'word.16_allow_dde'],
  [["it's", '\u2019quoted\u2019', '$(x)'], 'it_s_quoted_x'],
  [['__a__', '', 'b'], 'a_b'],
  [['caf\u00e9 \u{1F600}'], 'caf'],
  [['a\nb#>c'], 'a_b_c'],
];
for (const [parts, want] of NAME_CASES) {
  test(`dscResourceName ${JSON.stringify(parts)} -> ${want}`, () => {
    const name = dscResourceName(parts);
    assert.is(name, want);
    assert.match(name, /^[A-Za-z0-9.-][A-Za-z0-9_.-]*$/);
    assert.is(psString(name), `'${name}'`, 'needs no escaping');
    assertParsesCleanly(`Registry '${name}' { Ensure = 'Present' }\n`, 'resource');
  });
}

test('dscResourceName: nothing usable is a UserError', () => {
  assert.throws(
    () => dscResourceName(['***', '']),
    (err: unknown) => err instanceof UserError && err.code === 'E_OUTPUT',
  );
  assert.throws(
    () => dscResourceName([]),
    (err: unknown) => err instanceof UserError,
  );
});

/* ------------------------------------------------------------------------------------------------ */
/* the grammar helper itself                                                                         */
/* ------------------------------------------------------------------------------------------------ */

test('grammar helper reports errors with line:column and text', () => {
  const src = "$ok = 1\n$x = 'a'b'\n";
  const problems = syntaxProblems(src);
  assert.ok(problems.length > 0);
  assert.throws(() => assertParsesCleanly(src, 'broken.ps1'), /PowerShell syntax errors in broken\.ps1:\n {2}broken\.ps1:\d+:\d+: /);
  assert.not.ok(parsePowerShell('$x = 1').rootNode.hasError);
  assert.equal(syntaxProblems('$x = 1'), []);
  const unclosed = syntaxProblems("$x = @('a'\n");
  assert.ok(unclosed.length > 0, 'unclosed array is reported');
  assert.ok(unclosed.every((p) => p.line >= 1 && p.column >= 1));
});

test.run();
