import type { DocumentStatus, Role } from '@draftroom/protocol';

export interface DocumentSummary {
  id: string;
  title: string;
  meeting: string;
  symbol: string;
  status: DocumentStatus | string;
  createdAt: string;
  updatedAt: string;
}

export type ViewerRole = Role | 'admin';

export interface Viewer {
  role: ViewerRole;
  party: string | null;
  name: string;
}

export interface DocumentDetails extends DocumentSummary {
  you: Viewer;
}

export type SourceFormat = 'text' | 'docx';

export interface ImportSource {
  format: SourceFormat;
  /** Plain text, or the .docx file as base64. */
  content: string;
}

export interface ImportPreview {
  summary: {
    topics: { heading: string; groups: { addressees: string[]; decisions: string[] }[] }[];
    resolutionParagraphs: number;
  };
  existingDecisions: { number: string; addressees: string[]; text: string }[];
  warnings: string[];
}

export interface NewDocument {
  title: string;
  meeting?: string;
  symbol?: string;
  source?: ImportSource;
}

export interface InviteRequest {
  role: Role;
  party?: string;
  name?: string;
}

export interface Invite {
  token: string;
  url: string;
}

/** What the server said went wrong, kept whole so that the page can show its message as written. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function request<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network', 'The Draftroom server cannot be reached. Check the connection and try again.');
  }
  const text = await response.text();
  let payload: unknown = null;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = null;
    }
  }
  if (!response.ok) {
    const error = (payload as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = typeof error?.code === 'string' ? error.code : `http_${response.status}`;
    const message = typeof error?.message === 'string' ? error.message : plainStatus(response.status);
    throw new ApiError(response.status, code, message);
  }
  return payload as T;
}

function plainStatus(status: number): string {
  if (status === 401) return 'This link or token is not valid, or has expired.';
  if (status === 403) return 'Your role does not allow this.';
  if (status === 404) return 'Not found.';
  if (status === 413) return 'The file is too large.';
  if (status >= 500) return 'The server failed to do this. Nothing was changed.';
  return `The server refused the request (${status}).`;
}

export interface ExportFile {
  blob: Blob;
  fileName: string;
  pendingCount: number;
}

/** Downloads an export; the body is a file, so it is not read as JSON unless the server refused. */
async function exportFile(token: string, id: string, query: URLSearchParams): Promise<ExportFile> {
  let response: Response;
  try {
    response = await fetch(`/api/documents/${encodeURIComponent(id)}/export?${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
  } catch {
    throw new ApiError(0, 'network', 'The Draftroom server cannot be reached. Check the connection and try again.');
  }
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(
      response.status,
      payload?.error?.code ?? `http_${response.status}`,
      payload?.error?.message ?? plainStatus(response.status),
    );
  }
  const fileName =
    /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'draftroom-export';
  return {
    blob: await response.blob(),
    fileName,
    pendingCount: Number(response.headers.get('X-Draftroom-Pending-Amendments') ?? 0),
  };
}

export const api = {
  health: () => request<{ ok: boolean }>('GET', '/api/health', null),
  listDocuments: (adminToken: string) =>
    request<{ documents: DocumentSummary[] }>('GET', '/api/documents', adminToken).then((r) => r.documents),
  createDocument: (adminToken: string, document: NewDocument) =>
    request<{ id: string }>('POST', '/api/documents', adminToken, document),
  previewImport: (adminToken: string, source: ImportSource) =>
    request<ImportPreview>('POST', '/api/import/preview', adminToken, source),
  getDocument: (token: string, id: string) =>
    request<DocumentDetails>('GET', `/api/documents/${encodeURIComponent(id)}`, token),
  createInvite: (token: string, id: string, invite: InviteRequest) =>
    request<Invite>('POST', `/api/documents/${encodeURIComponent(id)}/invites`, token, invite),
  exportFile,
};
