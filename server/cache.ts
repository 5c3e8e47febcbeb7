import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { graphMetaLabel } from "../graph-schema/index.ts";
import type { Reader } from "../platform/db/read.ts";
import type { Logger } from "../platform/logger.ts";

/** The loader changes this node's version token in every write transaction (seed/cypher.ts). */
const GRAPH_VERSION_QUERY = `OPTIONAL MATCH (m:${graphMetaLabel} {id: 'graph'}) RETURN coalesce(m.version, 'empty') AS version`;

/**
 * A response body serialised once and sent many times, with its ETag, so a cache hit costs no JSON work.
 * `T` is the type it was serialised from, so a handler answering with it is still checked against the contract.
 */
export class JsonBody<T = unknown> {
  declare readonly of?: T;
  readonly bytes: Buffer;
  readonly etag: string;
  constructor(text: string) {
    this.bytes = Buffer.from(text, "utf8");
    this.etag = `W/"${createHash("sha1").update(this.bytes).digest("base64url")}"`;
  }
}

/**
 * Caches read responses until the graph changes. Writes from this process call invalidate(); writes from
 * elsewhere (the seed CLI, another app instance) are noticed by polling the graph version once a second.
 * Concurrent misses for one key share a single computation. While Neo4j cannot be reached the cache is
 * not served, so clients see the outage (503) rather than data the server cannot vouch for.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, { version: string; value: unknown }>;
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private version = "";
  private healthy = false;
  private lastPoll = 0;
  private polling: Promise<void> | undefined;

  constructor(
    private readonly reader: Reader,
    private readonly log: Logger,
    private readonly options: { enabled: boolean; pollIntervalMs?: number; maxEntries?: number } = { enabled: true },
  ) {
    this.entries = new LRUCache({ max: options.maxEntries ?? 2000 });
  }

  /** The serialised response for `key`, computed at most once per graph version. */
  respond<T>(key: string, compute: () => Promise<T>): Promise<JsonBody<T>> {
    return this.getOrCompute(key, async () => new JsonBody<T>(JSON.stringify(await compute())));
  }

  async getOrCompute<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.options.enabled) {
      await this.refreshVersion();
      const hit = this.healthy ? this.entries.get(key) : undefined;
      if (hit && hit.version === this.version) return hit.value as T;
    }
    // Identical requests in flight share one computation even with the cache off: that is not caching.
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const versionBefore = this.version;
    const computation = compute()
      .then((value) => {
        if (this.options.enabled && this.healthy) this.entries.set(key, { version: versionBefore, value });
        return value;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, computation);
    return computation;
  }

  invalidate(): void {
    this.entries.clear();
    this.lastPoll = 0;
  }

  private refreshVersion(): Promise<void> {
    if (performance.now() - this.lastPoll < (this.options.pollIntervalMs ?? 1000)) return Promise.resolve();
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
      // Entries are kept: if Neo4j comes back with the same graph version they are still right, and serving
      // them at once is what makes recovery quick; a changed version clears them on the next poll.
      this.healthy = false;
    } finally {
      this.lastPoll = performance.now();
    }
  }
}
