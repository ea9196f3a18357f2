import { describe, expect, it } from "vitest";
import { SIMPLIFICATIONS, simplificationsFor } from "../../app/canvas/render-simplifications";

describe("the software render profile's simplifications", () => {
  const large = { nodes: 50_000, relationships: 64_000 };

  it("leaves nothing out in the full profile, whatever the size (the GPU path)", () => {
    expect(simplificationsFor("full", large)).toEqual([]);
  });

  it("draws discs from 2,000 entities on", () => {
    expect(SIMPLIFICATIONS.discs.from).toBe(2_000);
    expect(simplificationsFor("software", { nodes: 1_999, relationships: 9_000 })).toEqual([]);
    expect(simplificationsFor("software", { nodes: 2_000, relationships: 10 })).toEqual(["discs"]);
    expect(simplificationsFor("software", large)).toEqual(["discs"]);
    expect(simplificationsFor("software", large, [])).toEqual([]);
  });

  it("says what each one leaves out and what it keeps", () => {
    expect(SIMPLIFICATIONS.discs.says).toMatch(/type's colour/);
  });
});
