import { type Amendment, collectAmendmentParts } from '@draftroom/amendments';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { AmendmentActions } from './AmendmentActions.tsx';
import { type AmendmentIdentity, mayTakeStance } from './amendmentIdentity.ts';
import { PartyChip } from './PartyChip.tsx';
import type { AmendmentActions as Actions } from './useAmendmentActions.ts';

interface AmendmentPopoverProps {
  editor: Editor;
  amendment: Amendment | null;
  identity: AmendmentIdentity;
  decides: boolean;
  active: boolean;
  actions: Actions;
}

/** The widest the popover gets (CSS max-width), to keep it inside the sheet. */
const POPOVER_WIDTH = 520;

/** Where the amendment starts, relative to the sheet that holds the text (the popover scrolls with it). */
function anchorOf(editor: Editor, id: string): { top: number; left: number } | null {
  if (editor.isDestroyed || !editor.isInitialized) return null;
  const view = editor.view;
  const sheet = view.dom.closest('.sheet');
  if (!sheet) return null;
  // Parts come in document order, a block's own entry before the text inside it.
  const first = collectAmendmentParts(view.state.doc, new Set([id]))[0];
  if (!first) return null;
  const start = first.block ? first.from + 1 : first.from;
  try {
    const coords = view.coordsAtPos(start);
    const box = sheet.getBoundingClientRect();
    // Kept inside the sheet: a card cut off at the edge of the page is no use on a projected screen.
    const left = Math.min(coords.left - box.left - 8, box.width - POPOVER_WIDTH - 8);
    return { top: coords.top - box.top, left: Math.max(8, left) };
  } catch {
    return null;
  }
}

/**
 * A small card on the amendment the cursor is on: who proposes what, and the buttons for it (the chair's
 * Accept and Reject, another delegation's Support and Oppose), so that the chair decides where the room looks.
 */
export function AmendmentPopover({ editor, amendment, identity, decides, active, actions }: AmendmentPopoverProps) {
  const id = amendment?.range ? amendment.id : null;
  const anchor = useEditorState({ editor, selector: ({ editor: e }) => (id ? anchorOf(e, id) : null) });
  if (!amendment || !anchor) return null;
  const useful = decides || mayTakeStance(amendment, identity) || identity.role === 'observer';
  if (!useful) return null;
  return (
    <div
      className="amendment-popover"
      data-testid="amendment-popover"
      data-amendment-id={amendment.id}
      style={{ top: anchor.top, left: anchor.left }}
      role="dialog"
      aria-label={amendment.description}
    >
      <div className="amendment-popover__what">
        <PartyChip party={amendment.party} />
        <span>{amendment.description}</span>
      </div>
      <AmendmentActions
        amendment={amendment}
        identity={identity}
        decides={decides}
        active={active}
        actions={actions}
        compact
      />
    </div>
  );
}
