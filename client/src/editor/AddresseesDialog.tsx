import { directedToText, KNOWN_ADDRESSEES, parseAddressees } from '@draftroom/document-model';
import { type FormEvent, useState } from 'react';
import { Dialog } from '../app/Dialog.tsx';

interface AddresseesDialogProps {
  title: string;
  current: readonly string[];
  saveLabel: string;
  onSave: (addressees: string[]) => void;
  onClose: () => void;
}

const isKnown = (addressee: string) => (KNOWN_ADDRESSEES as readonly string[]).includes(addressee);

/**
 * Known bodies as checkboxes, anything else in free words ("Parties, intergovernmental and non-governmental
 * organizations, and others"). Addressees already there keep their order: reordering them would silently
 * reword the printed line.
 */
export function AddresseesDialog({ title, current, saveLabel, onSave, onClose }: AddresseesDialogProps) {
  const [checked, setChecked] = useState<string[]>(() => current.filter(isKnown));
  const [freeWords, setFreeWords] = useState(() => current.filter((a) => !isKnown(a)).join(', '));

  const result = (): string[] => {
    const fromWords = parseAddressees(freeWords);
    const merged = [...checked];
    for (const addressee of fromWords) if (!merged.includes(addressee)) merged.push(addressee);
    return merged;
  };

  const toggle = (addressee: string, on: boolean) => {
    setChecked((previous) => {
      if (!on) return previous.filter((a) => a !== addressee);
      if (previous.includes(addressee)) return previous;
      // A newly ticked body goes where the usual order puts it among those not yet placed by the text.
      const next = [...previous, addressee];
      return next.sort((a, b) => {
        const inCurrent = (x: string) => current.indexOf(x);
        if (inCurrent(a) >= 0 && inCurrent(b) >= 0) return inCurrent(a) - inCurrent(b);
        return KNOWN_ADDRESSEES.indexOf(a as never) - KNOWN_ADDRESSEES.indexOf(b as never);
      });
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(result());
  };

  return (
    <Dialog title={title} onClose={onClose} testId="addressees-dialog">
      <form onSubmit={submit} className="form">
        <fieldset className="field">
          <legend className="field__label">Directed to</legend>
          <div className="checkbox-list">
            {KNOWN_ADDRESSEES.map((addressee, index) => (
              <label key={addressee} className="checkbox">
                <input
                  type="checkbox"
                  autoFocus={index === 0}
                  data-testid={`addressee-${addressee}`}
                  checked={checked.includes(addressee)}
                  onChange={(event) => toggle(addressee, event.target.checked)}
                />
                {addressee}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          <span className="field__label">Others, in free words</span>
          <input
            className="field__input"
            data-testid="addressees-free-words"
            value={freeWords}
            onChange={(event) => setFreeWords(event.target.value)}
            placeholder="intergovernmental and non-governmental organizations, and others"
          />
        </label>
        <p className="preview-line">
          <em>{directedToText(result())}</em>
        </p>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" data-testid="addressees-save">
            {saveLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
