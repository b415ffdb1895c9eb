/** How the text is shown: with the proposals marked, or as if every pending one were accepted or rejected. */
export type TextView = 'changes' | 'accepted' | 'rejected';

export const TEXT_VIEWS: { value: TextView; label: string; hint: string }[] = [
  { value: 'changes', label: 'With changes', hint: 'The text with every proposal marked in its delegation’s colour' },
  { value: 'accepted', label: 'As if all accepted', hint: 'As if every pending amendment were accepted — read only' },
  { value: 'rejected', label: 'As if all rejected', hint: 'As if every pending amendment were rejected — read only' },
];
