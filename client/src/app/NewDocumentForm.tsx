import { type FormEvent, useState } from 'react';
import { ApiError, api, type ImportSource, type ImportPreview as Preview } from './api.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { readFileAsBase64 } from './readFileAsBase64.ts';

type Mode = 'empty' | 'text' | 'docx';

type PreviewState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'ready'; preview: Preview; source: ImportSource }
  | { kind: 'failed'; message: string };

interface NewDocumentFormProps {
  adminToken: string;
  onCreated: (created: { id: string; title: string }) => void;
  onCancel: () => void;
}

const MODES: { mode: Mode; label: string; hint: string }[] = [
  { mode: 'empty', label: 'Empty', hint: 'One topic and one decision to start typing in.' },
  { mode: 'text', label: 'Paste text', hint: 'The draft decisions copied from the document, annex included.' },
  { mode: 'docx', label: 'Upload .docx', hint: 'The Word document as published by the secretariat.' },
];

/**
 * A new document, empty or imported. An import is previewed before it is created: what the importer
 * recognised (topics, addressees, decisions) is what the contact group will negotiate on.
 */
export function NewDocumentForm({ adminToken, onCreated, onCancel }: NewDocumentFormProps) {
  const [title, setTitle] = useState('');
  const [meeting, setMeeting] = useState('');
  const [symbol, setSymbol] = useState('');
  const [mode, setMode] = useState<Mode>('empty');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<PreviewState>({ kind: 'none' });
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const runPreview = async (source: ImportSource) => {
    setPreview({ kind: 'loading' });
    try {
      setPreview({ kind: 'ready', preview: await api.previewImport(adminToken, source), source });
    } catch (caught) {
      setPreview({
        kind: 'failed',
        message: caught instanceof ApiError ? caught.message : 'The text could not be read.',
      });
    }
  };

  const chooseFile = async (file: File | undefined) => {
    setPreview({ kind: 'none' });
    setFileName(file?.name ?? null);
    if (!file) return;
    if (!file.name.toLowerCase().endsWith('.docx')) {
      setPreview({ kind: 'failed', message: 'Choose a Word document saved as .docx (not .doc or .pdf).' });
      return;
    }
    try {
      await runPreview({ format: 'docx', content: await readFileAsBase64(file) });
    } catch {
      setPreview({ kind: 'failed', message: 'The file could not be read.' });
    }
  };

  const needsPreview = mode !== 'empty';
  const canCreate = title.trim() !== '' && !creating && (!needsPreview || preview.kind === 'ready');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!canCreate) return;
    setCreating(true);
    setError(null);
    try {
      const source = mode !== 'empty' && preview.kind === 'ready' ? preview.source : undefined;
      const { id } = await api.createDocument(adminToken, {
        title: title.trim(),
        ...(meeting.trim() ? { meeting: meeting.trim() } : {}),
        ...(symbol.trim() ? { symbol: symbol.trim() } : {}),
        ...(source ? { source } : {}),
      });
      onCreated({ id, title: title.trim() });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The document could not be created.');
    } finally {
      setCreating(false);
    }
  };

  return (
    <form className="panel new-document" onSubmit={submit} data-testid="new-document-form" aria-label="New document">
      <h2 className="panel__title">New document</h2>
      <div className="new-document__meta">
        <label className="field field--grow">
          <span className="field__label">Title</span>
          <input
            // biome-ignore lint/a11y/noAutofocus: the panel was opened to fill this in
            autoFocus
            className="field__input"
            data-testid="new-doc-title"
            required
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            placeholder="Synergies and partnerships"
          />
        </label>
        <label className="field">
          <span className="field__label">Meeting</span>
          <input
            className="field__input"
            data-testid="new-doc-meeting"
            value={meeting}
            onChange={(event) => setMeeting(event.target.value)}
            placeholder="CMS COP15"
          />
        </label>
        <label className="field">
          <span className="field__label">Symbol</span>
          <input
            className="field__input field__input--mono"
            data-testid="new-doc-symbol"
            value={symbol}
            onChange={(event) => setSymbol(event.target.value)}
            placeholder="UNEP/CMS/COP15/Doc.X"
          />
        </label>
      </div>

      <fieldset className="field">
        <legend className="field__label">Start from</legend>
        <div className="segmented" role="radiogroup">
          {MODES.map((option) => (
            <label
              key={option.mode}
              className={mode === option.mode ? 'segmented__option is-selected' : 'segmented__option'}
            >
              <input
                type="radio"
                name="source-mode"
                value={option.mode}
                data-testid={`new-doc-mode-${option.mode}`}
                checked={mode === option.mode}
                onChange={() => {
                  setMode(option.mode);
                  setPreview({ kind: 'none' });
                }}
              />
              {option.label}
            </label>
          ))}
        </div>
        <span className="field__hint">{MODES.find((m) => m.mode === mode)?.hint}</span>
      </fieldset>

      {mode === 'text' && (
        <div className="field">
          <label className="field__label" htmlFor="new-doc-text">
            Text
          </label>
          <textarea
            id="new-doc-text"
            className="field__input field__textarea"
            data-testid="new-doc-text"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setPreview({ kind: 'none' });
            }}
            placeholder={
              'PARTNERSHIP POLICY\n\nDirected to the Secretariat\n\n15.AA\tThe Secretariat shall, subject to the availability of resources, …'
            }
            rows={10}
          />
          <div className="field__row">
            <button
              type="button"
              className="button"
              data-testid="new-doc-preview"
              disabled={!text.trim() || preview.kind === 'loading'}
              onClick={() => runPreview({ format: 'text', content: text })}
            >
              {preview.kind === 'loading' ? 'Reading…' : 'Preview import'}
            </button>
          </div>
        </div>
      )}

      {mode === 'docx' && (
        <label className="field">
          <span className="field__label">Word document</span>
          <input
            type="file"
            className="field__file"
            data-testid="new-doc-file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => chooseFile(event.target.files?.[0])}
          />
          {fileName && preview.kind === 'loading' && <span className="field__hint">Reading {fileName}…</span>}
        </label>
      )}

      {needsPreview && preview.kind === 'failed' && (
        <p className="error" role="alert" data-testid="import-error">
          {preview.message}
        </p>
      )}
      {needsPreview && preview.kind === 'ready' && <ImportPreview preview={preview.preview} />}

      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" data-testid="new-doc-create" disabled={!canCreate}>
          {creating ? 'Creating…' : 'Create document'}
        </button>
      </div>
      {needsPreview && preview.kind !== 'ready' && (
        <p className="field__hint form__note">
          Preview the import first: Create is enabled once you have seen what was found.
        </p>
      )}
    </form>
  );
}
