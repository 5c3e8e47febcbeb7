import { describe, expect, it } from "vitest";
import { nodeLabels } from "./ids.ts";
import { endpointsAllowed, relationshipTypeNames, relationshipTypes } from "./relationships.ts";

describe("relationship table", () => {
  it("names only known labels, and pairs stay within from × to", () => {
    for (const type of relationshipTypeNames) {
      const spec: { from: readonly string[]; to: readonly string[]; pairs?: readonly (readonly string[])[] } =
        relationshipTypes[type];
      for (const l of [...spec.from, ...spec.to]) expect(nodeLabels as string[]).toContain(l);
      for (const [f, t] of spec.pairs ?? []) {
        expect(spec.from).toContain(f);
        expect(spec.to).toContain(t);
      }
    }
  });

  it("narrows by pairs where given", () => {
    expect(endpointsAllowed("PART_OF", "Park", "Park")).toBe(true);
    expect(endpointsAllowed("PART_OF", "Park", "Region")).toBe(false);
    expect(endpointsAllowed("LOCATED_IN", "Park", "Park")).toBe(false);
    expect(endpointsAllowed("FEATURES", "Case", "Measure")).toBe(true);
    expect(endpointsAllowed("FEATURES", "Case", "Project")).toBe(false);
  });

  it("requires a role on LED_BY", () => {
    expect(relationshipTypes.LED_BY.props.safeParse({}).success).toBe(false);
    expect(relationshipTypes.LED_BY.props.safeParse({ role: "区委常委 (组长)" }).success).toBe(true);
  });
});
