import { describe, expect, it } from "vitest";
import {
  canRedo,
  canUndo,
  pushHistory,
  redo,
  replacePresent,
  startHistory,
  undo,
} from "../../app/explorer/state/history";

describe("view history", () => {
  it("undoes and redoes steps in order", () => {
    let history = startHistory("a");
    history = pushHistory(history, "b");
    history = pushHistory(history, "c");
    expect(canUndo(history)).toBe(true);
    history = undo(history);
    expect(history.present).toBe("b");
    history = undo(history);
    expect(history.present).toBe("a");
    expect(canUndo(history)).toBe(false);
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(history.present).toBe("b");
    expect(canRedo(history)).toBe(true);
    history = redo(history);
    expect(history.present).toBe("c");
    expect(canRedo(history)).toBe(false);
    expect(redo(history)).toBe(history);
  });

  it("drops the redo side when a new step is taken", () => {
    const history = pushHistory(undo(pushHistory(startHistory(1), 2)), 3);
    expect(history.present).toBe(3);
    expect(history.past).toEqual([1]);
    expect(canRedo(history)).toBe(false);
  });

  it("ignores a step to the same state, and keeps a bounded past", () => {
    const start = startHistory("x");
    expect(pushHistory(start, "x")).toBe(start);
    let history = start;
    for (let step = 0; step < 10; step++) history = pushHistory(history, `s${step}`, 4);
    expect(history.past).toEqual(["s5", "s6", "s7", "s8"]);
  });

  it("folds quiet changes into the present without a step of their own", () => {
    const history = replacePresent(pushHistory(startHistory("a"), "b"), "b+selection");
    expect(history.present).toBe("b+selection");
    expect(undo(history).present).toBe("a");
    expect(redo(undo(history)).present).toBe("b+selection");
  });
});
