import { describe, expect, it } from "vitest";
import { ConcurrencyLimiter, OverloadedError } from "./limiter.ts";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe("ConcurrencyLimiter", () => {
  it("runs at most `concurrency` jobs at once and queues the rest in order", async () => {
    const limiter = new ConcurrencyLimiter(2, 10);
    const gates = [deferred(), deferred(), deferred()];
    const order: number[] = [];
    const jobs = gates.map((gate, i) =>
      limiter.run(async () => {
        order.push(i);
        await gate.promise;
      }),
    );
    await Promise.resolve();
    expect(limiter.inFlight).toBe(2);
    expect(limiter.queued).toBe(1);
    expect(order).toEqual([0, 1]);
    gates[0]?.resolve();
    await jobs[0];
    await Promise.resolve();
    expect(order).toEqual([0, 1, 2]);
    gates[1]?.resolve();
    gates[2]?.resolve();
    await Promise.all(jobs);
    expect(limiter.inFlight).toBe(0);
  });

  it("refuses work once the waiting line is full, and releases slots on failure", async () => {
    const limiter = new ConcurrencyLimiter(1, 1);
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    const second = limiter.run(async () => "second");
    await expect(limiter.run(async () => "third")).rejects.toBeInstanceOf(OverloadedError);
    gate.resolve();
    await first;
    expect(await second).toBe("second");
    await expect(limiter.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(limiter.inFlight).toBe(0);
  });
});
