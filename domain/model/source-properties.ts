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
  "datasetRecord",
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
  /** Where in the publication the record is: its id there (an FtM entity id, a statement id). */
  locator: "text",
  /** The publication's own datasets the record comes from (FtM `datasets`). */
  publishedIn: "texts",
  /** More addresses of the record besides `url` (FtM `sourceUrl` beyond the first). */
  otherUrls: "texts",
  /** When the publisher first and last saw the record, and last saw it change (FtM). */
  firstSeen: "dateTime",
  lastSeen: "dateTime",
  lastChange: "dateTime",
  /** The ids of the publisher's records merged into this one (FtM `referents`). */
  mergedRecordIds: "texts",
};

export const REQUIRED_SOURCE_PROPERTIES: readonly string[] = [
  "caption",
  "publisher",
  "url",
  "kind",
];
