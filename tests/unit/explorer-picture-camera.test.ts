import { describe, expect, it } from "vitest";
import {
  IDENTITY,
  drawnPointAt,
  isIdentity,
  isSoftwareRenderer,
  panned,
  zoomed,
  type PictureTransform,
} from "../../app/canvas/picture-camera";

describe("telling software WebGL from a GPU", () => {
  it("knows the software rasterisers by their renderer names", () => {
    for (const name of [
      "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)",
      "Google SwiftShader",
      "llvmpipe (LLVM 15.0.6, 256 bits)",
      "Mesa softpipe",
      "ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)",
    ]) {
      expect(isSoftwareRenderer(name), name).toBe(true);
    }
  });

  it("leaves GPUs, and a browser that hides the name, to pan live", () => {
    for (const name of [
      "ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)",
      "Apple M2",
      "Mesa Intel(R) UHD Graphics 620 (KBL GT2)",
      "AMD Radeon Pro 5500M OpenGL Engine",
      "",
    ]) {
      expect(isSoftwareRenderer(name), name).toBe(false);
    }
  });
});

describe("the picture's transform while panning and zooming", () => {
  const at = (transform: PictureTransform, point: { x: number; y: number }) => ({
    x: point.x * transform.scale + transform.shift.x,
    y: point.y * transform.scale + transform.shift.y,
  });

  it("moves with a drag and adds up drags", () => {
    const once = panned(IDENTITY, { x: 30, y: -10 });
    expect(at(once, { x: 100, y: 100 })).toEqual({ x: 130, y: 90 });
    expect(panned(once, { x: 5, y: 5 })).toEqual({ scale: 1, shift: { x: 35, y: -5 } });
    expect(isIdentity(once)).toBe(false);
    expect(isIdentity(panned(once, { x: -30, y: 10 }))).toBe(true);
  });

  it("keeps the point under the mouse in place when zooming, after a pan too", () => {
    const mouse = { x: 200, y: 150 };
    for (const start of [IDENTITY, panned(IDENTITY, { x: -40, y: 25 })]) {
      const drawnUnderMouse = drawnPointAt(start, mouse);
      const closer = zoomed(start, 1.7, mouse);
      expect(closer.scale).toBeCloseTo(start.scale * 1.7);
      expect(at(closer, drawnUnderMouse).x).toBeCloseTo(mouse.x);
      expect(at(closer, drawnUnderMouse).y).toBeCloseTo(mouse.y);
    }
  });

  it("finds the drawn point shown anywhere (the inverse of the transform)", () => {
    const transform = zoomed(panned(IDENTITY, { x: 12, y: 7 }), 0.5, { x: 640, y: 400 });
    const drawn = { x: 321, y: 123 };
    const back = drawnPointAt(transform, at(transform, drawn));
    expect(back.x).toBeCloseTo(drawn.x);
    expect(back.y).toBeCloseTo(drawn.y);
    // Zooming in and back out about the same point returns to where it was.
    const there = zoomed(zoomed(IDENTITY, 1.7, { x: 50, y: 60 }), 1 / 1.7, { x: 50, y: 60 });
    expect(there.scale).toBeCloseTo(1);
    expect(there.shift.x).toBeCloseTo(0);
    expect(there.shift.y).toBeCloseTo(0);
  });
});
