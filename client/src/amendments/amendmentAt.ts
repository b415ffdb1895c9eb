import { type AmendmentPart, amendmentPartsAt } from '@draftroom/amendments';
import type { Node as PMNode } from '@tiptap/pm/model';

/** How well a part holds `pos`: inside it, then just after it (as after a typed word), then just before it. */
function closeness(part: AmendmentPart, pos: number): number | null {
  if (part.block !== null) return part.from < pos && pos < part.to ? 3 : null;
  if (part.from < pos && pos < part.to) return 0;
  if (pos === part.to) return 1;
  if (pos === part.from) return 2;
  return null;
}

/**
 * The amendment the cursor is on: the innermost one holding `pos`. Words proposed inside a decision that is
 * proposed for deletion are the words' amendment, not the decision's.
 */
export function amendmentAt(doc: PMNode, pos: number): string | null {
  let best: { id: string; score: number; size: number } | null = null;
  for (const part of amendmentPartsAt(doc, pos)) {
    const score = closeness(part, pos);
    if (score === null) continue;
    const size = part.to - part.from;
    if (!best || score < best.score || (score === best.score && size < best.size)) {
      best = { id: part.amendmentId, score, size };
    }
  }
  return best?.id ?? null;
}
