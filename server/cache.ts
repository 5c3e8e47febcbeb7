import { LRUCache } from "lru-cache";
import type { Reader } from "./db/read.ts";
import type { Logger } from "./logger.ts";

/** The loader bumps this node's version in every write transaction (seed/cypher.ts). */
const GRAPH_VERSION_QUERY = "OPTIONAL MATCH (m:GraphMeta {id: 'graph'}) RETURN coalesce(m.version, 'empty') AS version";

/**
 * Caches read responses until the graph changes. Writes from this process call invalidate(); writes from
 * elsewhere (the seed CLI, another app instance) are noticed by polling the graph version once a second.
 * While Neo4j cannot be reached the cache is bypassed, so clients see the outage (503) rather than old data.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, { version: string; value: unknown }>;
  private version = "";
  private healthy = false;
  private lastPoll = 0;
  private polling: Promise<void> | undefined;

  constructor(
    private readonly reader: Reader,
    private readonly log: Logger,
    private readonly pollIntervalMs = 1000,
    maxEntries = 2000,
  ) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  async getOrCompute<T>(key: string, compute: () => Promise<T>): Promise<T> {
    await this.refreshVersion();
    const hit = this.healthy ? this.entries.get(key) : undefined;
    if (hit && hit.version === this.version) return hit.value as T;
    const versionBefore = this.version;
    const value = await compute();
    this.entries.set(key, { version: versionBefore, value });
    return value;
  }

  invalidate(): void {
    this.entries.clear();
    this.lastPoll = 0;
  }

  private refreshVersion(): Promise<void> {
    if (performance.now() - this.lastPoll < this.pollIntervalMs) return Promise.resolve();
    this.polling ??= this.poll().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  private async poll(): Promise<void> {
    try {
      const [row] = await this.reader.read<{ version: string }>(GRAPH_VERSION_QUERY);
      const version = row?.version ?? "empty";
      if (version !== this.version) this.entries.clear();
      this.version = version;
      this.healthy = true;
    } catch (error) {
      if (this.healthy) this.log.warn({ err: error }, "graph version poll failed; cache bypassed");
      this.healthy = false;
    } finally {
      this.lastPoll = performance.now();
    }
  }
}
