/** What a `Source` node (a document cited as evidence) carries. See docs/model.md. */
import { RECORD_STATUSES, type PropertyKinds } from "./property-kinds";

export const SOURCE_KINDS = [
  "newsArticle",
  "companyAnnouncement",
  "financialDataPage",
  "encyclopedia",
  "governmentList",
  "governmentReport",
  "registerStatement",
] as const;

export const SOURCE_PROPERTIES: PropertyKinds = {
  title: "text",
  caption: "text",
  publisher: "text",
  reprintedBy: "text",
  url: "text",
  date: "date",
  authors: "texts",
  kind: { oneOf: SOURCE_KINDS },
  note: "text",
  /** Where in the source the cited fact is: a BODS statement id. */
  locator: "text",
  /** BODS `source.type`: officialRegister, selfDeclaration, thirdParty… */
  sourceTypes: "texts",
  retrievedAt: "date",
  /** Who asserted the statement (BODS `source.assertedBy` names). */
  assertedBy: "texts",
  /** BODS annotations, one text each: "motivation: description (by …, at …)". */
  annotations: "texts",
  /** BODS `recordStatus` of the statement: new, updated or closed. */
  recordStatus: { oneOf: RECORD_STATUSES },
};

export const REQUIRED_SOURCE_PROPERTIES: readonly string[] = [
  "caption",
  "publisher",
  "url",
  "kind",
];
