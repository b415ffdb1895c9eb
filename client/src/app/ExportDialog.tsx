import { type FormEvent, useState } from 'react';
import { ApiError, api } from './api.ts';
import { Dialog } from './Dialog.tsx';

const FORMATS = [
  { value: 'docx', label: 'Word (.docx)', help: 'real tracked changes in the tracked view' },
  { value: 'html', label: 'Web page / print (.html)', help: 'print it to PDF from the browser' },
  { value: 'md', label: 'Markdown (.md)', help: '' },
  { value: 'txt', label: 'Plain text (.txt)', help: '' },
  { value: 'akn', label: 'Akoma Ntoso (.xml)', help: 'AKN4UN, for publishing systems' },
] as const;

const VIEWS = [
  { value: 'clean', label: 'Clean', help: 'the adopted text: pending amendments left out' },
  { value: 'tracked', label: 'Tracked', help: 'insertions underlined, deletions struck through, by delegation' },
  { value: 'bracketed', label: 'Bracketed', help: 'the negotiating text: pending amendments in square brackets' },
] as const;

interface ExportDialogProps {
  documentId: string;
  token: string;
  onClose: () => void;
}

/** Choose a format and a view, download the file; the HTML opens in a new tab, ready to print. */
export function ExportDialog({ documentId, token, onClose }: ExportDialogProps) {
  const [format, setFormat] = useState<string>('docx');
  const [view, setView] = useState<string>('clean');
  const [renumber, setRenumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const query = new URLSearchParams({ format, view, ...(renumber.trim() ? { renumber: renumber.trim() } : {}) });
      const file = await api.exportFile(token, documentId, query);
      const url = URL.createObjectURL(file.blob);
      if (format === 'html') window.open(url, '_blank', 'noopener');
      else {
        const link = document.createElement('a');
        link.href = url;
        link.download = file.fileName;
        link.click();
      }
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      const pending = file.pendingCount === 1 ? '1 amendment is' : `${file.pendingCount} amendments are`;
      setDone(`${file.fileName}${file.pendingCount ? ` — ${pending} still pending` : ''}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The export failed.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Export" onClose={onClose} testId="export-dialog">
      <form className="form" onSubmit={submit}>
        <fieldset className="field">
          <legend className="field__label">View</legend>
          <div className="radio-list">
            {VIEWS.map((v) => (
              <label key={v.value} className="radio">
                <input
                  type="radio"
                  name="view"
                  value={v.value}
                  checked={view === v.value}
                  onChange={() => setView(v.value)}
                  data-testid={`export-view-${v.value}`}
                />
                <span>
                  <strong>{v.label}</strong> <span className="muted">— {v.help}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend className="field__label">Format</legend>
          <div className="radio-list">
            {FORMATS.map((f) => (
              <label key={f.value} className="radio">
                <input
                  type="radio"
                  name="format"
                  value={f.value}
                  checked={format === f.value}
                  onChange={() => setFormat(f.value)}
                  data-testid={`export-format-${f.value}`}
                />
                <span>
                  <strong>{f.label}</strong> {f.help && <span className="muted">— {f.help}</span>}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          <span className="field__label">Number placeholder decisions from (optional)</span>
          <input
            className="field__input"
            value={renumber}
            onChange={(e) => setRenumber(e.target.value)}
            placeholder="e.g. 15.1 — turns 15.AA, 15.BB into 15.1, 15.2"
            data-testid="export-renumber"
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {done && (
          <p className="muted" role="status" data-testid="export-done">
            Exported {done}
          </p>
        )}
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="export-download">
            {busy ? 'Exporting…' : format === 'html' ? 'Open print view' : 'Download'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
