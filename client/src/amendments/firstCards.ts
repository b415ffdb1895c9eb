import type { AmendmentGroup } from './groupByDecision.ts';

/**
 * The first `count` cards of the grouped list, and how many are left out. A compilation text can carry a thousand
 * amendments: drawing every card when the document opens would hold up the editor for a quarter of a second, and
 * nobody reads past the first screens without filtering. `mustShow` (the current amendment) is always included.
 */
export function firstCards(
  groups: readonly AmendmentGroup[],
  count: number,
  mustShow: string | null = null,
): { groups: AmendmentGroup[]; hidden: number } {
  let limit = count;
  if (mustShow !== null) {
    let position = 0;
    for (const group of groups) {
      const index = group.amendments.findIndex((amendment) => amendment.id === mustShow);
      if (index >= 0) {
        limit = Math.max(limit, position + index + 1);
        break;
      }
      position += group.amendments.length;
    }
  }
  const shown: AmendmentGroup[] = [];
  let left = limit;
  let hidden = 0;
  for (const group of groups) {
    if (left <= 0) {
      hidden += group.amendments.length;
      continue;
    }
    const amendments = group.amendments.slice(0, left);
    hidden += group.amendments.length - amendments.length;
    left -= amendments.length;
    shown.push(amendments.length === group.amendments.length ? group : { ...group, amendments });
  }
  return { groups: shown, hidden };
}
