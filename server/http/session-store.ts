import { randomBytes } from "node:crypto";
import type { Role } from "../access-config";

export interface SignedInSession {
  role: Role;
  expiresAt: number;
}

/** Sign-in sessions, in memory: a restart signs everyone out. Expired ones are dropped. */
export class SessionStore {
  private readonly sessions = new Map<string, SignedInSession>();

  constructor(private readonly lifetimeMs: number) {}

  create(role: Role, now = Date.now()): { id: string; session: SignedInSession } {
    this.sweep(now);
    const id = randomBytes(32).toString("base64url");
    const session = { role, expiresAt: now + this.lifetimeMs };
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
