import { describe, expect, it } from "vitest";
import { isSoftwareRenderer } from "../../app/graph/picture-panning";

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
