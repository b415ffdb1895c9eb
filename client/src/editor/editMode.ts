import { type AmendmentIdentity, canSwitchMode } from '../amendments/amendmentIdentity.ts';

/** Editing changes the text itself; suggesting proposes changes in one's name, for the chair to decide. */
export type EditMode = 'editing' | 'suggesting';

const key = (documentId: string) => `draftroom.mode.${documentId}`;

/**
 * The mode this tab starts in: delegates always suggest; the chair and the secretariat keep their last choice
 * for the tab (sessionStorage, like the invite token), and start by editing.
 */
export function initialEditMode(
  identity: AmendmentIdentity,
  documentId: string,
  storage: Pick<Storage, 'getItem'>,
): EditMode {
  if (!canSwitchMode(identity)) return 'suggesting';
  return storage.getItem(key(documentId)) === 'suggesting' ? 'suggesting' : 'editing';
}

export function saveEditMode(documentId: string, mode: EditMode, storage: Pick<Storage, 'setItem'>): void {
  storage.setItem(key(documentId), mode);
}
