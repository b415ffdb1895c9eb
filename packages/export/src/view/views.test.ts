import { describe, expect, it } from 'vitest';
import { textPieces } from '../render/textPieces.ts';
import { change, span } from '../testing/spans.ts';
import { bracketedPieces } from './bracketedPieces.ts';
import { cleanPieces } from './cleanPieces.ts';
import { mergePieces } from './mergePieces.ts';
import type { Piece } from './Piece.ts';
import { trackedPieces } from './trackedPieces.ts';

const brazilDeletes = change('deletion', 'Brazil', 'a1');
const brazilInserts = change('insertion', 'Brazil', 'a1');
const japanDeletes = change('deletion', 'Japan', 'a2');
const kenyaInserts = change('insertion', 'Kenya', 'a3');
const japanDeletesKenyas = change('deletion', 'Japan', 'a4');

/** The Secretariat shall [develop→prepare by Brazil] a policy */
const replacement = [span('shall '), span('develop', brazilDeletes), span('prepare', brazilInserts), span(' a policy')];

const asText = (pieces: Piece[]) => textPieces(mergePieces(pieces));

describe('the clean view', () => {
  it('leaves pending insertions out and keeps text proposed for deletion', () => {
    expect(asText(cleanPieces(replacement))).toBe('shall develop a policy');
  });
});

describe('the bracketed view', () => {
  it('prints a replacement as alternatives, the current words first', () => {
    expect(asText(bracketedPieces(replacement))).toBe('shall [develop][Brazil: prepare] a policy');
  });

  it('prints a pure insertion and a pure deletion with their delegation', () => {
    expect(asText(bracketedPieces([span('a '), span('new ', kenyaInserts), span('policy')]))).toBe(
      'a [Kenya: new ]policy',
    );
    expect(asText(bracketedPieces([span('a '), span('draft ', japanDeletes), span('policy')]))).toBe(
      'a [Japan delete: draft ]policy',
    );
  });

  it('keeps unrelated neighbouring amendments in their own brackets', () => {
    const spans = [
      span('shall, '),
      span('if possible, ', japanDeletes),
      span('develop', brazilDeletes),
      span('prepare', brazilInserts),
    ];
    expect(asText(bracketedPieces(spans))).toBe('shall, [Japan delete: if possible, ][develop][Brazil: prepare]');
  });

  it('gives competing proposals on the same words as alternatives', () => {
    const spans = [span('develop', brazilDeletes, japanDeletes), span('prepare', brazilInserts)];
    expect(asText(bracketedPieces(spans))).toBe('[develop][Brazil: prepare][Japan delete]');
  });

  it("reads a deletion inside another delegation's insertion as a proposal built on it", () => {
    const spans = [
      span('and local ', kenyaInserts),
      span('indigenous ', kenyaInserts, japanDeletesKenyas),
      span('communities', kenyaInserts),
    ];
    expect(asText(bracketedPieces(spans))).toBe(
      '[Kenya: and local indigenous communities][Japan: and local communities]',
    );
  });

  it('leaves agreed text without brackets', () => {
    expect(asText(bracketedPieces([span('agreed text')]))).toBe('agreed text');
  });
});

describe('the tracked view', () => {
  it('attributes a replacement once, after its deletion and insertion', () => {
    expect(asText(trackedPieces(replacement))).toBe('shall {--develop--}{++prepare++}{>>Brazil<<} a policy');
  });

  it('attributes neighbouring amendments separately, with the spacing a reader needs', () => {
    const pieces = trackedPieces([
      span('shall, '),
      span('if possible, ', japanDeletes),
      span('develop', brazilDeletes),
    ]);
    expect(pieces.filter((p) => p.kind === 'attribution')).toEqual([
      { kind: 'attribution', parties: ['Japan'], spaceBefore: false, spaceAfter: true },
      { kind: 'attribution', parties: ['Brazil'], spaceBefore: true, spaceAfter: false },
    ]);
  });

  it('keeps the insertion a deletion falls in', () => {
    const [piece] = trackedPieces([span('local ', kenyaInserts, japanDeletesKenyas)]);
    expect(piece).toMatchObject({ kind: 'deletion', change: { party: 'Japan' }, inserted: { party: 'Kenya' } });
  });
});
