import { describe, expect, it } from "vitest";
import { escapeLucene, luceneQuery } from "./lucene.ts";

describe("luceneQuery", () => {
  it("keeps Chinese text and adds a prefix form", () => {
    expect(luceneQuery("代办")).toBe("(代办) OR (代办*)");
  });

  it("lowercases and splits English terms", () => {
    expect(luceneQuery("Proxy  Approval")).toBe("(proxy approval) OR (proxy* approval*)");
  });

  it("strips every Lucene operator from user text", () => {
    const query = luceneQuery('a:b OR "x" (y) [z] {w} ~ ^ * ? \\ / + - && || !');
    expect(query).toBe("(ab or x y z w) OR (ab* or* x* y* z* w*)");
  });

  it("returns undefined when nothing searchable is left", () => {
    expect(luceneQuery(" *** ")).toBeUndefined();
    expect(luceneQuery("")).toBeUndefined();
  });

  it("escapes special characters when asked directly", () => {
    expect(escapeLucene("a+b")).toBe("a\\+b");
  });
});
