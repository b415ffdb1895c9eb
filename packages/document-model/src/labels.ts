import type { Node as PMNode } from '@tiptap/pm/model';

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** 1 → a, 26 → z, 27 → aa (as long lists of sub-paragraphs are printed). */
export function toLetters(n: number): string {
  let rest = n;
  let out = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(97 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

/** The printed label of the n-th (1-based) sub-paragraph at a nesting level: a), (i), (A). */
export function subParagraphLabel(level: number, index: number): string {
  if (level <= 1) return `${toLetters(index)})`;
  if (level === 2) return `(${toRoman(index)})`;
  return `(${toLetters(index).toUpperCase()})`;
}

/**
 * Label of the child at `index` of `parent`, computed from position (never typed): sub-paragraphs count
 * their run of siblings at the same level; operative paragraphs count the operative paragraphs before them,
 * and an inserted one ("9bis") takes the number before it plus its suffix. Other blocks have no label.
 */
export function labelOfChild(parent: PMNode, index: number): string | null {
  const node = parent.child(index);
  if (node.type.name === 'subParagraph') {
    const level = Number(node.attrs.level) || 1;
    let count = 1;
    for (let i = index - 1; i >= 0; i--) {
      const sibling = parent.child(i);
      if (sibling.type.name !== 'subParagraph') break;
      const siblingLevel = Number(sibling.attrs.level) || 1;
      if (siblingLevel < level) break;
      if (siblingLevel === level) count++;
    }
    return subParagraphLabel(level, count);
  }
  if (node.type.name === 'operative') {
    let number = 0;
    for (let i = 0; i < index; i++) {
      const sibling = parent.child(i);
      if (sibling.type.name === 'operative' && !sibling.attrs.suffix) number++;
    }
    const suffix = node.attrs.suffix as string | null;
    return suffix ? `${Math.max(number, 1)}${suffix}.` : `${number + 1}.`;
  }
  return null;
}

/** Every computed label in the document, keyed by the position of its block. */
export function computeLabels(doc: PMNode): Map<number, string> {
  const labels = new Map<number, string>();
  doc.descendants((node, pos, parent, index) => {
    if (node.isTextblock) {
      const label = parent ? labelOfChild(parent, index) : null;
      if (label) labels.set(pos, label);
      return false;
    }
    return true;
  });
  return labels;
}
