import { directedToText, labelOfChild } from '@draftroom/document-model';
import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import type { AmendmentRecords } from '../amendments/AmendmentRecords.ts';
import type { Change } from '../amendments/Change.ts';
import { changeState } from '../amendments/changeState.ts';
import { changesOfBlock } from '../amendments/readChange.ts';
import type { ExportView } from '../ExportView.ts';
import type {
  BlockKind,
  DecisionNode,
  Draft,
  DraftNode,
  GroupNode,
  ResolutionNode,
  Span,
  TextBlock,
  TopicNode,
} from './Draft.ts';
import { readSpans } from './readSpans.ts';
import { splitsPending } from './splitsPending.ts';

interface Context {
  records: AmendmentRecords;
  view: ExportView;
  /** Pending block changes of the enclosing blocks. */
  inherited: readonly Change[];
}

/**
 * The context inside a block, or null when the block is left out: a block proposed for insertion is not part of
 * the clean text (and one proposed for deletion stays in it), and a block whose change was decided against is
 * gone in every view.
 */
function enter(node: PMNode, context: Context): Context | null {
  const pending: Change[] = [];
  for (const change of changesOfBlock(node, context.records)) {
    let state = changeState(change, context.records);
    if (state === 'pending' && context.view === 'clean') state = change.kind === 'insertion' ? 'gone' : 'agreed';
    if (state === 'gone') return null;
    if (state === 'pending') pending.push(change);
  }
  return pending.length ? { ...context, inherited: [...context.inherited, ...pending] } : context;
}

/** In the clean text, a textblock split off by a pending proposal is still part of the one before it. */
function joinsPrevious(node: PMNode, previous: PMNode, context: Context): boolean {
  return node.isTextblock && previous.isTextblock && splitsPending(node, context.records);
}

/** The children that stay, with their contexts, and the parent holding only them (labels count what is printed). */
function keptChildren(parent: PMNode, context: Context) {
  const kept: Array<{ node: PMNode; context: Context }> = [];
  parent.forEach((node) => {
    const inner = enter(node, context);
    if (!inner) return;
    const previous = kept[kept.length - 1];
    if (context.view === 'clean' && previous && joinsPrevious(node, previous.node, context)) {
      previous.node = previous.node.copy(previous.node.content.append(node.content));
    } else kept.push({ node, context: inner });
  });
  const printed = parent.copy(Fragment.fromArray(kept.map(({ node }) => node)));
  return { kept, printed };
}

function readBlocks(parent: PMNode, context: Context): TextBlock<Span[]>[] {
  const { kept, printed } = keptChildren(parent, context);
  return kept.map(({ node, context: inner }, index) => ({
    kind: node.type.name as BlockKind,
    level: node.type.name === 'subParagraph' ? Number(node.attrs.level) || 1 : 0,
    label: labelOfChild(printed, index),
    inline: readSpans(node, inner.inherited, inner.records),
  }));
}

function readDecision(node: PMNode, context: Context): DecisionNode<Span[]> {
  return { type: 'decision', number: String(node.attrs.number ?? ''), blocks: readBlocks(node, context) };
}

/** A group whose every decision was left out is left out too: "Directed to …" over nothing says nothing. */
function readGroup(node: PMNode, context: Context): GroupNode<Span[]> | null {
  const addressees = (node.attrs.addressees ?? []) as string[];
  const decisions = keptChildren(node, context).kept.map((child) => readDecision(child.node, child.context));
  if (decisions.length === 0) return null;
  return { type: 'addresseeGroup', addressees, directedTo: directedToText(addressees), decisions };
}

function readResolution(node: PMNode, context: Context): ResolutionNode<Span[]> | null {
  const blocks = readBlocks(node, context);
  return blocks.length ? { type: 'resolution', blocks } : null;
}

function readTopic(node: PMNode, context: Context): TopicNode<Span[]> {
  let heading: Span[] = [];
  const children: TopicNode<Span[]>['children'] = [];
  for (const { node: child, context: inner } of keptChildren(node, context).kept) {
    if (child.type.name === 'topicHeading') {
      heading = readSpans(child, inner.inherited, inner.records);
      continue;
    }
    const read = readContainer(child, inner);
    if (read?.type === 'addresseeGroup' || read?.type === 'resolution') children.push(read);
  }
  return { type: 'topic', heading, children };
}

function readContainer(node: PMNode, context: Context): DraftNode<Span[]> | null {
  switch (node.type.name) {
    case 'topic':
      return readTopic(node, context);
    case 'addresseeGroup':
      return readGroup(node, context);
    case 'resolution':
      return readResolution(node, context);
    default:
      return null;
  }
}

/**
 * Reads a document into the format-neutral tree, with the pending changes on its text. `records` are the
 * amendments' records (statuses), `view` decides only which blocks stay (the clean view drops blocks proposed
 * for insertion); what the text shows is decided later by the view's pieces.
 */
export function readDraft(doc: PMNode, view: ExportView, records: AmendmentRecords): Draft<Span[]> {
  const context: Context = { records, view, inherited: [] };
  const nodes: DraftNode<Span[]>[] = [];
  const { kept, printed } = keptChildren(doc, context);
  kept.forEach(({ node, context: inner }, index) => {
    if (node.isTextblock) {
      const block: TextBlock<Span[]> = {
        kind: 'paragraph',
        level: 0,
        label: labelOfChild(printed, index),
        inline: readSpans(node, inner.inherited, inner.records),
      };
      nodes.push({ type: 'paragraph', block });
      return;
    }
    const read = readContainer(node, inner);
    if (read) nodes.push(read);
  });
  return { nodes };
}
