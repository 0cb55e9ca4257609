import type { Context } from 'hono';

/** What PostHog's ingestion reads of a request, whatever its encoding. */
export interface IngestRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Media type, lower case, without parameters ('' when absent). */
  contentType: string;
  contentEncoding: string;
  body: Uint8Array<ArrayBuffer>;
  /** Fields of a form body (urlencoded or multipart), Django's request.POST; empty for other bodies. */
  form: Map<string, string>;
}

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

async function formFields(contentType: string, rawType: string, body: Uint8Array<ArrayBuffer>) {
  const fields = new Map<string, string>();
  if (!FORM_TYPES.has(contentType) || body.length === 0) return fields;
  try {
    const form = await new Response(body, { headers: { 'content-type': rawType } }).formData();
    form.forEach((value, key) => {
      if (typeof value === 'string' && !fields.has(key)) fields.set(key, value);
    });
  } catch {
    // A form body that does not parse has no fields: the request then carries no data (PostHog's 400).
  }
  return fields;
}

export async function readIngestRequest(c: Context): Promise<IngestRequest> {
  const rawType = c.req.header('content-type') ?? '';
  const contentType = rawType.split(';')[0]?.trim().toLowerCase() ?? '';
  const body =
    c.req.method === 'POST' ? new Uint8Array(await c.req.arrayBuffer()) : new Uint8Array();
  return {
    method: c.req.method,
    path: c.req.path,
    query: new URL(c.req.url).searchParams,
    contentType,
    contentEncoding: (c.req.header('content-encoding') ?? '').trim().toLowerCase(),
    body,
    form: await formFields(contentType, rawType, body),
  };
}
