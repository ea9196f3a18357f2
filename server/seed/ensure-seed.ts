import type { Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";

export interface SeedStatus {
  seedVersion: string;
  loaded: boolean;
}

// Placeholder wiring until graph-seed's loader lands; replaced in the next commit.
export async function ensureSeed(
  driver: Driver,
  database: string | undefined,
): Promise<SeedStatus> {
  const { records } = await driver.executeQuery(
    cypher("get-seed-version"),
    { key: "seed" },
    { database },
  );
  return { seedVersion: String(records[0]?.get("seedVersion") ?? "none"), loaded: false };
}
