import * as Y from 'yjs';

/** What one update touched, found from the transactions Yjs ran while applying it. */
export interface Touched {
  /**
   * Units inside which something changed, deleted ones included: the decision a change sits in, or else the
   * top-level block (child of `content`).
   */
  units: Set<Y.XmlElement>;
  /** Whether top-level blocks were added or removed. */
  fragmentChanged: boolean;
  /** Whether the blocks of a unit that holds decisions changed (decisions may have been added or removed). */
  structural: boolean;
  /** Names of the root types that changed ("content", "meta", "amendments", or anything else). */
  roots: Set<string>;
  /** Texts that changed: their cached readings are stale. */
  texts: Set<Y.XmlText>;
  /** Units in which a block (not only a text) changed: their structure must be checked again. */
  reshaped: Set<Y.XmlElement>;
}

// biome-ignore lint/suspicious/noExplicitAny: Yjs types its shared types' events as any
type AnyType = Y.AbstractType<any>;

function rootName(doc: Y.Doc, type: AnyType): string {
  for (const [name, root] of doc.share) if (root === type) return name;
  return '(unnamed)';
}

/**
 * Walks every changed type up to its root: under `content`, the child of the fragment it sits in is the unit
 * that must be checked. Yjs may run more than one transaction for one update (pending structs integrating
 * later), so all of them are considered.
 */
export function touchedUnits(doc: Y.Doc, fragment: Y.XmlFragment, transactions: readonly Y.Transaction[]): Touched {
  const touched: Touched = {
    units: new Set(),
    fragmentChanged: false,
    structural: false,
    roots: new Set(),
    texts: new Set(),
    reshaped: new Set(),
  };
  for (const transaction of transactions) {
    for (const type of transaction.changed.keys()) {
      if (type instanceof Y.XmlText) touched.texts.add(type);
      let current: AnyType = type;
      let child: AnyType | null = null;
      let decision: Y.XmlElement | null = null;
      while (current._item !== null) {
        if (current instanceof Y.XmlElement && current.nodeName === 'decision') decision = current;
        child = current;
        current = current._item.parent as AnyType;
      }
      touched.roots.add(rootName(doc, current));
      if (current !== fragment) continue;
      if (child === null) touched.fragmentChanged = true;
      else if (decision) {
        touched.units.add(decision);
        if (!(type instanceof Y.XmlText)) touched.reshaped.add(decision);
      } else if (child instanceof Y.XmlElement) {
        touched.units.add(child);
        // A text typed into a heading reshapes nothing; a block added or removed may add or remove decisions.
        if (!(type instanceof Y.XmlText)) {
          touched.structural = true;
          touched.reshaped.add(child);
        }
      }
    }
  }
  return touched;
}
