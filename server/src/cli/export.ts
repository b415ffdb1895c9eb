/**
 * Exports documents for publishing in batches, from a running server or straight from the SQLite store.
 *
 *   npm run export -- --data ./data --all --format docx --view clean --renumber 15.1 --out ./published
 *   npm run export -- --server http://localhost:8080 --token <admin or invite token> --doc <id> --format akn
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ExportError, exportYDoc, parseExportRequest } from '@draftroom/export';
import { exportFileName } from '../routes/exportDocument.ts';
import type { DocumentRecord } from '../storage/DocumentStore.ts';
import { SqliteStore } from '../storage/SqliteStore.ts';
import { loadDocument } from '../sync/loadDocument.ts';

const USAGE = `Usage: npm run export -- (--data DIR | --server URL --token TOKEN) (--doc ID ... | --all)
                         --format docx|html|md|txt|akn [--view clean|tracked|bracketed] [--renumber 15.1] [--out DIR]`;

interface ExportJob {
  record: Pick<DocumentRecord, 'id' | 'title' | 'symbol'>;
  fetch(): Promise<{ body: Uint8Array | string; fileExtension: string; pendingCount: number }>;
}

async function jobsFromStore(
  dataDir: string,
  ids: string[],
  all: boolean,
  query: Record<string, string>,
): Promise<{ jobs: ExportJob[]; close(): Promise<void> }> {
  const store = new SqliteStore(join(resolve(dataDir), 'draftroom.sqlite'));
  const request = parseExportRequest(query);
  const records = all ? await store.listDocuments() : await Promise.all(ids.map((id) => store.getDocument(id)));
  const jobs = records.map((record, i): ExportJob => {
    if (!record) throw new Error(`No document ${ids[i]} in ${dataDir}`);
    return {
      record,
      async fetch() {
        const { doc } = await loadDocument(store, record.id);
        try {
          return await exportYDoc(doc, request.format, {
            view: request.view,
            ...(request.renumberFrom ? { renumberFrom: request.renumberFrom } : {}),
          });
        } finally {
          doc.destroy();
        }
      },
    };
  });
  return { jobs, close: () => store.close() };
}

async function jobsFromServer(
  server: string,
  token: string,
  ids: string[],
  all: boolean,
  query: Record<string, string>,
): Promise<ExportJob[]> {
  const request = parseExportRequest(query);
  const headers = { authorization: `Bearer ${token}` };
  const getJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(new URL(path, server), { headers });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const records = all
    ? (await getJson<{ documents: DocumentRecord[] }>('/api/documents')).documents
    : await Promise.all(ids.map((id) => getJson<DocumentRecord>(`/api/documents/${encodeURIComponent(id)}`)));
  return records.map((record) => ({
    record,
    async fetch() {
      const params = new URLSearchParams({
        format: request.format,
        view: request.view,
        ...(request.renumberFrom ? { renumber: request.renumberFrom } : {}),
      });
      const response = await fetch(
        new URL(`/api/documents/${encodeURIComponent(record.id)}/export?${params}`, server),
        { headers },
      );
      if (!response.ok) throw new Error(`export of ${record.id}: HTTP ${response.status} ${await response.text()}`);
      const extension =
        /filename="[^"]*\.(\w+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? request.format;
      return {
        body: new Uint8Array(await response.arrayBuffer()),
        fileExtension: extension,
        pendingCount: Number(response.headers.get('x-draftroom-pending-amendments') ?? 0),
      };
    },
  }));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      server: { type: 'string' },
      token: { type: 'string' },
      doc: { type: 'string', multiple: true },
      all: { type: 'boolean', default: false },
      format: { type: 'string' },
      view: { type: 'string', default: 'clean' },
      renumber: { type: 'string' },
      out: { type: 'string', default: '.' },
      help: { type: 'boolean', default: false },
    },
  });
  const ids = values.doc ?? [];
  if (values.help || (!values.data && !values.server) || (ids.length === 0 && !values.all)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const query: Record<string, string> = {
    format: values.format ?? '',
    view: values.view ?? 'clean',
    ...(values.renumber ? { renumber: values.renumber } : {}),
  };
  let jobs: ExportJob[];
  let close = async () => {};
  if (values.data) ({ jobs, close } = await jobsFromStore(values.data, ids, values.all, query));
  else if (values.token) jobs = await jobsFromServer(values.server as string, values.token, ids, values.all, query);
  else {
    console.error('--server needs --token (the admin token, or an invite for the document)');
    return 2;
  }
  const out = resolve(values.out ?? '.');
  mkdirSync(out, { recursive: true });
  try {
    for (const job of jobs) {
      const result = await job.fetch();
      const file = join(
        out,
        exportFileName(job.record.symbol || job.record.title, values.view ?? 'clean', result.fileExtension),
      );
      writeFileSync(file, result.body);
      const pending = `${result.pendingCount} pending amendment${result.pendingCount === 1 ? '' : 's'}`;
      console.log(`${file}  (${job.record.title}; ${pending})`);
    }
  } finally {
    await close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(
      error instanceof ExportError ? error.message : error instanceof Error ? error.message : String(error),
    );
    process.exit(1);
  },
);
