import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../app/api/api-client";
import { RequestRunner, describeFailure } from "../../app/explorer/controller/request-runner";
import {
  INITIAL_SNAPSHOT,
  type ExplorerSnapshot,
} from "../../app/explorer/controller/explorer-snapshot";
import { EMPTY_VIEW } from "../../app/explorer/state/view-state";

function fakeModel() {
  let snapshot: ExplorerSnapshot = {
    ...INITIAL_SNAPSHOT,
    view: { ...EMPTY_VIEW, entities: ["aisino", "casic"] },
    onScreen: 2,
  };
  return {
    update(partial: Partial<ExplorerSnapshot>) {
      snapshot = { ...snapshot, ...partial };
    },
    getSnapshot: () => snapshot,
  };
}

describe("when Neo4j or the server is down", () => {
  it("says so, keeps what is on screen, and recovers on the next answer", async () => {
    const model = fakeModel();
    const runner = new RequestRunner(model);
    const result = await runner.run("expand", "Expanding…", () =>
      Promise.reject(
        new ApiRequestError(
          503,
          "ServiceUnavailable",
          "Neo4j is not available right now: connection refused.",
        ),
      ),
    );
    expect(result).toBeNull();
    const down = model.getSnapshot();
    expect(down.offline).toBe(true);
    expect(down.error).toMatch(/Neo4j is not available right now.*What is on screen stays/);
    expect(down.view.entities).toEqual(["aisino", "casic"]);
    expect(down.onScreen).toBe(2);
    expect(down.busy).toBeNull();

    expect(await runner.run("expand", "Expanding…", () => Promise.resolve(42))).toBe(42);
    expect(model.getSnapshot().offline).toBe(false);
    expect(model.getSnapshot().error).toBeNull();
  });

  it("treats an unreachable server like an unavailable database, and a 400 as a plain error", () => {
    expect(
      describeFailure(new ApiRequestError(0, "Ownergraph.Offline", "The server does not answer."))
        .offline,
    ).toBe(true);
    const invalid = describeFailure(
      new ApiRequestError(400, "Ownergraph.InvalidParameter", '"limit" is bad.'),
    );
    expect(invalid).toEqual({ message: '"limit" is bad.', offline: false });
  });

  it("lets a newer request replace an older one for the same purpose", async () => {
    const model = fakeModel();
    const runner = new RequestRunner(model);
    let release: (value: string) => void = () => undefined;
    const first = runner.run(
      "search",
      "…",
      (signal) =>
        new Promise<string>((resolve, reject) => {
          release = resolve;
          signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        }),
    );
    const second = runner.run("search", "…", () => Promise.resolve("newer"));
    release("older");
    expect(await first).toBeNull();
    expect(await second).toBe("newer");
    expect(model.getSnapshot().error).toBeNull();
  });
});
