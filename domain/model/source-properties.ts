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
  /** Where in the input the record is: file and record (imports). */
  locator: "text",
  /** A register's first registration of the record (GLEIF InitialRegistrationDate). */
  registrationDate: "date",
  /** The record's status in its register (GLEIF ISSUED, LAPSED, PUBLISHED…). */
  registrationStatus: "text",
  /** How the register checked the record (GLEIF ValidationSources: FULLY_CORROBORATED…). */
  validationSources: "text",
};

export const REQUIRED_SOURCE_PROPERTIES: readonly string[] = [
  "caption",
  "publisher",
  "url",
  "kind",
];
