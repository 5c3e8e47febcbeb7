/**
 * Opt-in (MEMORY_REPORT=signal) for the resilience suite's leak check: on SIGUSR2 the process collects
 * garbage (when started with --expose-gc) and prints one `MEMORY {...}` line on stderr, so the suite can
 * compare live heap before and after a load instead of guessing from RSS, which V8 grows and keeps.
 */
export function installMemoryReport(env: NodeJS.ProcessEnv = process.env): void {
  if (env.MEMORY_REPORT !== "signal") return;
  process.on("SIGUSR2", () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const usage = process.memoryUsage();
    process.stderr.write(
      `MEMORY ${JSON.stringify({ rss: usage.rss, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, collected: gc !== undefined })}\n`,
    );
  });
}
