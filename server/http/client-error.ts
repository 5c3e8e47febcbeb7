import type { Server } from "node:http";
import type { Duplex } from "node:stream";

/** How long a refused client may go on sending before its socket is closed anyway. */
const DRAIN_MS = 2_000;

function statusOf(code: string | undefined): [number, string] {
  if (code === "HPE_HEADER_OVERFLOW") return [431, "Request Header Fields Too Large"];
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return [408, "Request Timeout"];
  return [400, "Bad Request"];
}

/**
 * Answers a request Node's parser refused (headers over 16 KiB, a malformed request line) with a whole
 * problem+json response, then lets the client finish sending before the socket closes.
 *
 * Node's default answers 431 and destroys the socket at once, while a client with a long URL is still
 * sending it. Closing a socket with unread input makes the kernel reset the connection, and the reset
 * discards the answer the client has not read yet: it sees "connection reset" mid-response instead of
 * the 431 (a fuzzed GET /api/graph with a long `cases` list showed it as an invalid chunked body).
 */
export function answerClientErrors(server: Server): Server {
  // Node's parser reports the same refused request again for every later piece of it; answer it once.
  const answered = new WeakSet<Duplex>();
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (answered.has(socket)) return;
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    answered.add(socket);
    const [status, title] = statusOf(error.code);
    const body = JSON.stringify({ type: "about:blank", title, status, detail: error.message });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    // Keep reading (and dropping) what the client still sends, so the close is orderly, not a reset.
    socket.resume();
    setTimeout(() => socket.destroy(), DRAIN_MS).unref();
  });
  return server;
}
