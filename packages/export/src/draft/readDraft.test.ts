import { addresseeGroup, decision, doc, draftSchema, paragraph, subParagraph } from '@draftroom/document-model';
import { describe, expect, it } from 'vitest';
import { countPending } from './countPending.ts';
import type { DecisionNode, Draft, Span } from './Draft.ts';
import { readDraft } from './readDraft.ts';

const by = (party: string, amendmentId: string) => ({
  amendmentId,
  party,
  author: `Delegate of ${party}`,
  createdAt: '2026-02-09T14:00:00.000Z',
});

/** 15.AA with a), a sub-paragraph Brazil proposes to insert, and b); "develop" marked as Japan's deletion. */
function amendedDecision() {
  const inserted = {
    ...subParagraph('new item'),
    attrs: { level: 1, amend: [{ kind: 'insert', ...by('Brazil', 'b1') }] },
  };
  const json = doc([
    addresseeGroup(
      ['Secretariat'],
      [
        decision('15.AA', [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'The Secretariat shall ' },
              { type: 'text', text: 'develop', marks: [{ type: 'deletion', attrs: by('Japan', 'j1') }] },
              { type: 'text', text: ':' },
            ],
          },
          subParagraph('first item'),
          inserted,
          subParagraph('last item'),
        ]),
      ],
    ),
  ]);
  return draftSchema.nodeFromJSON(json);
}

function firstDecision(draft: Draft<Span[]>): DecisionNode<Span[]> {
  const [group] = draft.nodes;
  if (group?.type !== 'addresseeGroup' || !group.decisions[0]) throw new Error('no decision');
  return group.decisions[0];
}

const labels = (draft: Draft<Span[]>) => firstDecision(draft).blocks.map((block) => block.label);

describe('readDraft', () => {
  it('leaves a proposed block out of the clean text and labels what is printed', () => {
    const clean = readDraft(amendedDecision(), 'clean', new Map());
    expect(labels(clean)).toEqual([null, 'a)', 'b)']);
    expect(firstDecision(clean).blocks[2]?.inline.map((s) => s.text)).toEqual(['last item']);
  });

  it('keeps a proposed block in the tracked view, its text marked as inserted by its delegation', () => {
    const tracked = readDraft(amendedDecision(), 'tracked', new Map());
    expect(labels(tracked)).toEqual([null, 'a)', 'b)', 'c)']);
    expect(firstDecision(tracked).blocks[2]?.inline[0]?.insertions.map((c) => c.party)).toEqual(['Brazil']);
  });

  it('prints a mark whose amendment was already decided as decided', () => {
    const rejected = readDraft(amendedDecision(), 'tracked', new Map([['j1', { status: 'rejected' }]]));
    expect(firstDecision(rejected).blocks[0]?.inline.map((s) => [s.text, s.deletions.length])).toEqual([
      ['The Secretariat shall ', 0],
      ['develop', 0],
      [':', 0],
    ]);
    const accepted = readDraft(amendedDecision(), 'tracked', new Map([['j1', { status: 'accepted' }]]));
    expect(firstDecision(accepted).blocks[0]?.inline.map((s) => s.text)).toEqual(['The Secretariat shall ', ':']);
  });

  it('counts pending amendments once each, whatever the view leaves out', () => {
    expect(countPending(amendedDecision(), new Map())).toBe(2);
    expect(countPending(amendedDecision(), new Map([['b1', { status: 'withdrawn' }]]))).toBe(1);
  });

  it('drops a "Directed to" group whose every decision is a pending proposal in the clean view', () => {
    const proposed = {
      ...decision('15.BB', [paragraph('New.')]),
      attrs: { number: '15.BB', amend: [{ kind: 'insert', ...by('Kenya', 'k1') }] },
    };
    const node = draftSchema.nodeFromJSON(doc([addresseeGroup(['Parties'], [proposed]), paragraph('Closing words.')]));
    expect(readDraft(node, 'clean', new Map()).nodes.map((n) => n.type)).toEqual(['paragraph']);
    expect(readDraft(node, 'bracketed', new Map()).nodes.map((n) => n.type)).toEqual(['addresseeGroup', 'paragraph']);
  });

  it('joins back, in the clean text only, a paragraph split off by a pending proposal', () => {
    const second = {
      ...subParagraph('and second'),
      attrs: { level: 1, amend: [{ kind: 'split', ...by('Norway', 'n1') }] },
    };
    const node = draftSchema.nodeFromJSON(
      doc([
        addresseeGroup(
          ['Parties'],
          [decision('15.AA', [paragraph('Parties:'), subParagraph('first, '), second, subParagraph('last')])],
        ),
      ]),
    );
    const text = (view: 'clean' | 'tracked') =>
      firstDecision(readDraft(node, view, new Map())).blocks.map(
        (b) => `${b.label ?? ''}${b.inline.map((s) => s.text).join('')}`,
      );
    expect(text('clean')).toEqual(['Parties:', 'a)first, and second', 'b)last']);
    expect(text('tracked')).toEqual(['Parties:', 'a)first, ', 'b)and second', 'c)last']);
  });
});
