import { pino } from "pino";

/**
 * One structured logger for the process. Tests stay quiet unless LOG_LEVEL asks otherwise,
 * because vitest sets VITEST in every worker.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
  base: { app: "policy-graph" },
});

export type Logger = typeof logger;
