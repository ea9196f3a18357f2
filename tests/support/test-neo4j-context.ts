/** What the global setup hands to every integration test (see tests/setup/global-neo4j.ts). */
export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | null;
  /** Written once the database is ready: `{ ready: true }`, or `{ ready: false, message }`. */
  readyFile: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
