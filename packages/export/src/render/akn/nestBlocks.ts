import type { TextBlock } from '../../draft/Draft.ts';

export interface BlockTree<I> {
  block: TextBlock<I>;
  children: BlockTree<I>[];
}

/**
 * The flat blocks of a decision or resolution as the tree they print as: each sub-paragraph under the nearest
 * block before it at a lower level — a) under its opening paragraph, (i) under a) — other blocks at the root.
 */
export function nestBlocks<I>(blocks: readonly TextBlock<I>[]): BlockTree<I>[] {
  const roots: BlockTree<I>[] = [];
  const open: BlockTree<I>[] = [];
  for (const block of blocks) {
    const node: BlockTree<I> = { block, children: [] };
    const level = block.kind === 'subParagraph' ? block.level : 0;
    while (open.length) {
      const last = open[open.length - 1] as BlockTree<I>;
      const lastLevel = last.block.kind === 'subParagraph' ? last.block.level : 0;
      if (lastLevel < level) break;
      open.pop();
    }
    const parent = open[open.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    open.push(node);
  }
  return roots;
}
