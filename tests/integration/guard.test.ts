import { readDocument } from '@draftroom/document-model';
import { CloseCodes } from '@draftroom/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { api, createInvite } from '../support/api.ts';
import { addRecord, craft, markAttrs, markFormat, updateMessage } from '../support/craft.ts';
import { createFixtureDocument, firstDecisionText, plainText } from '../support/demoDocument.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { connectClient, waitFor, type YClient } from '../support/yClient.ts';

/**
 * The attack suite: raw y-websocket clients craft updates with Yjs directly, no editor. Every attack is refused
 * with the right code, no other client ever sees it, and honest clients keep working.
 */
let server: TestServer;
let documentId: string;
let chair: YClient;
const clients: YClient[] = [];

const connect = async (role: string, party?: string, name?: string) => {
  const { token } = await createInvite(server.url, server.adminToken, documentId, {
    role,
    ...(party ? { party } : {}),
    ...(name ? { name } : {}),
  });
  const client = connectClient(server.url, documentId, token);
  clients.push(client);
  await waitFor(() => client.provider.synced, `${role} synced`);
  return client;
};

const contentOf = (client: YClient) => JSON.stringify(readDocument(client.doc).toJSON());
/** Canonical JSON: Yjs maps list keys in the order this replica integrated them, which differs between replicas. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
        )
      : value;
const recordsOf = (client: YClient) => JSON.stringify(canonical(client.doc.getMap('amendments').toJSON()));

/** Sends a crafted update as `attacker`, expects the connection closed with `code`, and checks nobody saw it. */
async function expectRefused(attacker: YClient, update: Uint8Array, code: number, reason: RegExp) {
  const chairBefore = Y.encodeStateAsUpdate(chair.doc);
  attacker.provider.ws?.send(updateMessage(update));
  await waitFor(() => attacker.closes.length > 0, 'the attacker is disconnected');
  attacker.provider.disconnect();
  expect(attacker.closes[0]?.reason).toMatch(reason);
  expect(attacker.closes[0]?.code).toBe(code);
  expect(attacker.closes[0]?.reason).toMatch(reason);
  // The honest chair keeps working; a newcomer sees exactly the chair's document and nothing of the attack.
  firstDecisionText(chair.doc).insert(0, 'Chair. ');
  const witness = await connect('observer', undefined, 'Witness');
  await waitFor(
    () => contentOf(witness) === contentOf(chair) && recordsOf(witness) === recordsOf(chair),
    'witness matches chair',
  );
  expect(Y.encodeStateAsUpdate(chair.doc).length).toBeGreaterThan(chairBefore.length);
  expect(plainText(firstDecisionText(witness.doc))).toMatch(/^Chair\. /);
}

beforeEach(async () => {
  server = await startTestServer();
  documentId = await createFixtureDocument(server.url, server.adminToken);
  chair = await connect('chair', undefined, 'Amina Diallo');
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.destroy();
});

