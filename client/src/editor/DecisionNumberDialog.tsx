import { type FormEvent, useState } from 'react';
import { Dialog } from '../app/Dialog.tsx';

interface DecisionNumberDialogProps {
  current: string;
  suggestion: string;
  onSave: (number: string) => void;
  onClose: () => void;
}

export function DecisionNumberDialog({ current, suggestion, onSave, onClose }: DecisionNumberDialogProps) {
  const [value, setValue] = useState(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(value.trim());
  };
  return (
    <Dialog title="Decision number" onClose={onClose} testId="decision-number-dialog">
      <form onSubmit={submit} className="form">
        <label className="field">
          <span className="field__label">Number</span>
          <input
            autoFocus
            className="field__input field__input--mono"
            data-testid="decision-number-input"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            placeholder={suggestion}
          />
          <span className="field__hint">
            A placeholder while drafting (<code>{suggestion}</code>), the final number at adoption (<code>15.3</code>),
            or a revised one (<code>14.8 (Rev. COP15)</code>).
          </span>
        </label>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" data-testid="decision-number-save">
            Save number
          </button>
        </div>
      </form>
    </Dialog>
  );
}
