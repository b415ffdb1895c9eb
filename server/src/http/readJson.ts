import type { Context } from 'hono';
import { HttpError } from './HttpError.ts';

/** The request body as a JSON object, or a 400 that says what is wrong with it. */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json'))
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON with Content-Type: application/json');
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpError(400, 'MALFORMED_JSON', 'The request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

/** An optional string field, trimmed and bounded. */
export function optionalString(body: Record<string, unknown>, key: string, max = 300): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new HttpError(400, 'BAD_REQUEST', `"${key}" must be a string`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw new HttpError(400, 'BAD_REQUEST', `"${key}" is longer than ${max} characters`);
  return trimmed;
}
