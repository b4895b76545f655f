import { randomUUID } from "node:crypto";

// Long enough for any tracing id a proxy sends, and nothing that could
// forge a log field or a header.
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's X-Request-Id when it looks like one, else a new id. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const incoming = Array.isArray(header) ? header[0] : header;
  return incoming !== undefined && SANE_ID.test(incoming) ? incoming : randomUUID();
}
