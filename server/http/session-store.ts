import { randomBytes } from "node:crypto";
import type { AuthToken } from "neo4j-driver";
import type { Role } from "../../domain/wire/session-api-types";

/** Who signed in: a role, and with OWNERGRAPH_AUTH=neo4j the Neo4j user and credentials. */
export interface SignedInIdentity {
  role: Role;
  /** The Neo4j user name; null for a shared access token (it names a role, not a person). */
  user: string | null;
  /** The person's own Neo4j credentials, held in memory only, for their queries. */
  neo4jAuth: AuthToken | null;
}

export interface SignedInSession extends SignedInIdentity {
  expiresAt: number;
}

/** Sign-in sessions, in memory: a restart signs everyone out. Expired ones are dropped. */
export class SessionStore {
  private readonly sessions = new Map<string, SignedInSession>();

  constructor(private readonly lifetimeMs: number) {}

  create(identity: SignedInIdentity, now = Date.now()): { id: string; session: SignedInSession } {
    this.sweep(now);
    const id = randomBytes(32).toString("base64url");
    const session = { ...identity, expiresAt: now + this.lifetimeMs };
    this.sessions.set(id, session);
    return { id, session };
  }

  find(id: string | undefined, now = Date.now()): SignedInSession | null {
    if (id === undefined) return null;
    const session = this.sessions.get(id);
    if (!session) return null;
    if (session.expiresAt <= now) {
      this.sessions.delete(id);
      return null;
    }
    return session;
  }

  end(id: string | undefined): void {
    if (id !== undefined) this.sessions.delete(id);
  }

  private sweep(now: number): void {
    for (const [id, session] of this.sessions) {
      if (session.expiresAt <= now) this.sessions.delete(id);
    }
  }
}
