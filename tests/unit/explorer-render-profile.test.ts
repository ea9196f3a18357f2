import { describe, expect, it } from "vitest";
import { SIMPLIFICATIONS, simplificationsFor } from "../../app/canvas/render-simplifications";

describe("the software render profile's simplifications", () => {
  const large = { nodes: 50_000, relationships: 64_000 };

  it("leaves nothing out in the full profile, whatever the size (the GPU path)", () => {
    expect(simplificationsFor("full", large)).toEqual([]);
  });

  it("draws discs and solid lines from their sizes on, each measured on its own count", () => {
    expect(simplificationsFor("software", { nodes: 1_999, relationships: 1_999 })).toEqual([]);
    expect(
      simplificationsFor("software", {
        nodes: SIMPLIFICATIONS.discs.from,
        relationships: 10,
      }),
    ).toEqual(["discs"]);
    expect(
      simplificationsFor("software", {
        nodes: 10,
        relationships: SIMPLIFICATIONS.solidLines.from,
      }),
    ).toEqual(["solidLines"]);
    expect(simplificationsFor("software", large)).toEqual(["discs", "solidLines"]);
  });

  it("keeps to the simplifications asked for (the benchmark measures them one at a time)", () => {
    expect(simplificationsFor("software", large, ["solidLines"])).toEqual(["solidLines"]);
  });

  it("says what each one leaves out and what it keeps", () => {
    expect(SIMPLIFICATIONS.discs.says).toMatch(/type's colour/);
    expect(SIMPLIFICATIONS.solidLines.says).toMatch(/kind's colour/);
  });
});
