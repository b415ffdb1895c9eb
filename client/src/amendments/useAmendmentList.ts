import { type Amendment, type AmendmentRecord, amendmentsMap, readAmendmentRecords } from '@draftroom/amendments';
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { type DecisionChoice, decisionChoices } from './decisionChoices.ts';
import { documentAmendments } from './documentAmendments.ts';

export interface AmendmentList {
  amendments: Amendment[];
  records: Map<string, AmendmentRecord>;
  decisions: DecisionChoice[];
}

const EMPTY: AmendmentList = { amendments: [], records: new Map(), decisions: [] };

/**
 * Every amendment of the document with its record, and the decisions, as they are now: recomputed once per
 * frame at most, after the text or the record changed (typing on a projected screen must stay fluid).
 */
export function useAmendmentList(editor: Editor, ydoc: Y.Doc): AmendmentList {
  const [list, setList] = useState<AmendmentList>(EMPTY);

  useEffect(() => {
    let frame = 0;
    const compute = () => {
      frame = 0;
      if (editor.isDestroyed) return;
      const records = readAmendmentRecords(ydoc);
      const doc = editor.state.doc;
      setList({ amendments: documentAmendments(doc, records), records, decisions: decisionChoices(doc) });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(compute);
    };
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) schedule();
    };
    const map = amendmentsMap(ydoc);
    editor.on('transaction', onTransaction);
    editor.on('create', schedule);
    map.observeDeep(schedule);
    compute();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      editor.off('transaction', onTransaction);
      editor.off('create', schedule);
      map.unobserveDeep(schedule);
    };
  }, [editor, ydoc]);

  return list;
}
