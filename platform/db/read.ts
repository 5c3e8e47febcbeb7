import type { Driver, RecordShape } from "neo4j-driver";
import type { ConcurrencyLimiter } from "./limiter.ts";
import { toPlain } from "./values.ts";

export interface Reader {
  /** Runs one named query in a read transaction with the configured timeout; rows come back as plain JSON. */
  read<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
}

interface ReaderOptions {
  database?: string | undefined;
  timeoutMs: number;
  /** Bounds concurrent reads to the pool size; beyond its waiting line, reads fail fast (429). */
  limiter?: ConcurrencyLimiter;
}

export function createReader(driver: Driver, options: ReaderOptions): Reader {
  const { limiter } = options;
  return {
    read<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
      const work = () => readOnce<T>(driver, options, query, params);
      return limiter ? limiter.run(work) : work();
    },
  };
}

async function readOnce<T>(driver: Driver, options: ReaderOptions, query: string, params: Record<string, unknown>) {
  const session = driver.session({ database: options.database, defaultAccessMode: "READ" });
  try {
    const result = await session.executeRead((tx) => tx.run<RecordShape>(query, params), {
      timeout: options.timeoutMs,
    });
    return result.records.map((record) => toPlain(record.toObject()) as T);
  } finally {
    await session.close();
  }
}
