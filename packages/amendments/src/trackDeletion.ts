import { blockAmendsOf } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';
import { addBlockEntry } from './addBlockEntry.ts';
import { amendmentMarksOf } from './amendmentMarksOf.ts';
import { collectAmendmentParts } from './collectAmendmentParts.ts';
import { markAttrsOf } from './markAttrsOf.ts';
import { deletionAttrsAround } from './neighbourAttrs.ts';
import type { SuggestContext } from './SuggestContext.ts';

interface Range {
  from: number;
  to: number;
}

/** Only the actor's Party has proposals in this node: removing it for real takes nothing from anyone else. */
function onlyMine(node: PMNode, ctx: SuggestContext): boolean {
  return (
    blockAmendsOf(node.attrs).every((entry) => ctx.isMine(entry)) &&
    collectAmendmentParts(node).every((part) => ctx.isMine(part))
  );
}

/**
 * Marked text: the actor's own pending insertion (and nobody else's proposal on it) is really deleted, it is
 * only a draft of their proposal; anything else is struck through in the actor's name, including another
 * Party's proposed words (the chair then decides both). Text the Party already struck stays as it is.
 */
function strikeText(tr: Transform, node: PMNode, range: Range, ctx: SuggestContext, real: Range[]): void {
  const marks = amendmentMarksOf(node);
  const ownInsertion = marks.find((m) => m.kind === 'insertion' && ctx.isMine(m.attrs));
  if (ownInsertion && marks.every((m) => ctx.isMine(m.attrs))) {
    real.push(range);
    ctx.removedOwnInsertion ??= markAttrsOf(ownInsertion.attrs);
    return;
  }
  if (marks.some((m) => m.kind === 'deletion' && ctx.isMine(m.attrs))) return;
  ctx.deletion ??= deletionAttrsAround(tr.doc, range.from, range.to, ctx);
  const type = tr.doc.type.schema.marks.deletion;
  if (type) tr.addMark(range.from, range.to, type.create(ctx.deletion));
}

/**
 * The paragraph break before the textblock at `pos` is deleted: the actor's own new paragraph (their Enter)
 * is joined back for real; any other break gets a `join` entry in the actor's name. Only breaks between
 * sibling textblocks are proposals: the edge of a decision is structure, and a deletion running across it
 * strikes the text on both sides but leaves the decisions apart.
 */
function proposeJoin(
  tr: Transform,
  pos: number,
  node: PMNode,
  previous: PMNode | null,
  ctx: SuggestContext,
  real: Range[],
): void {
  if (!previous?.isTextblock) return;
  const entries = blockAmendsOf(node.attrs);
  const ownBreak = entries.some((e) => (e.kind === 'split' || e.kind === 'insert') && ctx.isMine(e));
  if (ownBreak && entries.every((e) => ctx.isMine(e))) {
    real.push({ from: pos - 1, to: pos + 1 });
    return;
  }
  if (entries.some((e) => e.kind === 'join' && ctx.isMine(e))) return;
  ctx.deletion ??= deletionAttrsAround(tr.doc, pos, pos + 1, ctx);
  addBlockEntry(tr, pos, { kind: 'join', ...ctx.deletion });
}

/**
 * A whole decision, addressee group or topic inside the deleted range is proposed for deletion as one block
 * (the actor's own proposed block goes for real).
 */
function proposeBlockDeletion(tr: Transform, pos: number, node: PMNode, ctx: SuggestContext, real: Range[]): void {
  const entries = blockAmendsOf(node.attrs);
  if (entries.some((e) => e.kind === 'insert' && ctx.isMine(e)) && onlyMine(node, ctx)) {
    real.push({ from: pos, to: pos + node.nodeSize });
  } else if (!entries.some((e) => e.kind === 'delete' && ctx.isMine(e))) {
    ctx.deletion ??= ctx.freshAttrs();
    addBlockEntry(tr, pos, { kind: 'delete', ...ctx.deletion });
  }
}

/**
 * Whole paragraphs deleted from the start of their parent (the first paragraphs of a decision) have no break
 * before them to remove; the break after the last of them goes instead, as the real deletion would merge.
 */
function joinFollowing(tr: Transform, from: number, to: number, ctx: SuggestContext, real: Range[]): void {
  const $to = tr.doc.resolve(to);
  const before = $to.nodeBefore;
  const after = $to.nodeAfter;
  if ($to.parent.inlineContent || !before?.isTextblock || !after?.isTextblock || from > $to.start()) return;
  proposeJoin(tr, to, after, before, ctx, real);
}

/** Real deletions last, from the end backwards, so that the positions found before stay right. */
function deleteReal(tr: Transform, real: Range[]): void {
  for (const range of real.sort((a, b) => b.from - a.from)) tr.delete(range.from, range.to);
}

/**
 * Turns the deletion of [from, to) into tracked changes: text struck through, paragraph breaks proposed for
 * joining (so that a deleted paragraph is its text and its break, as in Word, and commutes with every other
 * proposal), whole decisions and groups proposed for deletion as blocks; the actor's own pending proposals
 * are edited for real.
 */
export function trackDeletion(tr: Transform, from: number, to: number, ctx: SuggestContext): void {
  const doc = tr.doc;
  const real: Range[] = [];
  doc.nodesBetween(from, to, (node, pos, parent, index) => {
    if (node.isText) {
      strikeText(tr, node, { from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to) }, ctx, real);
      return false;
    }
    const whole = pos >= from && pos + node.nodeSize <= to;
    if (whole && !node.isTextblock) {
      proposeBlockDeletion(tr, pos, node, ctx, real);
      return false;
    }
    if (node.isTextblock && pos >= from && pos + 1 <= to) {
      proposeJoin(tr, pos, node, index > 0 && parent ? parent.child(index - 1) : null, ctx, real);
    }
    return true;
  });
  joinFollowing(tr, from, to, ctx, real);
  deleteReal(tr, real);
}
