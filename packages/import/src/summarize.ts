import type { ImportSummary, JSONContent } from './ImportResult.ts';

type SummaryTopic = ImportSummary['topics'][number];
type SummaryGroup = SummaryTopic['groups'][number];

function groupSummary(group: JSONContent): SummaryGroup {
  const addressees = (group.attrs?.addressees as string[] | undefined) ?? [];
  const decisions = (group.content ?? []).map((decision) => String(decision.attrs?.number ?? ''));
  return { addressees, decisions };
}

function countResolutionParagraphs(resolution: JSONContent): number {
  return (resolution.content ?? []).filter((block) => block.type === 'preambular' || block.type === 'operative').length;
}

/** What the import found, for the preview a person confirms before the document is created. */
export function summarize(content: JSONContent): ImportSummary {
  const topics: SummaryTopic[] = [];
  let resolutionParagraphs = 0;
  // Groups that stand before or between topics are listed under a topic without a heading.
  let untitled: SummaryTopic | null = null;
  for (const block of content.content ?? []) {
    if (block.type === 'topic') {
      untitled = null;
      const heading = block.content?.[0]?.content?.[0]?.text ?? '';
      const children = block.content?.slice(1) ?? [];
      topics.push({ heading, groups: children.filter((c) => c.type === 'addresseeGroup').map(groupSummary) });
      for (const child of children)
        if (child.type === 'resolution') resolutionParagraphs += countResolutionParagraphs(child);
    } else if (block.type === 'addresseeGroup') {
      if (!untitled) {
        untitled = { heading: '', groups: [] };
        topics.push(untitled);
      }
      untitled.groups.push(groupSummary(block));
    } else if (block.type === 'resolution') {
      resolutionParagraphs += countResolutionParagraphs(block);
    }
  }
  return { topics, resolutionParagraphs };
}
