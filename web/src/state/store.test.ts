import { describe, expect, it } from "vitest";
import { createStore, type HistoryMode, type UrlHost } from "./store.ts";

function fakeHost(initial = "") {
  let search = initial;
  let external: () => void = () => {};
  const writes: [string, HistoryMode][] = [];
  const host: UrlHost = {
    search: () => search,
    write: (next, mode) => {
      search = next;
      writes.push([next, mode]);
    },
    onExternalChange: (callback) => {
      external = callback;
    },
  };
  return {
    host,
    writes,
    back(to: string) {
      search = to;
      external();
    },
  };
}

describe("store", () => {
  it("reads the initial state from the URL", () => {
    const { host } = fakeHost("v=compare&a=case:x");
    const store = createStore(host);
    expect(store.get().view).toBe("compare");
    expect(store.get().caseA).toBe("case:x");
  });

  it("writes changes to the URL with the requested history mode and notifies listeners", () => {
    const { host, writes } = fakeHost();
    const store = createStore(host);
    const seen: string[] = [];
    store.subscribe((s, prev) => seen.push(`${prev.view}->${s.view}`));
    store.set({ view: "recurrence" });
    store.set({ zoom: { k: 2, x: 0, y: 0 } }, "replace");
    expect(writes).toEqual([
      ["v=recurrence", "push"],
      ["v=recurrence&z=2,0,0", "replace"],
    ]);
    expect(seen).toEqual(["graph->recurrence", "recurrence->recurrence"]);
    expect(store.href()).toBe("?v=recurrence&z=2,0,0");
  });

  it("does not write when nothing in the URL changes", () => {
    const { host, writes } = fakeHost();
    createStore(host).set({ view: "graph" });
    expect(writes).toEqual([]);
  });

  it("follows back/forward", () => {
    const fake = fakeHost("v=recurrence");
    const store = createStore(fake.host);
    fake.back("v=taskforces");
    expect(store.get().view).toBe("taskforces");
  });

  it("navigates to a whole link, keeping the given fields", () => {
    const { host } = fakeHost("present=1&v=compare");
    const store = createStore(host);
    store.navigate("v=cooccurrence&min=3", { present: true });
    expect(store.get()).toMatchObject({ view: "cooccurrence", minCount: 3, present: true });
  });
});
