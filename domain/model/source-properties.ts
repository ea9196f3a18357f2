/** What a `Source` node (a document cited as evidence) carries. See docs/model.md. */
import type { PropertyKinds } from "./property-kinds";

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
};

export const REQUIRED_SOURCE_PROPERTIES: readonly string[] = [
  "caption",
  "publisher",
  "url",
  "kind",
];
