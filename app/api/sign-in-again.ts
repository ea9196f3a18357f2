/**
 * When a signed-in session ends under the app (it expired, the server restarted, a sign-out in
 * another tab), the API answers 401 Ownergraph.SignInRequired. The request then waits here while
 * the session gate shows the sign-in form over the app, and is sent again once the person has
 * signed in, so whatever they were doing carries on where it was.
 */
export class SignInAgain {
  private pending: { promise: Promise<void>; resolve: () => void } | null = null;
  private readonly listeners = new Set<() => void>();

  /** True while requests wait for the person to sign in again. */
  readonly isNeeded = (): boolean => this.pending !== null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resolves once the person has signed in again; rejects with AbortError if `signal` aborts. */
  wait(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (this.pending === null) {
      let resolve = () => {};
      const promise = new Promise<void>((done) => (resolve = done));
      this.pending = { promise, resolve };
      this.notify();
    }
    const { promise } = this.pending;
    if (!signal) return promise;
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(abortError(signal));
      signal.addEventListener("abort", onAbort, { once: true });
      void promise.then(() => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      });
    });
  }

  /** The person signed in again: the waiting requests go out again. */
  signedIn(): void {
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    pending.resolve();
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The request was aborted.", "AbortError");
}

/** The app's one: the API client waits on it, the session gate answers it. */
export const signInAgain = new SignInAgain();
