import { Popover } from '../app/Popover.tsx';
import { SHORTCUTS } from '../editor/shortcuts.ts';
import { AMENDMENT_SHORTCUTS } from './amendmentShortcuts.ts';

const DRAFTING: { label: string; description: string }[] = [
  { label: SHORTCUTS.undo.label, description: 'Undo your last change' },
  { label: SHORTCUTS.redo.label, description: 'Redo' },
  { label: SHORTCUTS.addDecision.label, description: 'Add a decision after this one' },
  { label: SHORTCUTS.addSubParagraph.label, description: 'Add a lettered sub-paragraph' },
  { label: `${SHORTCUTS.indent.label} / ${SHORTCUTS.outdent.label}`, description: 'Sub-paragraph level down / up' },
  { label: SHORTCUTS.addGroup.label, description: 'Add a “Directed to …” group' },
  { label: SHORTCUTS.editAddressees.label, description: 'Change the addressees' },
  { label: SHORTCUTS.editNumber.label, description: 'Change the decision number' },
];

function Rows({ rows }: { rows: { label: string; description: string }[] }) {
  return (
    <dl className="keyboard-help__list">
      {rows.map((row) => (
        <div key={row.label} className="keyboard-help__row">
          <dt>
            <kbd>{row.label}</kbd>
          </dt>
          <dd>{row.description}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every key of the editor in one place, so nobody has to remember them from a tooltip. */
export function KeyboardHelp({ decides, switches }: { decides: boolean; switches: boolean }) {
  const amendments = [
    AMENDMENT_SHORTCUTS.next,
    AMENDMENT_SHORTCUTS.previous,
    ...(decides ? [AMENDMENT_SHORTCUTS.accept, AMENDMENT_SHORTCUTS.reject] : []),
    ...(switches ? [AMENDMENT_SHORTCUTS.toggleMode] : []),
  ];
  return (
    <Popover label="Keyboard" title="Keyboard shortcuts" testId="keyboard-help" align="end">
      {() => (
        <div className="keyboard-help">
          <h3 className="keyboard-help__title">Amendments</h3>
          <Rows rows={amendments} />
          <h3 className="keyboard-help__title">Drafting</h3>
          <Rows rows={DRAFTING} />
        </div>
      )}
    </Popover>
  );
}
