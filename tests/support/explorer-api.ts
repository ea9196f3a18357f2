import type { TestServer } from "./test-server";

/** GET against the test server's API: status and parsed JSON body. */
export async function getApi<T = Record<string, unknown>>(
  server: TestServer,
  path: string,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.baseUrl}${path}`);
  return { status: response.status, body: (await response.json()) as T };
}

/** Counts every node and relationship, to prove a request changed nothing. */
export async function countEverything(server: TestServer): Promise<string> {
  const { records } = await server.driver.executeQuery(
    "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships",
  );
  const record = records[0];
  return `${String(record?.get("nodes"))}/${String(record?.get("relationships"))}`;
}
