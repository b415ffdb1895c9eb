import * as Y from 'yjs';
import { parseMarkKey } from './markKey.ts';
import { newStructs } from './newStructs.ts';

const AMENDMENT_MARKS = new Set(['insertion', 'deletion']);

const isAmendmentKey = (key: string) => AMENDMENT_MARKS.has(parseMarkKey(key).name);

/** Whether a text holds a live insertion or deletion mark: someone's proposal is (partly) in it. */
function holdsProposal(text: Y.XmlText): boolean {
  for (let item = text._start; item !== null; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentFormat && isAmendmentKey(item.content.key)) return true;
  }
  return false;
}

/** Text typed or deleted, or a formatting mark other than a proposal's; null for anything else. */
function plainTextParent(item: Y.Item): Y.XmlText | null {
  const parent = item.parent;
  if (!(parent instanceof Y.XmlText) || item.parentSub !== null) return null;
  const content = item.content;
  if (content instanceof Y.ContentString || content instanceof Y.ContentDeleted) return parent;
  if (content instanceof Y.ContentFormat && !isAmendmentKey(content.key)) return parent;
  return null;
}

/**
 * Whether an update only typed or deleted text (or set formatting such as italics) in texts that hold no one's
 * proposal: no block, attribute or amendment mark was added or removed. Such an update cannot have changed any
 * amendment, so the secretariat's typing needs no re-reading of the decision it is in. `false` means "look
 * closer", not "refuse".
 */
export function onlyPlainTextEdits(transactions: readonly Y.Transaction[]): boolean {
  const texts = new Set<Y.XmlText>();
  for (const transaction of transactions) {
    for (const struct of newStructs(transaction)) {
      const parent = struct instanceof Y.Item ? plainTextParent(struct) : null;
      if (!parent) return false;
      texts.add(parent);
    }
    let plain = true;
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      const parent = struct instanceof Y.Item ? plainTextParent(struct) : null;
      if (parent) texts.add(parent);
      else plain = false;
    });
    if (!plain) return false;
  }
  for (const text of texts) if (holdsProposal(text)) return false;
  return true;
}
