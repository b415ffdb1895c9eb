import { readDocument } from '@draftroom/document-model';
import { Y_CONTENT } from '@draftroom/protocol';
import { EditorState } from '@tiptap/pm/state';
import { updateYFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { AmendmentFilter } from './AmendmentFilter.ts';
import { readAmendmentRecords } from './amendmentRecords.ts';
import { amendmentsMetaOf } from './amendmentsMeta.ts';
import type { Decider } from './Decider.ts';
import { decideAmendments } from './decideAmendments.ts';
import { keepRecords } from './keepRecords.ts';
import type { Verdict } from './Verdict.ts';

export interface DecideOptions {
  at?: string;
  /** The Yjs transaction origin (the server's, or a binding's, so that its observers can tell). */
  origin?: unknown;
}

/**
 * Decides amendments straight on a Y.Doc (the server, a script, exports): reads the text, resolves, writes
 * back only what changed (y-prosemirror's diffing update, so concurrent edits elsewhere survive) and records
 * the verdict, all in one Yjs transaction. Returns the decided ids.
 */
function decideInYDoc(
  ydoc: Y.Doc,
  verdict: Verdict,
  filter: AmendmentFilter,
  decider: Decider,
  options: DecideOptions,
): string[] {
  let ids: string[] = [];
  ydoc.transact(() => {
    const state = EditorState.create({ doc: readDocument(ydoc) });
    const tr = decideAmendments(state, verdict, filter, readAmendmentRecords(ydoc));
    const meta = amendmentsMetaOf(tr);
    ids = meta?.type === 'resolved' ? meta.ids : [];
    if (ids.length === 0) return;
    updateYFragment(ydoc, ydoc.getXmlFragment(Y_CONTENT), tr.doc, { mapping: new Map(), isOMark: new Map() });
    keepRecords(ydoc, tr, decider, options.at);
  }, options.origin);
  return ids;
}

export function acceptInYDoc(
  ydoc: Y.Doc,
  filter: AmendmentFilter,
  decider: Decider,
  options: DecideOptions = {},
): string[] {
  return decideInYDoc(ydoc, 'accept', filter, decider, options);
}

export function rejectInYDoc(
  ydoc: Y.Doc,
  filter: AmendmentFilter,
  decider: Decider,
  options: DecideOptions = {},
): string[] {
  return decideInYDoc(ydoc, 'reject', filter, decider, options);
}
