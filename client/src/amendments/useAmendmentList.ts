import {
  type Amendment,
  type AmendmentRecord,
  amendmentsMap,
  amendmentsWithRecords,
  readAmendmentRecords,
} from '@draftroom/amendments';
import { Y_CONTENT } from '@draftroom/protocol';
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { type DecisionChoice, decisionChoices } from './decisionChoices.ts';

export interface AmendmentList {
  amendments: Amendment[];
  records: Map<string, AmendmentRecord>;
  decisions: DecisionChoice[];
  /**
   * Whether the list has been read from the loaded document. Until then the panel must not say "0 pending": the
   * first fill waits for the text (see below), and a long compilation text may still be arriving.
   */
  read: boolean;
}

const UNREAD: AmendmentList = { amendments: [], records: new Map(), decisions: [], read: false };

/**
 * How long after the last keystroke in the text the list waits. Reading 1,000 amendments and redrawing the
 * panel takes longer than a frame, so while someone types it waits for a pause (typing on a projected screen
 * must stay fluid); any other change (a decision, another delegation's proposal) shows in the next frame.
 */
export const LIST_DELAY_MS = 250;

/**
 * Every amendment of the document with its record, and the decisions, as they are now: recomputed at most once
 * per frame after the text or the record changed, and not before a pause while this person is typing.
 */
export function useAmendmentList(editor: Editor, ydoc: Y.Doc): AmendmentList {
  const [list, setList] = useState<AmendmentList>(UNREAD);

  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The first fill (1,000 cards) waits a moment too, so that the text is ready to type before the panel.
    let typingUntil = performance.now() + LIST_DELAY_MS;
    const compute = () => {
      frame = 0;
      if (editor.isDestroyed) return;
      const records = readAmendmentRecords(ydoc);
      const doc = editor.state.doc;
      // Every document has blocks: none means the document has not arrived yet.
      const read = ydoc.getXmlFragment(Y_CONTENT).length > 0;
      setList({ amendments: amendmentsWithRecords(doc, records), records, decisions: decisionChoices(doc), read });
    };
    const schedule = () => {
      const wait = typingUntil - performance.now();
      if (wait > 0) {
        if (frame) cancelAnimationFrame(frame);
        frame = 0;
        clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          schedule();
        }, wait);
      } else if (!frame && timer === undefined) {
        frame = requestAnimationFrame(compute);
      }
    };
    const onKey = () => {
      if (editor.isFocused) typingUntil = performance.now() + LIST_DELAY_MS;
    };
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) schedule();
    };
    const map = amendmentsMap(ydoc);
    window.addEventListener('keydown', onKey, true);
    editor.on('transaction', onTransaction);
    editor.on('create', schedule);
    map.observeDeep(schedule);
    schedule();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey, true);
      editor.off('transaction', onTransaction);
      editor.off('create', schedule);
      map.unobserveDeep(schedule);
    };
  }, [editor, ydoc]);

  return list;
}
