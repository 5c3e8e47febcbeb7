import neo4j, { type AuthToken, type Driver } from "neo4j-driver";

// The typings of neo4j.auth lack none(); the scheme is what the server reads.
const NO_AUTH: AuthToken = { scheme: "none", principal: "", credentials: "" };

export interface DriverOptions {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
  poolSize?: number;
  /** How long a request may wait for a pooled connection before failing (backpressure, not a queue). */
  acquireTimeoutMs?: number;
  /** How long a managed transaction keeps retrying transient failures (Neo4j restarting, deadlocks). */
  retryMs?: number;
}

/** One driver per process: created here at start-up, closed at shutdown, handed to everything else. */
export function createDriver(options: DriverOptions): Driver {
  const auth = options.password === undefined ? NO_AUTH : neo4j.auth.basic(options.user ?? "neo4j", options.password);
  return neo4j.driver(options.uri, auth, {
    maxConnectionPoolSize: options.poolSize ?? 32,
    connectionAcquisitionTimeout: options.acquireTimeoutMs ?? 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: options.retryMs ?? 5_000,
    disableLosslessIntegers: false,
    userAgent: "policy-graph",
  });
}

export async function serverVersion(driver: Driver, database?: string): Promise<string> {
  const info = await driver.getServerInfo(database ? { database } : {});
  return info.agent?.replace(/^Neo4j\//, "") ?? "unknown";
}
