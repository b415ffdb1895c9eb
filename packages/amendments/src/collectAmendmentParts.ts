import { blockAmendsOf, directedToText } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { AmendmentPart } from './Amendment.ts';
import { amendmentMarksOf } from './amendmentMarksOf.ts';

interface Where {
  decisionId: string | null;
  decisionNumber: string | null;
}

const idOf = (node: PMNode): string | null => (typeof node.attrs.id === 'string' ? node.attrs.id : null);

function labelOf(node: PMNode): string | null {
  if (node.type.name === 'decision') return String(node.attrs.number ?? '') || null;
  if (node.type.name === 'addresseeGroup') return directedToText(node.attrs.addressees ?? []);
  return null;
}

/**
 * Every amendment part of a document in document order: runs of marked text (adjacent text nodes with the
 * same mark are one run, even when other marks split them) and block entries.
 */
export function collectAmendmentParts(doc: PMNode): AmendmentPart[] {
  const parts: AmendmentPart[] = [];
  const openRuns = new Map<string, AmendmentPart>();

  const addText = (text: PMNode, pos: number, block: PMNode, where: Where) => {
    const to = pos + text.nodeSize;
    for (const { kind, attrs } of amendmentMarksOf(text)) {
      const key = `${kind}:${attrs.amendmentId}:${attrs.party}`;
      const run = openRuns.get(key);
      if (run && run.to === pos) {
        run.to = to;
        run.text += text.text ?? '';
        continue;
      }
      const part: AmendmentPart = {
        ...attrs,
        kind,
        from: pos,
        to,
        text: text.text ?? '',
        blockType: block.type.name,
        blockLabel: null,
        blockId: idOf(block),
        ...where,
        block: null,
      };
      openRuns.set(key, part);
      parts.push(part);
    }
  };

  const walk = (parent: PMNode, contentStart: number, where: Where) => {
    parent.forEach((child, offset) => {
      const pos = contentStart + offset;
      if (child.isText) {
        addText(child, pos, parent, where);
        return;
      }
      const inner: Where =
        child.type.name === 'decision'
          ? { decisionId: idOf(child), decisionNumber: String(child.attrs.number ?? '') }
          : where;
      for (const entry of blockAmendsOf(child.attrs)) {
        parts.push({
          amendmentId: entry.amendmentId,
          party: entry.party,
          author: entry.author,
          createdAt: entry.createdAt,
          kind: entry.kind,
          from: pos,
          to: pos + child.nodeSize,
          text: child.textContent,
          blockType: child.type.name,
          blockLabel: labelOf(child),
          blockId: idOf(child),
          ...inner,
          block: entry,
        });
      }
      walk(child, pos + 1, inner);
    });
  };

  walk(doc, 0, { decisionId: null, decisionNumber: null });
  return parts;
}
