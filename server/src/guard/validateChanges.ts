import { draftSchema } from '@draftroom/document-model';
import * as Y from 'yjs';
import { markProblem, markProblemIn } from './markProblem.ts';
import { newStructs } from './newStructs.ts';
import { validateAttribute } from './validateAttribute.ts';

// biome-ignore lint/suspicious/noExplicitAny: Yjs types its shared types' events as any
type AnyType = Y.AbstractType<any>;

const isAgreed = (element: Y.XmlElement) => element.getAttribute('agreed') === (true as unknown as string);

/** Whether a block deleted by this update was agreed: Yjs hides the attributes of deleted types, so read them raw. */
function wasAgreed(element: Y.XmlElement): boolean {
  const item = element._map.get('agreed');
  const values = item?.content.getContent() ?? [];
  return values[values.length - 1] === true;
}

/** Whether a type sits in (or is) a block the chair has agreed. */
function inAgreed(type: AnyType | null): boolean {
  for (
    let t: AnyType | null = type;
    t instanceof Y.XmlElement || t instanceof Y.XmlText;
    t = t.parent as AnyType | null
  ) {
    if (t instanceof Y.XmlElement && isAgreed(t)) return true;
  }
  return false;
}

/** Whether a type lives under the `content` fragment. */
function inContent(type: AnyType, fragment: Y.XmlFragment): boolean {
  let t: AnyType | null = type;
  while (t?._item) t = t._item.parent as AnyType;
  return t === fragment;
}

/** The child types of an element or fragment must follow its content expression in the schema. */
function structureProblem(parent: Y.XmlElement | Y.XmlFragment, fragment: Y.XmlFragment): string | null {
  const nodeType = parent === fragment ? draftSchema.topNodeType : draftSchema.nodes[(parent as Y.XmlElement).nodeName];
  if (!nodeType) return 'unknown block';
  let match: ReturnType<typeof nodeType.contentMatch.matchType> = nodeType.contentMatch;
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      if (!nodeType.inlineContent) return `text where ${nodeType.name} holds blocks`;
      continue;
    }
    const childType = child instanceof Y.XmlElement ? draftSchema.nodes[child.nodeName] : undefined;
    match = childType && match ? match.matchType(childType) : null;
    if (!match) return 'a block where the document structure does not allow it';
  }
  return nodeType.inlineContent || match?.validEnd ? null : 'the document structure is incomplete';
}

/**
 * Validates what an update changed, without re-reading the blocks it touched: each new item (its mark, block
 * type or attribute) and the child list of each element it added to or removed from. Used for the chair and the
 * secretariat, whose edits need no base-text comparison; `protectAgreed` refuses anything inside agreed text.
 */
export function validateChanges(
  transactions: readonly Y.Transaction[],
  fragment: Y.XmlFragment,
  protectAgreed: boolean,
): { problem: string; malformed: boolean } | null {
  const parents = new Set<Y.XmlElement | Y.XmlFragment>();
  for (const transaction of transactions) {
    for (const item of newStructs(transaction)) {
      if (!(item instanceof Y.Item)) continue;
      const parent = item.parent as AnyType;
      if (!inContent(parent, fragment)) continue;
      const content = item.content;
      if (content instanceof Y.ContentFormat) {
        const block =
          parent instanceof Y.XmlText && parent.parent instanceof Y.XmlElement ? parent.parent.nodeName : null;
        const problem = block
          ? markProblemIn(block, content.key, content.value)
          : markProblem(content.key, content.value);
        if (problem) return { problem, malformed: true };
      } else if (content instanceof Y.ContentType) {
        const type = content.type;
        if (type instanceof Y.XmlElement && !(type instanceof Y.XmlHook) && draftSchema.nodes[type.nodeName]) {
          for (const [name, value] of Object.entries(type.getAttributes())) {
            const problem = validateAttribute(type.nodeName, name, value);
            if (problem) return { problem, malformed: true };
          }
          parents.add(type);
        } else if (!(type instanceof Y.XmlText)) return { problem: 'an unknown block', malformed: true };
      } else if (item.parentSub !== null && parent instanceof Y.XmlElement) {
        const problem = validateAttribute(parent.nodeName, item.parentSub, parent.getAttribute(item.parentSub));
        if (problem) return { problem, malformed: true };
        if (protectAgreed && item.parentSub === 'agreed')
          return { problem: 'only the chair marks text agreed', malformed: false };
      } else if (!(content instanceof Y.ContentString) && !(content instanceof Y.ContentDeleted)) {
        return { problem: 'content the editors cannot show', malformed: true };
      }
      if (item.parentSub === null && (parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment))
        parents.add(parent);
      if (protectAgreed && inAgreed(parent))
        return { problem: 'This text is agreed and closed for amendments', malformed: false };
    }
    let deletedInAgreed = false;
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      if (!(struct instanceof Y.Item)) return;
      const parent = struct.parent as AnyType;
      if (!inContent(parent, fragment)) return;
      if (struct.parentSub === null && (parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment))
        parents.add(parent);
      const deletedType = struct.content instanceof Y.ContentType ? (struct.content.type as AnyType) : null;
      if (protectAgreed && (inAgreed(parent) || (deletedType instanceof Y.XmlElement && wasAgreed(deletedType))))
        deletedInAgreed = true;
    });
    if (deletedInAgreed) return { problem: 'This text is agreed and closed for amendments', malformed: false };
  }
  for (const parent of parents) {
    if (parent._item?.deleted) continue;
    const problem = structureProblem(parent, fragment);
    if (problem) return { problem, malformed: true };
  }
  return null;
}
