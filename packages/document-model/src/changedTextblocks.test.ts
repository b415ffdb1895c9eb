import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { changedTextblocks, textblockChanges } from './changedTextblocks.ts';
import { addresseeGroup, decision, doc, paragraph, subParagraph, topic } from './content.ts';
import { draftSchema } from './schema.ts';

function testDoc(): PMNode {
  return draftSchema.nodeFromJSON(
    doc([
      topic('Culture', [
        addresseeGroup(
          ['Parties'],
          [
            decision('14.AA', [
              paragraph('Parties are encouraged to:'),
              subParagraph('review values;'),
              subParagraph('report;'),
            ]),
          ],
        ),
      ]),
    ]),
  );
}

/** Position just before `text` (first occurrence, within one text node). */
function posOf(node: PMNode, text: string): number {
  let found = -1;
  node.descendants((child, pos) => {
    const index = found < 0 && child.isText ? (child.text ?? '').indexOf(text) : -1;
    if (index >= 0) found = pos + index;
    return found < 0;
  });
  if (found < 0) throw new Error(`"${text}" not found`);
  return found;
}

describe('changedTextblocks', () => {
  const before = testDoc();
  const state = EditorState.create({ doc: before });

  it('finds the one paragraph that typing changed, at its position after the edit', () => {
    const tr = state.tr.insertText('all ', posOf(before, 'values'));
    const changed = changedTextblocks(before, tr.doc);
    expect(changed).toEqual([posOf(before, 'review values') - 1]);
    expect(tr.doc.nodeAt(changed?.[0] ?? -1)?.textContent).toBe('review all values;');
  });

  it('gives up on anything but text: a split, a new attribute', () => {
    expect(changedTextblocks(before, state.tr.split(posOf(before, 'values')).doc)).toBeNull();
    expect(
      changedTextblocks(before, state.tr.setNodeAttribute(posOf(before, 'report') - 1, 'level', 2).doc),
    ).toBeNull();
  });

  it('finds nothing in an unchanged document', () => {
    expect(changedTextblocks(before, before)).toEqual([]);
  });

  it('gives each changed textblock’s position before and after, shifted by the text typed ahead of it', () => {
    const first = posOf(before, 'Parties are');
    const second = posOf(before, 'report;');
    const tr = state.tr.insertText('All ', first).insertText('to ', second + 4);
    expect(textblockChanges(before, tr.doc)).toEqual([
      { before: first - 1, after: first - 1 },
      { before: second - 1, after: second - 1 + 4 },
    ]);
  });
});
