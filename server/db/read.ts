import type { Driver, RecordShape } from "neo4j-driver";
import { toPlain } from "./values.ts";

export interface Reader {
  /** Runs one named query in a read transaction with the configured timeout; rows come back as plain JSON. */
  read<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
}

export function createReader(driver: Driver, options: { database?: string | undefined; timeoutMs: number }): Reader {
  return {
    async read<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
      const session = driver.session({ database: options.database, defaultAccessMode: "READ" });
      try {
        const result = await session.executeRead((tx) => tx.run<RecordShape>(query, params), {
          timeout: options.timeoutMs,
        });
        return result.records.map((record) => toPlain(record.toObject()) as T);
      } finally {
        await session.close();
      }
    },
  };
}
