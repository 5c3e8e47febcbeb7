import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("fills defaults for an empty environment", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(8080);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_LOCAL_PORT).toBe(7687);
    expect(config.NEO4J_LOCAL_DATA_DIR).toBe(".data/neo4j");
    expect(config.CORS_ORIGINS).toEqual([]);
  });

  it("coerces numbers and splits lists", () => {
    const config = loadConfig({
      PORT: "9000",
      CORS_ORIGINS: "http://a.test, http://b.test",
      NEO4J_URI: "neo4j+s://x.io",
    });
    expect(config.PORT).toBe(9000);
    expect(config.CORS_ORIGINS).toEqual(["http://a.test", "http://b.test"]);
    expect(config.NEO4J_URI).toBe("neo4j+s://x.io");
  });

  it("treats an empty NEO4J_URI as unset", () => {
    expect(loadConfig({ NEO4J_URI: "" }).NEO4J_URI).toBeUndefined();
  });

  it("names every bad variable and the reason", () => {
    try {
      loadConfig({ PORT: "eighty", NEO4J_URI: "http://localhost:7474", NEO4J_LOCAL_HEAP: "lots", API_TOKEN: "short" });
      expect.unreachable("loadConfig should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const paths = (error as ConfigError).issues.map((i) => i.path).sort();
      expect(paths).toEqual(["API_TOKEN", "NEO4J_LOCAL_HEAP", "NEO4J_URI", "PORT"]);
      expect((error as ConfigError).message).toContain("NEO4J_URI: must be a bolt:// or neo4j:// URI");
    }
  });
});
