import { toPlainText } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseText } from './baseText.ts';
import { collectAmendmentParts } from './collectAmendmentParts.ts';
import { resolveAmendments } from './resolveAmendments.ts';
import { arbitraryDocument, arbitraryEdit, edited } from './testing/randomEdits.ts';
import type { Verdict } from './Verdict.ts';

// AMENDMENT_RUNS=5000 stresses the engine; the default keeps the unit suite fast.
const RUNS = { numRuns: Number(process.env.AMENDMENT_RUNS ?? 300) };

const idsOf = (doc: PMNode) => [...new Set(collectAmendmentParts(doc).map((part) => part.amendmentId))];

function resolve(doc: PMNode, verdicts: Map<string, Verdict>): PMNode {
  return resolveAmendments(new Transform(doc), verdicts).doc;
}

/** True when an attribute of one block has a proposal accepted in each set. */
function competingValues(doc: PMNode, first: Map<string, Verdict>, second: Map<string, Verdict>): boolean {
  const accepted = (verdicts: Map<string, Verdict>) =>
    new Set(
      collectAmendmentParts(doc)
        .filter((part) => part.block?.kind === 'attr' && verdicts.get(part.amendmentId) === 'accept')
        .map((part) => `${part.from}:${part.block?.kind === 'attr' ? part.block.name : ''}`),
    );
  const inFirst = accepted(first);
  return [...accepted(second)].some((key) => inFirst.has(key));
}

describe('properties over random documents and random amendments', () => {
  it('rejecting every amendment gives back the base document exactly', () => {
    fc.assert(
      fc.property(
        arbitraryDocument,
        fc.array(arbitraryEdit(), { maxLength: Number(process.env.AMENDMENT_EDITS ?? 12) }),
        (base, edits) => {
          const doc = edited(base, edits);
          const rejected = baseText(doc);
          expect(toPlainText(rejected)).toBe(toPlainText(base));
          expect(rejected.eq(base)).toBe(true);
        },
      ),
      RUNS,
    );
  }, 60_000);

  it('deciding disjoint sets of amendments in either order gives the same text', () => {
    fc.assert(
      fc.property(
        arbitraryDocument,
        fc.array(arbitraryEdit(), { maxLength: Number(process.env.AMENDMENT_EDITS ?? 12) }),
        fc.infiniteStream(fc.tuple(fc.boolean(), fc.constantFrom<Verdict>('accept', 'reject'))),
        (base, edits, choices) => {
          const doc = edited(base, edits);
          const first = new Map<string, Verdict>();
          const second = new Map<string, Verdict>();
          const iterator = choices[Symbol.iterator]();
          for (const id of idsOf(doc)) {
            const [inFirst, verdict] = iterator.next().value as [boolean, Verdict];
            (inFirst ? first : second).set(id, verdict);
          }
          // Two accepted values for one attribute of one block compete: the one accepted last wins, so the
          // order matters by nature. Every other pair of amendments must commute.
          fc.pre(!competingValues(doc, first, second));
          const oneWay = resolve(resolve(doc, first), second);
          const otherWay = resolve(resolve(doc, second), first);
          const atOnce = resolve(doc, new Map([...first, ...second]));
          expect(toPlainText(oneWay)).toBe(toPlainText(otherWay));
          expect(toPlainText(atOnce)).toBe(toPlainText(oneWay));
          expect(collectAmendmentParts(oneWay)).toEqual([]);
        },
      ),
      RUNS,
    );
  }, 60_000);
});
