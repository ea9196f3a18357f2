import { useEffect, useState, useSyncExternalStore, type FormEvent, type ReactNode } from "react";
import { ApiRequestError } from "../api/api-client";
import { signInAgain } from "../api/sign-in-again";
import {
  fetchSession,
  signIn,
  signOut,
  type SessionAnswer,
  type SignInCredentials,
} from "../api/session-api";
import "./session.css";

type GateState =
  | { kind: "checking" }
  | { kind: "failed"; message: string }
  | { kind: "answered"; session: SessionAnswer };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Shows the app once the server lets this browser in: at once on a server without sign-in,
 * after the access token (or the Neo4j user name and password) on one with it. The secret goes
 * to the server once and comes back as an HttpOnly cookie; the page never keeps it. When the
 * session ends under the app (expired, server restarted, signed out in another tab), the sign-in
 * form comes back over the app, which stays as it was; the requests that met the end wait and
 * go out again once the person has signed in (api/sign-in-again.ts).
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ kind: "checking" });
  const mustSignInAgain = useSyncExternalStore(signInAgain.subscribe, signInAgain.isNeeded);
  const load = () =>
    fetchSession().then(
      (session) => setState({ kind: "answered", session }),
      (error: unknown) => setState({ kind: "failed", message: messageOf(error) }),
    );
  const check = () => {
    setState({ kind: "checking" });
    void load();
  };
  useEffect(() => {
    void load();
  }, []);

  if (state.kind === "checking") return <p className="session-page">Connecting…</p>;
  if (state.kind === "failed") {
    return (
      <div className="session-page" role="alert">
        <p>{state.message}</p>
        <button type="button" onClick={check}>
          Retry
        </button>
      </div>
    );
  }
  const { session } = state;
  if (!session.signedIn) {
    return (
      <SignInForm
        asNeo4jUser={session.auth === "neo4j"}
        onSignedIn={(next) => setState({ kind: "answered", session: next })}
      />
    );
  }
  return (
    <>
      <div className="session-app" inert={mustSignInAgain}>
        {children}
        {session.auth !== "none" && (
          <div className="session-badge">
            <span>
              Signed in as {session.user ? `${session.user} (${session.role})` : session.role}
            </span>
            <button
              type="button"
              className="small"
              onClick={() => void signOut().finally(() => window.location.reload())}
            >
              Sign out
            </button>
          </div>
        )}
      </div>
      {mustSignInAgain && (
        <div className="session-overlay" role="dialog" aria-modal="true" aria-label="Sign in again">
          <SignInForm
            asNeo4jUser={session.auth === "neo4j"}
            sessionEnded
            onSignedIn={(next) => {
              setState({ kind: "answered", session: next });
              signInAgain.signedIn();
            }}
          />
        </div>
      )}
    </>
  );
}

function SignInForm({
  asNeo4jUser,
  sessionEnded = false,
  onSignedIn,
}: {
  asNeo4jUser: boolean;
  /** The session ended while the app was open: say so, and that the app stays as it was. */
  sessionEnded?: boolean;
  onSignedIn: (session: SessionAnswer) => void;
}) {
  const [user, setUser] = useState("");
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const credentials: SignInCredentials = asNeo4jUser ? { user, password: token } : { token };
      onSignedIn(await signIn(credentials));
    } catch (failure) {
      setError(failure instanceof ApiRequestError ? failure.message : messageOf(failure));
      setBusy(false);
    }
  };
  return (
    <form className="session-page sign-in" onSubmit={(event) => void submit(event)}>
      <h1>Ownergraph</h1>
      {sessionEnded && (
        <p>
          Your session has ended (it expired, the server restarted, or you signed out in another
          tab). Sign in again to carry on where you were.
        </p>
      )}
      <p>
        {asNeo4jUser
          ? "Sign in with your Neo4j user name and password."
          : "This server asks for an access token. Whoever runs it can give you one."}
      </p>
      {asNeo4jUser && (
        <label>
          Neo4j user
          <input
            autoComplete="username"
            value={user}
            onChange={(event) => setUser(event.target.value)}
            autoFocus
          />
        </label>
      )}
      <label>
        {asNeo4jUser ? "Password" : "Access token"}
        <input
          type="password"
          autoComplete="current-password"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          autoFocus={!asNeo4jUser}
        />
      </label>
      <button type="submit" disabled={busy || token === "" || (asNeo4jUser && user === "")}>
        Sign in
      </button>
      {error && (
        <p className="sign-in-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
