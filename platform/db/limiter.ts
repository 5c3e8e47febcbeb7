/** Thrown when the waiting line is full: the caller answers 429 instead of queuing without limit. */
export class OverloadedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("too many requests are waiting for the database");
    this.name = "OverloadedError";
  }
}

/**
 * Bounds concurrent database work to `concurrency` (the driver's pool size) with a waiting line of at most
 * `queueLimit`; beyond that, work is refused at once. Waiters are served first come, first served.
 */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly queueLimit: number,
  ) {}

  get inFlight(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) {
      if (this.waiting.length >= this.queueLimit) throw new OverloadedError(1);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `active` only drops when nobody waits.
      if (next) next();
      else this.active -= 1;
    }
  }
}
