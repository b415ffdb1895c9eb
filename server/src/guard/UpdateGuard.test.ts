import { addresseeGroup, decision, doc, encodeNewDocument, paragraph, topic } from '@draftroom/document-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { craft, markAttrs, markFormat } from '../../../tests/support/craft.ts';
import type { ConnectionIdentity } from '../sync/Connection.ts';
import { UpdateGuard } from './UpdateGuard.ts';

const secretariat: ConnectionIdentity = { key: 'invite:s', role: 'secretariat', party: null, name: 'Secretariat' };
const brazil: ConnectionIdentity = { key: 'invite:b', role: 'delegate', party: 'Brazil', name: 'Ana' };
const asSecretariat = { canDecide: false };

/** One decision of two paragraphs: the first free of proposals, the second holding Brazil's insertion. */
function roomWithProposal() {
  const room = new Y.Doc();
  Y.applyUpdate(
    room,
    encodeNewDocument(
      doc([
        topic('Synergies', [
          addresseeGroup(
            ['Secretariat'],
            [decision('15.AA', [paragraph('Plain words.'), paragraph('Proposed here.')])],
          ),
        ]),
      ]),
    ),
  );
  const paragraphs = (room: Y.Doc) => {
    const group = (room.getXmlFragment('content').get(0) as Y.XmlElement).get(1) as Y.XmlElement;
    const decisionEl = group.get(0) as Y.XmlElement;
    return [0, 1].map((i) => (decisionEl.get(i) as Y.XmlElement).get(0) as Y.XmlText) as [Y.XmlText, Y.XmlText];
  };
  const proposal = markAttrs('Brazil', 'Ana');
  Y.applyUpdate(
    room,
    craft(room, (copy) => paragraphs(copy)[1].insert(0, 'Brazil’s words ', markFormat('insertion', proposal))),
  );
  const guard = new UpdateGuard(room);
  /** Checks an update as `who` and, if it passes, applies it to the room as the room would. */
  const submit = (update: Uint8Array, who: ConnectionIdentity) => {
    const verdict = guard.check(update, who, who.role === 'secretariat' ? asSecretariat : { canDecide: false });
    if (verdict.ok) Y.applyUpdate(room, update);
    return verdict;
  };
  return { room, paragraphs, submit, proposal };
}

