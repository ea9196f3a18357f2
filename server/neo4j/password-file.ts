import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The embedded database's password: NEO4J_PASSWORD when given, else the one kept in
 * `<dataDir>/password` (git-ignored), generated on first start.
 */
export function resolveEmbeddedPassword(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv !== undefined) {
    if (fromEnv.length < 8) {
      throw new Error("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum).");
    }
    return fromEnv;
  }
  const file = path.join(dataDir, "password");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 8) return stored;
  }
  mkdirSync(dataDir, { recursive: true });
  const generated = randomBytes(18).toString("base64url");
  writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  return generated;
}
