import type { Node as PMNode } from '@tiptap/pm/model';
import { directedToText } from './addressees.ts';
import { labelOfChild } from './labels.ts';

/**
 * The document as printed, one block per line: headings, "Directed to …", decision numbers and computed
 * labels included. Used by tests and as the simplest export.
 */
export function toPlainText(doc: PMNode): string {
  const lines: string[] = [];
  const walk = (node: PMNode) => {
    node.forEach((child, _offset, index) => {
      switch (child.type.name) {
        case 'topicHeading':
          lines.push(child.textContent.toUpperCase());
          return;
        case 'addresseeGroup':
          lines.push(directedToText(child.attrs.addressees ?? []));
          walk(child);
          return;
        case 'decision': {
          const number = String(child.attrs.number ?? '');
          let first = true;
          child.forEach((block, _o, i) => {
            const label = labelOfChild(child, i);
            const body = label ? `${label} ${block.textContent}` : block.textContent;
            lines.push(first && number ? `${number} ${body}` : body);
            first = false;
          });
          return;
        }
        default:
          if (child.isTextblock) {
            const label = labelOfChild(node, index);
            lines.push(label ? `${label} ${child.textContent}` : child.textContent);
          } else walk(child);
      }
    });
  };
  walk(doc);
  return lines.join('\n');
}
