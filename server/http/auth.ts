import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { HttpError } from "./problem.ts";

/**
 * Bearer-token guard for write endpoints. Both sides are hashed first so the comparison is constant-time
 * whatever the lengths; with no API_TOKEN configured, writes are refused outright.
 */
export function requireToken(expected: string | undefined): RequestHandler {
  const expectedDigest = expected ? digest(expected) : undefined;
  return (req, _res, next) => {
    if (!expectedDigest) {
      next(new HttpError(403, "Forbidden", "writes are disabled on this server: set API_TOKEN to enable them"));
      return;
    }
    const header = req.get("authorization") ?? "";
    const match = /^Bearer (.+)$/i.exec(header);
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expectedDigest)) {
      next(
        new HttpError(401, "Unauthorized", "a valid bearer token is required", [], {
          "WWW-Authenticate": 'Bearer realm="policy-graph"',
        }),
      );
      return;
    }
    next();
  };
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}
