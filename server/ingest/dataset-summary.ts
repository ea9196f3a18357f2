/**
 * Each dataset's summary for the start page of a large graph (domain/wire/dataset-summary-types):
 * computed once when the dataset is written (online or bulk) and kept on its record, because at
 * register scale counting by type and walking the largest groups takes seconds, too long for a
 * page to wait. A dataset written before summaries existed (and the seed) is summarised when its
 * summary is first asked for.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";
import { todayUtc } from "../../domain/time";
import { countOf } from "./datasets";
import type {
  DatasetSummary,
  SummaryEntity,
  TypeCount,
} from "../../domain/wire/dataset-summary-types";

/** How many entities each list keeps, and how many ultimate parents have their group counted. */
const TOP = 10;
const GROUP_CANDIDATES = 25;

function maps(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

function typeCounts(value: unknown): TypeCount[] {
  return maps(value).map((item) => ({ type: String(item["type"]), count: countOf(item["count"]) }));
}

function entityOf(item: Record<string, unknown>): SummaryEntity {
  return {
    id: String(item["id"]),
    caption: typeof item["caption"] === "string" ? item["caption"] : String(item["id"]),
    type: String(item["type"]),
    holdings: countOf(item["holdings"]),
  };
}

function entities(value: unknown): SummaryEntity[] {
  return maps(value).map(entityOf);
}

/** Computes a dataset's summary (a read). */
export async function computeDatasetSummary(
  driver: Driver,
  database: string | undefined,
  datasetId: string,
): Promise<DatasetSummary> {
  const day = todayUtc();
  const { records } = await driver.executeQuery(
    cypher("summarise-dataset"),
    { dataset: datasetId, day, top: neo4j.int(TOP), groupCandidates: neo4j.int(GROUP_CANDIDATES) },
    { database, routing: neo4j.routing.READ },
  );
  const record = records[0];
  const get = (key: string): unknown => record?.get(key);
  const parents = countOf(get("ultimateParents"));
  return {
    dataset: datasetId,
    day,
    entityTypes: typeCounts(get("entityTypes")),
    relationshipTypes: typeCounts(get("relationshipTypes")),
    mostHoldings: { total: countOf(get("holders")), shown: entities(get("mostHoldings")) },
    ultimateParents: { total: parents, shown: entities(get("topParents")) },
    largestGroups: {
      candidates: Math.min(parents, GROUP_CANDIDATES),
      shown: maps(get("groups")).map((item) => ({
        ...entityOf(item),
        members: countOf(item["members"]),
      })),
    },
  };
}

/** Keeps a summary on its dataset's record. */
export async function storeDatasetSummary(
  driver: Driver,
  database: string | undefined,
  summary: DatasetSummary,
): Promise<void> {
  await driver.executeQuery(
    cypher("set-dataset-summary"),
    { dataset: summary.dataset, summary: JSON.stringify(summary) },
    { database, routing: neo4j.routing.WRITE },
  );
}

/** Computes a dataset's summary and keeps it on its record. */
export async function summariseDataset(
  driver: Driver,
  database: string | undefined,
  datasetId: string,
): Promise<DatasetSummary> {
  const summary = await computeDatasetSummary(driver, database, datasetId);
  await storeDatasetSummary(driver, database, summary);
  return summary;
}

/** The kept summaries by dataset id; null for a dataset that has none yet. */
export async function readDatasetSummaries(
  driver: Driver,
  database: string | undefined,
): Promise<Map<string, DatasetSummary | null>> {
  const { records } = await driver.executeQuery(
    cypher("get-dataset-summaries"),
    {},
    { database, routing: neo4j.routing.READ },
  );
  const summaries = new Map<string, DatasetSummary | null>();
  for (const record of records) {
    const text: unknown = record.get("summary");
    summaries.set(
      String(record.get("id")),
      typeof text === "string" ? (JSON.parse(text) as DatasetSummary) : null,
    );
  }
  return summaries;
}
