import type { Config } from "../../platform/config.ts";
import type { Database } from "../../platform/db/database.ts";
import type { Reader } from "../../platform/db/read.ts";
import type { Logger } from "../../platform/logger.ts";
import type { ResponseCache } from "../cache.ts";

/** What every feature module gets: one reader (read transactions with timeout), the cache, config. */
export interface ApiContext {
  db: Database;
  reader: Reader;
  cache: ResponseCache;
  config: Config;
  log: Logger;
}
