import { draftSchema } from '@draftroom/document-model';
import { type EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { BRAZIL, posOf, proposedState, suggest, testState } from '../amendments/testDocument.ts';
import { rangeTouchesAgreed, touchesAgreedText } from './agreedGuard.ts';
import { setAgreed } from './commands/setAgreed.ts';
import { removesOthersProposals } from './proposalGuard.ts';

function agreeParagraphAt(state: EditorState, text: string): EditorState {
  const placed = state.apply(state.tr.setSelection(TextSelection.create(state.doc, posOf(state.doc, text))));
  let next = placed;
  setAgreed(true, 'paragraph')(placed, (tr) => {
    next = placed.apply(tr);
  });
  return next;
}

describe('agreed text, closed for amendments', () => {
  const state = agreeParagraphAt(testState(), 'review values');
  const inside = posOf(state.doc, 'review');
  const elsewhere = posOf(state.doc, 'develop');

  it('is reached by any change inside the agreed block, not by one beside it', () => {
    expect(rangeTouchesAgreed(state.doc, inside, inside)).toBe(true);
    expect(rangeTouchesAgreed(state.doc, inside, inside + 3)).toBe(true);
    expect(rangeTouchesAgreed(state.doc, elsewhere, elsewhere + 3)).toBe(false);
    // The positions just before and after the agreed paragraph are outside it.
    const paragraph = state.doc.resolve(inside).before();
    const end = state.doc.resolve(inside).after();
    expect(rangeTouchesAgreed(state.doc, paragraph, paragraph)).toBe(false);
    expect(rangeTouchesAgreed(state.doc, end, end)).toBe(false);
  });

  it('refuses a delegate’s proposal inside it (marks and text), and lets one elsewhere through', () => {
    const before = state.doc;
    const tracked = state.tr.insertText('x', inside);
    expect(touchesAgreedText(tracked)).toBe(true);
    const struck = suggest(state, BRAZIL, inside, inside + 6, (tr) => tr.deleteSelection());
    expect(struck.doc.eq(before)).toBe(false);
    const proposal = state.tr.insertText('y', elsewhere);
    expect(touchesAgreedText(proposal)).toBe(false);
    expect(touchesAgreedText(state.tr.addMark(inside, inside + 3, draftSchema.mark('bold')))).toBe(true);
    const paragraphPos = state.doc.resolve(inside).before();
    expect(touchesAgreedText(state.tr.setNodeAttribute(paragraphPos, 'amend', null))).toBe(true);
  });

  it('covers everything inside an agreed decision', () => {
    const placed = state.apply(state.tr.setSelection(TextSelection.create(state.doc, elsewhere)));
    let closed = placed;
    expect(
      setAgreed(true, 'decision')(placed, (tr) => {
        closed = placed.apply(tr);
      }),
    ).toBe(true);
    expect(rangeTouchesAgreed(closed.doc, elsewhere, elsewhere)).toBe(true);
    // Agreeing again what is agreed does nothing; reopening does.
    expect(setAgreed(true, 'decision')(closed)).toBe(false);
    expect(setAgreed(false, 'decision')(closed)).toBe(true);
  });
});

describe('other delegations’ proposals', () => {
  it('cannot be edited away by someone who does not decide; one’s own can', () => {
    const state = proposedState();
    const warmly = posOf(state.doc, ' warmly');
    const deleting = state.tr.delete(warmly - 3, warmly + ' warmly'.length + 2);
    expect(removesOthersProposals(deleting, 'Brazil')).toBe(true);
    expect(removesOthersProposals(deleting, 'Norway')).toBe(false);
    expect(removesOthersProposals(state.tr.insertText('x', 2), 'Brazil')).toBe(false);
  });
});
