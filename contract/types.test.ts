import { describe, expect, it } from "vitest";

describe("contract/types.ts", () => {
  // The web imports the contract through this module only; it must stay types only, or zod would ship.
  it("exports nothing at run time", async () => {
    expect(Object.keys(await import("./types.ts"))).toEqual([]);
  });
});