describe('a delegation proposes, and cannot do anything else', () => {
  it('accepts an honest proposal in the delegation’s own name and shows it to everyone', async () => {
    const brazil = await connect('delegate', 'Brazil', 'Ana Souza');
    const attrs = markAttrs('Brazil', 'Ana Souza');
    brazil.doc.transact(() => {
      firstDecisionText(brazil.doc).insert(0, 'Recalling its mandate, ', markFormat('insertion', attrs));
      addRecord(brazil.doc, attrs, 'insert');
    });
    await waitFor(
      () => plainText(firstDecisionText(chair.doc)).startsWith('Recalling its mandate, ') || brazil.closes.length > 0,
      'chair sees the proposal',
    );
    expect(brazil.closes).toEqual([]);
    expect(plainText(firstDecisionText(chair.doc))).toMatch(/^Recalling its mandate, /);
    expect(chair.doc.getMap('amendments').get(attrs.amendmentId)).toBeInstanceOf(Y.Map);
  });

  it('refuses unmarked text typed into agreed text', async () => {
    const brazil = await connect('delegate', 'Brazil', 'Ana Souza');
    const update = craft(brazil.doc, (doc) => firstDecisionText(doc).insert(0, 'Sneaky words. '));
    await expectRefused(brazil, update, CloseCodes.Forbidden.code, /cannot change agreed text/);
  });

  it('refuses agreed text deleted without a deletion mark', async () => {
    const brazil = await connect('delegate', 'Brazil', 'Ana Souza');
    const update = craft(brazil.doc, (doc) => firstDecisionText(doc).delete(0, 15));
    await expectRefused(brazil, update, CloseCodes.Forbidden.code, /cannot change agreed text/);
  });

  it('refuses the removal of another delegation’s amendment', async () => {
    const norway = await connect('delegate', 'Norway', 'Ola Nordmann');
    const attrs = markAttrs('Norway', 'Ola Nordmann');
    norway.doc.transact(() => {
      firstDecisionText(norway.doc).insert(0, 'Norway proposes this. ', markFormat('insertion', attrs));
      addRecord(norway.doc, attrs, 'insert');
    });
    const brazil = await connect('delegate', 'Brazil', 'Ana Souza');
    await waitFor(
      () => plainText(firstDecisionText(brazil.doc)).startsWith('Norway proposes'),
      'Brazil sees Norway’s proposal',
    );
    const update = craft(brazil.doc, (doc) => firstDecisionText(doc).delete(0, 'Norway proposes this. '.length));
    await expectRefused(brazil, update, CloseCodes.Forbidden.code, /amendment of Norway/);
  });

  it('refuses a delegate marking an amendment accepted', async () => {
    const brazil = await connect('delegate', 'Brazil', 'Ana Souza');
    const attrs = markAttrs('Brazil', 'Ana Souza');
    brazil.doc.transact(() => {
      firstDecisionText(brazil.doc).insert(0, 'Own words. ', markFormat('insertion', attrs));
      addRecord(brazil.doc, attrs, 'insert');
    });
    await waitFor(() => chair.doc.getMap('amendments').has(attrs.amendmentId), 'proposal stored');
    const update = craft(brazil.doc, (doc) => {
      const history = (doc.getMap('amendments').get(attrs.amendmentId) as Y.Map<unknown>).get(
        'history',
      ) as Y.Array<unknown>;
      history.push([{ status: 'accepted', by: 'Ana Souza', party: 'Brazil', at: new Date().toISOString() }]);
    });
    await expectRefused(brazil, update, CloseCodes.Forbidden.code, /only the chair can accept/);
  });

  it('refuses an amendment written in another delegation’s name', async () => {
    const brazil = await connect('delegate', 'Brazil', 'Ana Souza');
    const forged = markAttrs('Japan', 'Ana Souza');
    const update = craft(brazil.doc, (doc) => {
      firstDecisionText(doc).insert(0, 'Japan would never say this. ', markFormat('insertion', forged));
      addRecord(doc, forged, 'insert');
    });
    await expectRefused(brazil, update, CloseCodes.Forbidden.code, /another delegation|own delegation/);
  });

  it('lets a delegation support another’s amendment and withdraw its own, and nothing more', async () => {
    const norway = await connect('delegate', 'Norway', 'Ola Nordmann');
    const brazil = await connect('delegate', 'Brazil', 'Ana Souza');
    const norwegian = markAttrs('Norway', 'Ola Nordmann');
    const brazilian = markAttrs('Brazil', 'Ana Souza');
    norway.doc.transact(() => {
      firstDecisionText(norway.doc).insert(0, 'Norwegian words. ', markFormat('insertion', norwegian));
      addRecord(norway.doc, norwegian, 'insert');
    });
    brazil.doc.transact(() => {
      firstDecisionText(brazil.doc).insert(0, 'Brazilian words. ', markFormat('insertion', brazilian));
      addRecord(brazil.doc, brazilian, 'insert');
    });
    const record = (client: YClient, id: string) =>
      client.doc.getMap('amendments').get(id) as Y.Map<unknown> | undefined;
    await waitFor(
      () => record(brazil, norwegian.amendmentId) !== undefined && record(chair, brazilian.amendmentId) !== undefined,
      'both proposals everywhere',
    );
    // Brazil supports Norway's amendment, then withdraws its own: text and record.
    const existing = (client: YClient, id: string) => {
      const found = record(client, id);
      if (!found) throw new Error(`no record ${id}`);
      return found;
    };
    (existing(brazil, norwegian.amendmentId).get('stances') as Y.Map<string>).set('Brazil', 'support');
    brazil.doc.transact(() => {
      const text = firstDecisionText(brazil.doc);
      const start = plainText(text).indexOf('Brazilian words. ');
      text.delete(start, 'Brazilian words. '.length);
      (existing(brazil, brazilian.amendmentId).get('history') as Y.Array<unknown>).push([
        { status: 'withdrawn', by: 'Ana Souza', party: 'Brazil', at: new Date().toISOString() },
      ]);
    });
    await waitFor(
      () => !plainText(firstDecisionText(chair.doc)).includes('Brazilian words'),
      'chair sees the withdrawal',
    );
    await waitFor(
      () =>
        (record(chair, norwegian.amendmentId)?.get('stances') as Y.Map<string> | undefined)?.get('Brazil') ===
        'support',
      'chair sees the support',
    );
    expect(brazil.closes).toEqual([]);
    // But Brazil cannot speak for Japan, nor withdraw Norway's amendment.
    const forStance = craft(brazil.doc, (doc) =>
      ((doc.getMap('amendments').get(norwegian.amendmentId) as Y.Map<unknown>).get('stances') as Y.Map<string>).set(
        'Japan',
        'oppose',
      ),
    );
    await expectRefused(brazil, forStance, CloseCodes.Forbidden.code, /another delegation/);
    const brazil2 = await connect('delegate', 'Brazil', 'Ana Souza');
    const withdrawOther = craft(brazil2.doc, (doc) =>
      ((doc.getMap('amendments').get(norwegian.amendmentId) as Y.Map<unknown>).get('history') as Y.Array<unknown>).push(
        [{ status: 'withdrawn', by: 'Ana Souza', party: 'Brazil', at: new Date().toISOString() }],
      ),
    );
    await expectRefused(brazil2, withdrawOther, CloseCodes.Forbidden.code, /only its delegation can withdraw/);
  });

  it('lets the chair decide, and the secretariat only when the chair allows it', async () => {
    const norway = await connect('delegate', 'Norway', 'Ola Nordmann');
    const attrs = markAttrs('Norway', 'Ola Nordmann');
    norway.doc.transact(() => {
      firstDecisionText(norway.doc).insert(0, 'Proposed. ', markFormat('insertion', attrs));
      addRecord(norway.doc, attrs, 'insert');
    });
    const secretariat = await connect('secretariat', undefined, 'Secretariat');
    await waitFor(() => secretariat.doc.getMap('amendments').has(attrs.amendmentId), 'secretariat sees it');
    const decide = (doc: Y.Doc, by: string, status: string) =>
      ((doc.getMap('amendments').get(attrs.amendmentId) as Y.Map<unknown>).get('history') as Y.Array<unknown>).push([
        { status, by, party: null, at: new Date().toISOString() },
      ]);
    const premature = craft(secretariat.doc, (doc) => decide(doc, 'Secretariat', 'accepted'));
    await expectRefused(secretariat, premature, CloseCodes.Forbidden.code, /only the chair can accept/);
    chair.doc.getMap('meta').set('secretariatDecides', 'true');
    const allowed = await connect('secretariat', undefined, 'Secretariat');
    await waitFor(() => allowed.doc.getMap('meta').get('secretariatDecides') === 'true', 'permission arrives');
    decide(allowed.doc, 'Secretariat', 'rejected');
    await waitFor(
      () =>
        ((chair.doc.getMap('amendments').get(attrs.amendmentId) as Y.Map<unknown>).get('history') as Y.Array<unknown>)
          .length === 2,
      'chair sees the decision',
    );
    expect(allowed.closes).toEqual([]);
  });

  it('refuses any change inside a paragraph the chair has agreed, except the chair’s', async () => {
    // The chair closes the first decision's paragraph.
    const paragraph = firstDecisionText(chair.doc).parent as Y.XmlElement;
    paragraph.setAttribute('agreed', true as unknown as string);
    const brazil = await connect('delegate', 'Brazil', 'Ana Souza');
    await waitFor(
      () =>
        (firstDecisionText(brazil.doc).parent as Y.XmlElement).getAttribute('agreed') === (true as unknown as string),
      'agreed arrives',
    );
    const attrs = markAttrs('Brazil', 'Ana Souza');
    const update = craft(brazil.doc, (doc) => {
      firstDecisionText(doc).insert(0, 'A proposal. ', markFormat('insertion', attrs));
      addRecord(doc, attrs, 'insert');
    });
    await expectRefused(brazil, update, CloseCodes.Forbidden.code, /agreed and closed for amendments/);
  });

  it('keeps agreed text closed for the secretariat too, whether typed into or deleted whole', async () => {
    const paragraph = firstDecisionText(chair.doc).parent as Y.XmlElement;
    paragraph.setAttribute('agreed', true as unknown as string);
    const secretariat = await connect('secretariat', undefined, 'Secretariat');
    await waitFor(
      () =>
        (firstDecisionText(secretariat.doc).parent as Y.XmlElement).getAttribute('agreed') ===
        (true as unknown as string),
      'agreed arrives',
    );
    const typed = craft(secretariat.doc, (doc) => firstDecisionText(doc).insert(0, 'Edited anyway. '));
    await expectRefused(secretariat, typed, CloseCodes.Forbidden.code, /agreed and closed/);
    const again = await connect('secretariat', undefined, 'Secretariat');
    const removed = craft(again.doc, (doc) => {
      const decision = firstDecisionText(doc).parent?.parent as Y.XmlElement;
      decision.delete(0, 1);
    });
    await expectRefused(again, removed, CloseCodes.Forbidden.code, /agreed and closed/);
  });

  it('leaves closing the document and the right to decide to the chair', async () => {
    const secretariat = await connect('secretariat', undefined, 'Secretariat');
    secretariat.doc.getMap('meta').set('title', 'Synergies (secretariat’s revision)');
    await waitFor(
      () => chair.doc.getMap('meta').get('title') === 'Synergies (secretariat’s revision)',
      'title changed',
    );
    const selfPromotion = craft(secretariat.doc, (doc) => doc.getMap('meta').set('secretariatDecides', 'true'));
    await expectRefused(secretariat, selfPromotion, CloseCodes.Forbidden.code, /Only the chair/);
    const brazil = await connect('delegate', 'Brazil', 'Ana Souza');
    const retitle = craft(brazil.doc, (doc) => doc.getMap('meta').set('title', 'Brazil’s title'));
    await expectRefused(brazil, retitle, CloseCodes.Forbidden.code, /Only the chair and the secretariat/);
  });

  it('does not let the secretariat remove a delegation’s proposal unless the chair lets it decide', async () => {
    const norway = await connect('delegate', 'Norway', 'Ola Nordmann');
    const attrs = markAttrs('Norway', 'Ola Nordmann');
    norway.doc.transact(() => {
      firstDecisionText(norway.doc).insert(0, 'Norway’s words. ', markFormat('insertion', attrs));
      addRecord(norway.doc, attrs, 'insert');
    });
    const secretariat = await connect('secretariat', undefined, 'Secretariat');
    await waitFor(
      () => plainText(firstDecisionText(secretariat.doc)).startsWith('Norway’s words'),
      'secretariat sees it',
    );
    const removal = craft(secretariat.doc, (doc) => firstDecisionText(doc).delete(0, 'Norway’s words. '.length));
    await expectRefused(secretariat, removal, CloseCodes.Forbidden.code, /Only the chair accepts or rejects/);
    // Typing elsewhere in the text is still the secretariat's job.
    const typist = await connect('secretariat', undefined, 'Secretariat');
    const text = firstDecisionText(typist.doc);
    text.insert(plainText(text).length, ' (editorial)');
    await waitFor(() => plainText(firstDecisionText(chair.doc)).endsWith(' (editorial)'), 'chair sees the edit');
    expect(typist.closes).toEqual([]);
  });

  it('refuses marks and attributes the editors cannot read, from anyone (the chair included)', async () => {
    const secretariat = await connect('secretariat', undefined, 'Secretariat');
    const unknownMark = craft(secretariat.doc, (doc) => firstDecisionText(doc).format(0, 5, { comment: { id: 'x' } }));
    await expectRefused(secretariat, unknownMark, CloseCodes.BadRequest.code, /unknown mark "comment"/);

    const rogue = await connect('chair', undefined, 'Second chair');
    const malformed = craft(rogue.doc, (doc) => firstDecisionText(doc).format(0, 5, { 'insertion--AAAAAAAA': 'oops' }));
    await expectRefused(rogue, malformed, CloseCodes.BadRequest.code, /malformed insertion mark/);
  });

  it('refuses blocks the schema does not allow', async () => {
    const secretariat = await connect('secretariat', undefined, 'Secretariat');
    const update = craft(secretariat.doc, (doc) => {
      doc.getXmlFragment('content').insert(0, [new Y.XmlElement('decision')]);
    });
    await expectRefused(secretariat, update, CloseCodes.BadRequest.code, /structure/);
  });
});

describe('tokens and presence', () => {
  const upgradeStatus = (token: string) =>
    new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(
        `${server.url.replace(/^http/, 'ws')}/collab/${documentId}?token=${encodeURIComponent(token)}`,
      );
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => reject(new Error('should be refused')));
      ws.on('error', () => {});
    });

  it('refuses an expired token and a tampered one before the upgrade', async () => {
    const expired = server.signer.sign({
      doc: documentId,
      role: 'chair',
      party: null,
      name: 'Old',
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    expect(await upgradeStatus(expired)).toBe(401);
    const { token } = await createInvite(server.url, server.adminToken, documentId, {
      role: 'delegate',
      party: 'Brazil',
    });
    const [payload, mac] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
    const tampered = `${Buffer.from(JSON.stringify({ ...claims, role: 'chair' })).toString('base64url')}.${mac}`;
    expect(await upgradeStatus(tampered)).toBe(401);
    expect((await api(server.url, tampered, 'GET', `/api/documents/${documentId}`)).status).toBe(401);
  });
});
