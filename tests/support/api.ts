/** A small typed client for the HTTP API, as the tests use it. */
export interface ApiResponse<T> {
  status: number;
  body: T;
}

export async function api<T = Record<string, unknown>>(
  baseUrl: string,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: response.status, body: parsed as T };
}

export async function createInvite(
  baseUrl: string,
  adminToken: string,
  documentId: string,
  invite: { role: string; party?: string; name?: string },
): Promise<{ token: string; url: string }> {
  const { status, body } = await api<{ token: string; url: string }>(
    baseUrl,
    adminToken,
    'POST',
    `/api/documents/${documentId}/invites`,
    invite,
  );
  if (status !== 201) throw new Error(`invite failed: ${status} ${JSON.stringify(body)}`);
  return body;
}
