/**
 * The BODS import format: Beneficial Ownership Data Standard 0.4 and 0.3, and the 0.1/0.2-era
 * records of the Open Ownership register, told apart per statement. A file is a JSON array of
 * statements (a BODS package), JSON Lines (one statement per line) or a single statement. The
 * mapping itself is pure and lives in domain/ingest/bods/.
 */
import {
  bodsRows,
  type BodsItem,
  type FileSample,
  type ImportContext,
  type ImportFile,
  type ImportFormat,
  type ModelRows,
} from "../../../domain/ingest";
import { jsonDocument } from "../read/json-document";
import { jsonArrayItems } from "../read/json-items";
import { jsonLines } from "../read/json-lines";
import { sampleOf } from "../read/text-stream";

type Layout = "array" | "lines" | "document" | { problem: string };

function firstLineIsJson(head: string): boolean {
  const end = head.indexOf("\n");
  const line = (end === -1 ? head : head.slice(0, end)).trim();
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

async function layoutOf(file: ImportFile): Promise<Layout> {
  const head = (await sampleOf(file)).head.trimStart();
  if (head === "") return { problem: "the file is empty" };
  if (head.startsWith("[")) return "array";
  if (head.startsWith("{")) return firstLineIsJson(head) ? "lines" : "document";
  return { problem: `the file is not JSON: it starts with ${JSON.stringify(head.slice(0, 20))}` };
}

async function* fileItems(file: ImportFile): AsyncGenerator<BodsItem, void, undefined> {
  const layout = await layoutOf(file);
  if (typeof layout === "object") {
    yield { file: file.name, at: "the whole file", error: layout.problem };
  } else if (layout === "array") {
    for await (const item of jsonArrayItems(file)) {
      const at = `item ${String(item.index + 1)}`;
      yield "error" in item
        ? { file: file.name, at, error: item.error }
        : { file: file.name, at, value: item.value };
    }
  } else if (layout === "lines") {
    for await (const line of jsonLines(file)) {
      const at = `line ${String(line.line)}`;
      yield "error" in line
        ? { file: file.name, at, error: line.error }
        : { file: file.name, at, value: line.value };
    }
  } else {
    const document = await jsonDocument(file);
    yield { file: file.name, at: "the whole file", ...document };
  }
}

async function* allItems(files: readonly ImportFile[]): AsyncGenerator<BodsItem, void, undefined> {
  for (const file of files) yield* fileItems(file);
}

/** A BODS 0.4 statement names its record; 0.3 and the register's records their statement type. */
const BODS_MARKS = [
  /"statementId"\s*:[\s\S]*"record(?:Type|Details)"\s*:/,
  /"record(?:Type|Details)"\s*:[\s\S]*"statementId"\s*:/,
  /"statementType"\s*:\s*"(?:entity|person|ownershipOrControl)Statement"/,
];

export const bodsFormat: ImportFormat = {
  id: "bods",
  label: "BODS 0.4 / 0.3 and Open Ownership register records (JSON, JSON Lines)",
  mappingVersion: "bods-1",
  readsPerPass: 2,
  detect(sample: FileSample): boolean {
    return BODS_MARKS.some((mark) => mark.test(sample.head));
  },
  rows(files: readonly ImportFile[], context: ImportContext): AsyncIterable<ModelRows> {
    return bodsRows(() => allItems(files), context);
  },
};
