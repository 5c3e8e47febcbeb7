import { z } from "zod";
import { issuesOf, type SchemaIssue } from "../graph-schema/index.ts";

/** Thrown when the environment holds a value we cannot start with; main prints it and exits 1. */
export class ConfigError extends Error {
  constructor(readonly issues: SchemaIssue[]) {
    super(`invalid configuration:\n${issues.map((i) => `  ${i.path || "(env)"}: ${i.message}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const port = z.coerce.number().int().min(0).max(65535);
const size = z.string().regex(/^\d+[kmg]$/i, "must look like 512m or 1g");
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v));

export const envSchema = z.object({
  PORT: port.default(8080),
  HOST: z.string().default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI (optionally +s / +ssc)")
      .optional(),
  ),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: optionalText,
  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_LOCAL_DATA_DIR: z.string().default(".data/neo4j"),
  NEO4J_LOCAL_HEAP: size.default("512m"),
  NEO4J_LOCAL_PAGE_CACHE: size.default("128m"),
  NEO4J_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(32),
  NEO4J_QUEUE_LIMIT: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(256)
    .describe("requests that may wait for a pooled connection; beyond that: 429"),
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).max(60_000).default(3_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(15_000),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  WRITE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(30_000)
    .describe("Neo4j rolls back a write transaction still open after this; only then does the API answer 503"),
  API_TOKEN: optionalText.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  CORS_ORIGINS: optionalText.transform((v) => (v ? v.split(",").map((s) => s.trim()) : [])),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
  RESPONSE_CACHE: z.enum(["on", "off"]).default("on").describe("cache read responses until the graph changes"),
  SEED_ON_START: z
    .enum(["auto", "never"])
    .default("auto")
    .describe("auto: seed the bundled cases when the graph is empty"),
});

export type Config = z.infer<typeof envSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(issuesOf(parsed.error));
  }
  return parsed.data;
}
