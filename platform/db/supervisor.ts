import type { Logger } from "../logger.ts";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "./embedded.ts";

export interface EmbeddedSupervisor {
  readonly current: EmbeddedNeo4j;
  /** Stops the database for good (no restart). */
  stop(): Promise<void>;
}

/**
 * Keeps the embedded Neo4j running: if the JVM dies (killed, crashed), it is started again on the same
 * port and store, after a short pause; Neo4j recovers the store from its transaction log, and the driver
 * reconnects by itself because the address is unchanged. Meanwhile the API answers 503.
 */
export function superviseEmbedded(
  first: EmbeddedNeo4j,
  options: { port: number; dataDir: string; heap: string; pageCache: string; log: Logger; restartDelayMs?: number },
): EmbeddedSupervisor {
  let current = first;
  let stopping = false;
  const watch = (instance: EmbeddedNeo4j) => {
    void instance.exited.then(async (code) => {
      if (stopping) return;
      options.log.error({ code }, "embedded Neo4j exited; restarting it (the API answers 503 meanwhile)");
      for (let attempt = 1; !stopping; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, options.restartDelayMs ?? 1_000));
        try {
          current = await startEmbeddedNeo4j({ ...options, port: options.port });
          watch(current);
          options.log.info({ attempt }, "embedded Neo4j is back");
          return;
        } catch (error) {
          options.log.error({ err: error, attempt }, "embedded Neo4j restart failed; trying again");
        }
      }
    });
  };
  watch(first);
  return {
    get current() {
      return current;
    },
    async stop() {
      stopping = true;
      await current.stop();
    },
  };
}
