/**
 * The Source of one FtM record: what the record says about where it comes from. Its id in the
 * publication (`locator`), its `sourceUrl`s, the publisher's `datasets`, `first_seen`,
 * `last_seen`, `last_change` and `referents`. What the record does not give stays absent.
 */
import type { RowProperties, SourceRow } from "../model-rows";
import type { FtmRecordReader } from "./ftm-record-reader";
import { ftmDateTime } from "./ftm-values";

export function ftmSourceRow(reader: FtmRecordReader, id: string): SourceRow {
  const { record } = reader;
  const properties: RowProperties = {
    id,
    caption:
      record.caption === undefined
        ? `FtM ${record.schema} ${record.id}`
        : `FtM ${record.schema} ${record.id}: ${record.caption}`,
    kind: "datasetRecord",
    locator: record.id,
  };
  const [url, ...otherUrls] = reader.texts("sourceUrl");
  if (url !== undefined) properties["url"] = url;
  if (otherUrls.length > 0) properties["otherUrls"] = otherUrls;
  const publisher = reader.joined("publisher");
  if (publisher !== undefined) properties["publisher"] = publisher;
  if (record.datasets !== undefined) properties["publishedIn"] = [...new Set(record.datasets)];
  const referents = [...new Set(record.referents ?? [])].filter((ref) => ref !== record.id);
  if (referents.length > 0) properties["mergedRecordIds"] = referents;
  const times = {
    firstSeen: record.firstSeen,
    lastSeen: record.lastSeen,
    lastChange: record.lastChange,
  };
  for (const [key, text] of Object.entries(times)) {
    if (text === undefined) continue;
    const read = ftmDateTime(text);
    if ("value" in read) properties[key] = read.value;
    else reader.warn("bad-date-time", `The field "${key}" of ${reader.what()} ${read.problem}.`);
  }
  return { id, properties, origin: reader.origin };
}
