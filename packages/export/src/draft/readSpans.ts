import type { Node as PMNode } from '@tiptap/pm/model';
import type { AmendmentRecords } from '../amendments/AmendmentRecords.ts';
import type { Change } from '../amendments/Change.ts';
import { changeState } from '../amendments/changeState.ts';
import { changeOfMark } from '../amendments/readChange.ts';
import type { Span } from './Draft.ts';

/**
 * The text of a textblock as spans. `inherited` are the pending changes of the blocks around it (a decision
 * proposed for insertion marks all its text as inserted), so that every view treats block and inline changes
 * alike. Text whose change was already decided against is left out; a decided change that still marks the text
 * is dropped from the span, which then reads as agreed text.
 */
export function readSpans(block: PMNode, inherited: readonly Change[], records: AmendmentRecords): Span[] {
  const spans: Span[] = [];
  block.forEach((child) => {
    if (!child.isText || !child.text) return;
    const changes = [...inherited];
    for (const mark of child.marks) {
      const change = changeOfMark(mark, records);
      if (change) changes.push(change);
    }
    const states = changes.map((change) => changeState(change, records));
    if (states.includes('gone')) return;
    const pending = changes.filter((_, i) => states[i] === 'pending');
    spans.push({
      text: child.text,
      bold: child.marks.some((mark) => mark.type.name === 'bold'),
      italic: child.marks.some((mark) => mark.type.name === 'italic'),
      insertions: pending.filter((change) => change.kind === 'insertion'),
      deletions: pending.filter((change) => change.kind === 'deletion'),
    });
  });
  return spans;
}