describe('UpdateGuard, the secretariat without the right to decide', () => {
  it('lets it type and delete where no proposal is, again and again', () => {
    const { room, paragraphs, submit } = roomWithProposal();
    for (let i = 0; i < 5; i++) {
      expect(
        submit(
          craft(room, (copy) => paragraphs(copy)[0].insert(0, `${i} `)),
          secretariat,
        ),
      ).toEqual({ ok: true });
    }
    expect(
      submit(
        craft(room, (copy) => paragraphs(copy)[0].delete(0, 4)),
        secretariat,
      ),
    ).toEqual({ ok: true });
    expect(paragraphs(room)[0].toString()).toBe('2 1 0 Plain words.');
  });

  it('still refuses removing a delegation’s proposal in the same decision after typing next to it', () => {
    const { room, paragraphs, submit } = roomWithProposal();
    expect(
      submit(
        craft(room, (copy) => paragraphs(copy)[0].insert(0, 'New ')),
        secretariat,
      ).ok,
    ).toBe(true);
    const removal = craft(room, (copy) => paragraphs(copy)[1].delete(0, 'Brazil’s words '.length));
    expect(submit(removal, secretariat)).toMatchObject({ ok: false, rule: /Only the chair accepts or rejects/ });
  });

  it('refuses unmarking a proposal, which would accept it', () => {
    const { room, paragraphs, submit, proposal } = roomWithProposal();
    const key = Object.keys(markFormat('insertion', proposal))[0] as string;
    const unmark = craft(room, (copy) => paragraphs(copy)[1].format(0, 6, { [key]: null }));
    expect(submit(unmark, secretariat)).toMatchObject({ ok: false, rule: /Only the chair accepts or rejects/ });
  });

  it('lets it type in a text holding a proposal, away from it', () => {
    const { room, paragraphs, submit } = roomWithProposal();
    const typed = craft(room, (copy) => {
      const text = paragraphs(copy)[1];
      text.insert(text.length, ' More.');
    });
    expect(submit(typed, secretariat)).toEqual({ ok: true });
  });

  it('refuses typing into a delegation’s proposal', () => {
    const { room, paragraphs, submit, proposal } = roomWithProposal();
    const inside = craft(room, (copy) => paragraphs(copy)[1].insert(3, 'x', markFormat('insertion', proposal)));
    expect(submit(inside, secretariat)).toMatchObject({ ok: false, rule: /Only the chair accepts or rejects/ });
  });

  it('keeps checking a delegate’s base text against the secretariat’s latest typing', () => {
    const { room, paragraphs, submit } = roomWithProposal();
    expect(
      submit(
        craft(room, (copy) => paragraphs(copy)[0].insert(0, 'Typed. ')),
        secretariat,
      ).ok,
    ).toBe(true);
    // A delegate's own proposal passes, computed against the text as the secretariat left it…
    const own = markAttrs('Brazil', 'Ana');
    const proposed = craft(room, (copy) => paragraphs(copy)[0].insert(7, 'Also ', markFormat('insertion', own)));
    expect(submit(proposed, brazil)).toEqual({ ok: true });
    // …and rewriting the secretariat's new words directly does not.
    const rewrite = craft(room, (copy) => paragraphs(copy)[0].delete(0, 7));
    expect(submit(rewrite, brazil)).toMatchObject({ ok: false, rule: /cannot change agreed text directly/ });
  });

  it('keeps agreed text closed to plain typing', () => {
    const { room, paragraphs } = roomWithProposal();
    Y.applyUpdate(
      room,
      craft(room, (copy) => (paragraphs(copy)[0].parent as Y.XmlElement).setAttribute('agreed', true as never)),
    );
    const guard = new UpdateGuard(room);
    const typed = craft(room, (copy) => paragraphs(copy)[0].insert(0, 'Edited anyway. '));
    expect(guard.check(typed, secretariat, asSecretariat)).toMatchObject({ ok: false, rule: /agreed and closed/ });
  });

  it('refuses marks a block does not allow (italics in a topic heading), for the chair too', () => {
    const { room, paragraphs, submit } = roomWithProposal();
    const heading = (copy: Y.Doc) =>
      ((copy.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const italicHeading = craft(room, (copy) => heading(copy).format(0, 3, { italic: true }));
    expect(submit(italicHeading, secretariat)).toMatchObject({
      ok: false,
      rule: /italic.*not allowed in topicHeading/,
    });
    const chair: ConnectionIdentity = { key: 'invite:c', role: 'chair', party: null, name: 'Chair' };
    expect(new UpdateGuard(room).check(italicHeading, chair, { canDecide: true })).toMatchObject({
      ok: false,
      rule: /not allowed in topicHeading/,
    });
    // In a paragraph, italics are the secretariat's to set.
    expect(
      submit(
        craft(room, (copy) => paragraphs(copy)[0].format(0, 5, { italic: true })),
        secretariat,
      ),
    ).toEqual({
      ok: true,
    });
  });
});

describe('UpdateGuard, the document settings', () => {
  it('refuses a delegation’s change of the title, even as the first update it checks', () => {
    const { room } = roomWithProposal();
    const retitled = craft(room, (copy) => copy.getMap('meta').set('title', 'Renamed by a delegation'));
    // A fresh guard, as after loading the document or rolling back a refused update.
    expect(new UpdateGuard(room).check(retitled, brazil, { canDecide: false })).toMatchObject({
      ok: false,
      rule: 'Only the chair and the secretariat change the title',
    });
    expect(new UpdateGuard(room).check(retitled, secretariat, asSecretariat)).toEqual({ ok: true, settings: true });
  });
});
