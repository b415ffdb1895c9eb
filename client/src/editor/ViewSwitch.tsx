import { TEXT_VIEWS, type TextView } from './textView.ts';

/** Switches between the text with its changes and the two read-only renderings of what it would become. */
export function ViewSwitch({ view, onChange }: { view: TextView; onChange: (view: TextView) => void }) {
  return (
    <label className="view-switch">
      <span className="view-switch__label">View</span>
      <select
        className="view-switch__select"
        data-testid="view-switch"
        value={view}
        onChange={(event) => onChange(event.target.value as TextView)}
      >
        {TEXT_VIEWS.map((option) => (
          <option key={option.value} value={option.value} title={option.hint}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
