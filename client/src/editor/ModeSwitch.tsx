import { AMENDMENT_SHORTCUTS } from '../amendments/amendmentShortcuts.ts';
import type { EditMode } from './editMode.ts';

interface ModeSwitchProps {
  mode: EditMode;
  /** Null for delegates: they always suggest. */
  onChange: ((mode: EditMode) => void) | null;
  disabled: boolean;
}

/** Editing changes the text; suggesting proposes changes for the chair to decide, in one's own colour. */
export function ModeSwitch({ mode, onChange, disabled }: ModeSwitchProps) {
  if (!onChange) {
    return (
      <span className="mode-badge" data-testid="mode-badge" title="Your changes are proposals, for the chair to decide">
        Suggesting
      </span>
    );
  }
  const option = (value: EditMode, label: string, hint: string) => (
    <button
      type="button"
      className={`mode-switch__option${mode === value ? ' is-selected' : ''}`}
      aria-pressed={mode === value}
      data-testid={`mode-${value}`}
      disabled={disabled}
      title={`${hint} (${AMENDMENT_SHORTCUTS.toggleMode.label} switches)`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChange(value)}
    >
      {label}
    </button>
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons, not a form's fieldset
    <div className="mode-switch" role="group" aria-label="Mode" data-mode={mode} data-testid="mode-switch">
      {option('editing', 'Editing', 'Change the text directly')}
      {option('suggesting', 'Suggesting', 'Propose changes, tracked in your name')}
    </div>
  );
}
