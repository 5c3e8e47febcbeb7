import type { ResponseCache } from "../cache.ts";
import type { Config } from "../config.ts";
import type { Database } from "../db/database.ts";
import type { Reader } from "../db/read.ts";
import type { Logger } from "../logger.ts";

/** What every feature module gets: one reader (read transactions with timeout), the cache, config. */
export interface ApiContext {
  db: Database;
  reader: Reader;
  cache: ResponseCache;
  config: Config;
  log: Logger;
}
