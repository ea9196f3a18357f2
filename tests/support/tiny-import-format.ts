/**
 * A small import format for testing the import runner on its own: a JSON array of
 * `{ "entity": id, "name": … }`, `{ "owner": id, "owned": id, "share": n }` and
 * `{ "source": id, "url": … }` items. The real formats (BODS, FtM, GLEIF, CSV) have their own tests.
 */
import {
  emptyRows,
  entityRow,
  type ImportFormat,
  type ModelRows,
  type RowProperties,
} from "../../domain/ingest";
import { jsonArrayItems } from "../../server/ingest/read/json-items";

export const tinyImportFormat: ImportFormat = {
  id: "tiny",
  label: "Tiny test format",
  mappingVersion: "1",
  readsPerPass: 1,
  detect: (sample) => sample.head.includes('"tiny-format"'),
  async *rows(files, context) {
    for (const file of files) {
      let batch: ModelRows = emptyRows();
      for await (const item of jsonArrayItems(file)) {
        const at = `item ${String(item.index)}`;
        if ("error" in item) {
          context.problems.error({
            code: "bad-json",
            file: file.name,
            at,
            message: item.error,
            fix: "Fix the JSON.",
          });
          break;
        }
        const value = item.value as Record<string, unknown>;
        const origin = { file: file.name, at };
        if (typeof value["source"] === "string") {
          const id = context.scope(value["source"]);
          const properties: RowProperties = {
            id,
            caption: `Source ${value["source"]}`,
            kind: "registerStatement",
          };
          if (typeof value["url"] === "string") properties["url"] = value["url"];
          batch.sources.push({ id, properties, origin });
        } else if (typeof value["entity"] === "string") {
          const given: RowProperties = {};
          if (typeof value["name"] === "string") given["name"] = value["name"];
          batch.entities.push(
            entityRow(context.scope(value["entity"]), "Company", given, "Unnamed", origin),
          );
        } else if (typeof value["owner"] === "string" && typeof value["owned"] === "string") {
          const id = context.scope(`${value["owner"]}-owns-${value["owned"]}`);
          batch.relationships.push({
            id,
            type: "OWNS",
            from: context.scope(value["owner"]),
            to: context.scope(value["owned"]),
            properties: {
              id,
              interestType: "shareholding",
              directOrIndirect: "direct",
              shareExact: value["share"] as number,
              sourceIds: [context.scope(String(value["citing"]))],
              quotes: ["tiny test statement"],
              quoteKinds: ["summary"],
              firmness: "reported",
            },
            origin,
          });
        }
        if (batch.entities.length + batch.relationships.length >= 2) {
          yield batch;
          batch = emptyRows();
        }
      }
      yield batch;
    }
  },
};
