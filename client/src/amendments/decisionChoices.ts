import type { Node as PMNode } from '@tiptap/pm/model';

export interface DecisionChoice {
  id: string;
  number: string;
  /** The topic heading above it, as printed in capitals on paper. */
  topic: string;
  /** What the panel and the filter call it: the number, with the topic when another decision has that number. */
  label: string;
  /** Whether the chair has agreed it (closed for amendments), or the group or topic around it. */
  agreed: boolean;
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/**
 * The decisions of a document in order. Drafts reuse placeholders ("14.AA" under two topics), so a number that
 * appears twice is told apart by its topic.
 */
export function decisionChoices(doc: PMNode): DecisionChoice[] {
  const found: Omit<DecisionChoice, 'label'>[] = [];
  const walk = (node: PMNode, topic: string, agreed: boolean) => {
    node.forEach((child) => {
      if (child.isTextblock) return;
      const closed = agreed || child.attrs.agreed === true;
      if (child.type.name === 'topic') {
        walk(child, child.firstChild?.textContent.trim() ?? '', closed);
      } else if (child.type.name === 'decision') {
        if (typeof child.attrs.id === 'string') {
          found.push({ id: child.attrs.id, number: String(child.attrs.number ?? ''), topic, agreed: closed });
        }
      } else {
        walk(child, topic, closed);
      }
    });
  };
  walk(doc, '', false);
  const seen = new Map<string, number>();
  for (const decision of found) seen.set(decision.number, (seen.get(decision.number) ?? 0) + 1);
  return found.map((decision) => {
    const number = decision.number || 'Decision without a number';
    const shared = (seen.get(decision.number) ?? 0) > 1 || !decision.number;
    const topic = firstWords(
      decision.topic.toLowerCase().replace(/^./, (c) => c.toUpperCase()),
      4,
    );
    return { ...decision, label: shared && topic ? `${number} · ${topic}` : number };
  });
}
