/** Query-string values the client accepts; lists become comma-separated, empty values are left out. */
export type QueryValue = string | number | boolean | readonly string[] | null | undefined;

/** Builds `path?k=v&…`, dropping empty values so the server applies its defaults. */
export function withQuery(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(","));
      continue;
    }
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Encodes one id as a path segment (ids contain `:`, which is legal but escaped for safety). */
export function seg(id: string): string {
  return encodeURIComponent(id);
}
