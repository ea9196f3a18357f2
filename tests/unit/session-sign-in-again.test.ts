import { describe, expect, it } from "vitest";
import { SignInAgain } from "../../app/api/sign-in-again";

describe("requests that wait for the person to sign in again", () => {
  it("all wait on one sign-in, and go on once it is done", async () => {
    const gate = new SignInAgain();
    const changes: boolean[] = [];
    gate.subscribe(() => changes.push(gate.isNeeded()));
    expect(gate.isNeeded()).toBe(false);
    const done: string[] = [];
    const first = gate.wait().then(() => done.push("first"));
    const second = gate.wait().then(() => done.push("second"));
    expect(gate.isNeeded()).toBe(true);
    await Promise.resolve();
    expect(done).toEqual([]);
    gate.signedIn();
    await Promise.all([first, second]);
    expect(done).toEqual(["first", "second"]);
    expect(gate.isNeeded()).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it("lets an aborted request go without a sign-in", async () => {
    const gate = new SignInAgain();
    const controller = new AbortController();
    const waiting = gate.wait(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    await expect(gate.wait(controller.signal)).rejects.toMatchObject({ name: "AbortError" });
  });

  it("does nothing on a sign-in nobody waited for", () => {
    const gate = new SignInAgain();
    let calls = 0;
    gate.subscribe(() => calls++);
    gate.signedIn();
    expect(calls).toBe(0);
  });
});
