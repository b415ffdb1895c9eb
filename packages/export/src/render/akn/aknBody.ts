import type { DecisionNode, DraftNode, GroupNode, ResolutionNode, TextBlock } from '../../draft/Draft.ts';
import type { Piece } from '../../view/Piece.ts';
import { escapeXml } from '../escapeXml.ts';
import { upperCasePieces } from '../upperCasePieces.ts';
import { childId } from './aknIds.ts';
import { aknInline } from './aknInline.ts';
import { type BlockTree, nestBlocks } from './nestBlocks.ts';
import { block, leaf } from './xmlLines.ts';

type Tree = BlockTree<Piece[]>;

const paragraphs = (blocks: readonly TextBlock<Piece[]>[]): string[] =>
  blocks.flatMap((b) => leaf('p', {}, aknInline(b.inline)));

const num = (label: string | null): string[] => (label ? leaf('num', {}, escapeXml(label)) : []);

/**
 * The inside of a hierarchical element: its text as <content>, or, when parts hang below it, the text as
 * <intro> followed by the parts — the two shapes the Akoma Ntoso hierarchy allows.
 */
function body(text: readonly TextBlock<Piece[]>[], parts: readonly Tree[], eId: string): string[] {
  if (parts.length === 0) return block('content', {}, paragraphs(text));
  return [
    ...(text.length ? block('intro', {}, paragraphs(text)) : []),
    ...parts.flatMap((part, i) => partElement(part, eId, i)),
  ];
}

/** A lettered sub-paragraph as a <point>; any other block among them (a paragraph between points) as an hcontainer. */
function partElement(tree: Tree, parentId: string, index: number): string[] {
  if (tree.block.kind === 'subParagraph') {
    const eId = childId(parentId, 'point', tree.block.label ?? '');
    return block('point', { eId }, [...num(tree.block.label), ...body([tree.block], tree.children, eId)]);
  }
  const eId = childId(parentId, 'hcontainer', index + 1);
  return block('hcontainer', { name: 'paragraph', eId }, body([tree.block], tree.children, eId));
}

/**
 * A decision as a <paragraph> numbered with its decision number. The paragraphs before its first lettered
 * sub-paragraph are its intro; plain paragraphs after the last one are its wrapUp.
 */
function decisionElement(decision: DecisionNode<Piece[]>, eId: string): string[] {
  const roots = nestBlocks(decision.blocks);
  const introEnd = roots.findIndex((root) => root.children.length > 0 || root.block.kind === 'subParagraph');
  if (introEnd === -1) {
    return block('paragraph', { eId }, [
      ...num(decision.number || null),
      ...block('content', {}, paragraphs(decision.blocks)),
    ]);
  }
  const opening = roots[introEnd] as Tree;
  const leading = roots.slice(0, introEnd).map((root) => root.block);
  const introText = opening.block.kind === 'subParagraph' ? leading : [...leading, opening.block];
  const parts =
    opening.block.kind === 'subParagraph' ? roots.slice(introEnd) : [...opening.children, ...roots.slice(introEnd + 1)];
  let wrapStart = parts.length;
  while (
    wrapStart > 0 &&
    parts[wrapStart - 1]?.block.kind !== 'subParagraph' &&
    parts[wrapStart - 1]?.children.length === 0
  ) {
    wrapStart--;
  }
  const wrapUp = parts.slice(wrapStart).map((part) => part.block);
  return block('paragraph', { eId }, [
    ...num(decision.number || null),
    ...body(introText, parts.slice(0, wrapStart), eId),
    ...(wrapUp.length ? block('wrapUp', {}, paragraphs(wrapUp)) : []),
  ]);
}

function groupElement(group: GroupNode<Piece[]>, eId: string): string[] {
  return block('hcontainer', { name: 'directedTo', eId }, [
    ...leaf('heading', {}, escapeXml(group.directedTo)),
    ...group.decisions.flatMap((decision, i) => decisionElement(decision, childId(eId, 'para', i + 1))),
  ]);
}

/** A resolution: operative paragraphs as numbered <paragraph>s, preambular ones as unnumbered hcontainers. */
function resolutionElement(resolution: ResolutionNode<Piece[]>, eId: string): string[] {
  let operative = 0;
  let preambular = 0;
  const children = nestBlocks(resolution.blocks).flatMap((tree) => {
    if (tree.block.kind === 'operative') {
      const id = childId(eId, 'para', ++operative);
      return block('paragraph', { eId: id }, [...num(tree.block.label), ...body([tree.block], tree.children, id)]);
    }
    if (tree.block.kind === 'preambular') {
      const id = childId(eId, 'hcontainer', `preamble${++preambular}`);
      return block('hcontainer', { name: 'preambularParagraph', eId: id }, body([tree.block], tree.children, id));
    }
    return partElement(tree, eId, operative + preambular);
  });
  return block('hcontainer', { name: 'resolution', eId }, children);
}

function sectionElement(node: GroupNode<Piece[]> | ResolutionNode<Piece[]>, eId: string): string[] {
  return node.type === 'addresseeGroup' ? groupElement(node, eId) : resolutionElement(node, eId);
}

function nodeElement(node: DraftNode<Piece[]>, index: number): string[] {
  const eId = childId(null, 'hcontainer', index + 1);
  switch (node.type) {
    case 'topic': {
      const heading = aknInline(upperCasePieces(node.heading));
      return block('hcontainer', { name: 'topic', eId }, [
        ...(heading ? leaf('heading', {}, heading) : []),
        ...node.children.flatMap((child, i) => sectionElement(child, childId(eId, 'hcontainer', i + 1))),
      ]);
    }
    case 'paragraph':
      return block('hcontainer', { name: 'paragraph', eId }, block('content', {}, paragraphs([node.block])));
    default:
      return sectionElement(node, eId);
  }
}

/** The document's body: topics and "Directed to" groups as hcontainers, decisions as numbered paragraphs. */
export function aknBody(nodes: readonly DraftNode<Piece[]>[]): string[] {
  const children = nodes.flatMap(nodeElement);
  // mainBody must hold something; a clean text with every block still pending is an empty paragraph.
  return block('mainBody', {}, children.length ? children : ['<p/>']);
}
