/**
 * ADMX policy comments: `DomainSysvol/GPO/{Machine,User}/comment.cmtx` ([MS-GPREG] 2.2.3 "Policy Comment
 * Message Syntax" and 3.1.5.5-3.1.5.7), so GPMC shows each setting's control, mitigation and techniques in the
 * policy's Comment box.
 *
 * What GPMC needs for a comment to show: (1) the policy is configured in the same side's registry.pol the way
 * the ADMX policy writes it (our registry.pol values are the ADMX policy's values); (2) an ADMX file whose
 * target namespace is the one bound to the comment's prefix is loaded (central store or local
 * PolicyDefinitions); (3) `<comment policyRef="nsN:PolicyName" commentText="$(resource.nsN_PolicyName)">`
 * resolves to a `<string id="nsN_PolicyName">` in the file's own stringTable. Only ADMX-mapped values can
 * have a comment; the others are listed with their provenance in gpreport.xml and in the GPP descriptions.
 * ADMX files whose namespace this project does not know (admx-namespaces.ts) get no comment.
 *
 * Layout copied from GPMC's file (the chrome sample): UTF-8 with BOM, `<?xml version='1.0' encoding='utf-8'?>`
 * with single quotes, CRLF, two-space indentation, empty elements written with an end tag, no newline at the
 * end. Prefixes ns0, ns1... follow the sorted namespaces; comments are sorted by prefix and policy name.
 */
import { create } from 'xmlbuilder2';
import { generatedBy, type Plan, type RegistryOperation } from '../../model/plan.js';
import { finishXml, xmlComment } from '../../lib/xml.js';
import { admxNamespace } from './admx-namespaces.js';
import { mergeProvenance, provenanceText } from './provenance.js';
import { xmlAttr, xmlText } from './xml-values.js';

export const COMMENT_NS = 'http://www.microsoft.com/GroupPolicy/CommentDefinitions';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

export interface PolicyComment {
  namespace: string;
  policy: string;
  text: string;
}

/** One comment per ADMX policy configured by the given registry.pol operations of one side. */
export function policyComments(plan: Plan, ops: readonly RegistryOperation[]): PolicyComment[] {
  const groups = new Map<string, { namespace: string; policy: string; ops: RegistryOperation[] }>();
  for (const op of ops) {
    if (!op.admx) continue;
    const namespace = admxNamespace(op.admx.file);
    if (!namespace) continue;
    const k = `${namespace}\0${op.admx.policy}`;
    const g = groups.get(k) ?? { namespace, policy: op.admx.policy, ops: [] };
    g.ops.push(op);
    groups.set(k, g);
  }
  return [...groups.values()].map((g) => {
    const titles = [...new Set(g.ops.map((op) => op.title))];
    return {
      namespace: g.namespace,
      policy: g.policy,
      text: `T1559 hardening (${generatedBy(plan)}): ${provenanceText(mergeProvenance(g.ops))}. Settings: ${titles.join('; ')}.`,
    };
  });
}

/** The comment.cmtx text (LF line ends, no BOM; the caller adds BOM and CRLF), or undefined without comments. */
export function commentCmtx(plan: Plan, ops: readonly RegistryOperation[]): string | undefined {
  const comments = policyComments(plan, ops);
  if (comments.length === 0) return undefined;
  const namespaces = [...new Set(comments.map((c) => c.namespace))].sort();
  const prefixOf = new Map(namespaces.map((ns, i) => [ns, `ns${i}`]));
  const root = create()
    .ele(COMMENT_NS, 'policyComments')
    .att(XMLNS, 'xmlns:xsd', 'http://www.w3.org/2001/XMLSchema')
    .att(XMLNS, 'xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance')
    .att('revision', '1.0')
    .att('schemaVersion', '1.0')
    .att(XMLNS, 'xmlns', COMMENT_NS);
  const using = root.ele(COMMENT_NS, 'policyNamespaces');
  for (const ns of namespaces)
    using.ele(COMMENT_NS, 'using').att('prefix', prefixOf.get(ns)!).att('namespace', xmlAttr(ns, 'ADMX namespace'));
  const sorted = comments
    .map((c) => ({ ...c, prefix: prefixOf.get(c.namespace)! }))
    .sort((a, b) =>
      a.prefix === b.prefix
        ? a.policy < b.policy
          ? -1
          : a.policy > b.policy
            ? 1
            : 0
        : namespaces.indexOf(a.namespace) - namespaces.indexOf(b.namespace),
    );
  const adm = root.ele(COMMENT_NS, 'comments').ele(COMMENT_NS, 'admTemplate');
  for (const c of sorted) {
    adm.ele(COMMENT_NS, 'comment').att('policyRef', `${c.prefix}:${c.policy}`).att('commentText', `$(resource.${c.prefix}_${c.policy})`);
  }
  const table = root.ele(COMMENT_NS, 'resources').att('minRequiredRevision', '1.0').ele(COMMENT_NS, 'stringTable');
  for (const c of sorted)
    table
      .ele(COMMENT_NS, 'string')
      .att('id', `${c.prefix}_${c.policy}`)
      .txt(xmlText(c.text, `comment on ${c.policy}`));
  const body = root.end({ headless: true, prettyPrint: true, indent: '  ', newline: '\n', allowEmptyTags: true, wellFormed: true });
  return `<?xml version='1.0' encoding='utf-8'?>\n<!--${xmlComment(generatedBy(plan))}-->\n${finishXml(body)}`;
}
