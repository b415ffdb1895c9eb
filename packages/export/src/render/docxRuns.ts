import { BuilderElement, DeletedTextRun, InsertedTextRun, type ParagraphChild, TextRun } from 'docx';
import type { Change } from '../amendments/Change.ts';
import type { Piece, Style } from '../view/Piece.ts';

/** Word numbers every revision of a document (w:id); one counter per document keeps them unique. */
export interface RevisionCounter {
  next: number;
}

/** Word's w:date: ISO 8601 to the second; the export's own time when the change has none. */
function wordDate(createdAt: string, now: Date): string {
  const time = new Date(createdAt);
  const date = Number.isNaN(time.getTime()) ? now : time;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Only the formatting a run has: Word's defaults need no w:b="false". */
function formatting({ bold, italic }: Style) {
  return { ...(bold ? { bold } : {}), ...(italic ? { italics: italic } : {}) };
}

function revision(change: Change, counter: RevisionCounter, now: Date) {
  return { id: counter.next++, author: change.party, date: wordDate(change.createdAt, now) };
}

/**
 * A deletion of text that is itself a pending insertion, as Word writes it: the deleted run inside the
 * insertion (w:ins › w:del › w:r › w:delText), so accepting or rejecting either in Word does the right thing.
 */
function deletedInsertion(deleted: DeletedTextRun, inserted: ReturnType<typeof revision>): ParagraphChild {
  const element = new BuilderElement({
    name: 'w:ins',
    attributes: {
      id: { key: 'w:id', value: inserted.id },
      author: { key: 'w:author', value: inserted.author },
      date: { key: 'w:date', value: inserted.date },
    },
    children: [deleted],
  });
  // docx types a paragraph's children as a closed union; a w:ins element is valid there in OOXML all the same.
  return element as unknown as ParagraphChild;
}

function runsOf(piece: Piece, counter: RevisionCounter, now: Date): ParagraphChild[] {
  switch (piece.kind) {
    case 'text':
      return [new TextRun({ text: piece.text, ...formatting(piece) })];
    case 'insertion':
      return [new InsertedTextRun({ text: piece.text, ...formatting(piece), ...revision(piece.change, counter, now) })];
    case 'deletion': {
      const inserted = piece.inserted ? revision(piece.inserted, counter, now) : null;
      const deleted = new DeletedTextRun({
        text: piece.text,
        ...formatting(piece),
        ...revision(piece.change, counter, now),
      });
      return [inserted ? deletedInsertion(deleted, inserted) : deleted];
    }
    case 'attribution':
      return [];
    case 'bracket':
      return [new TextRun({ text: piece.side === 'open' ? '[' : ']' })];
    case 'party':
      return [new TextRun({ text: piece.text, bold: true })];
  }
}

/**
 * Pieces as Word runs. Tracked changes are real Word revisions (w:ins / w:del) with the delegation as author
 * and the amendment's time as date, so a delegation can accept or reject them in Word; Word shows the author
 * itself, so the printed attribution is left out.
 */
export function docxRuns(pieces: readonly Piece[], counter: RevisionCounter, now: Date): ParagraphChild[] {
  return pieces.flatMap((piece) => runsOf(piece, counter, now));
}
