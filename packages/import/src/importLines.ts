import { doc, draftSchema } from '@draftroom/document-model';
import { buildDraft } from './buildDraft.ts';
import { classifyLine } from './classifyLine.ts';
import { cleanLine } from './cleanLine.ts';
import { findTitle } from './findTitle.ts';
import { ImportError } from './ImportError.ts';
import type { ImportResult, JSONContent } from './ImportResult.ts';
import { isNoise } from './isNoise.ts';
import { readExistingDecisions } from './readExistingDecisions.ts';
import type { SourceLine } from './SourceLine.ts';
import { splitAtAnnex } from './splitAtAnnex.ts';
import { summarize } from './summarize.ts';

export const NO_DRAFT_TEXT_MESSAGE =
  'No draft decision or resolution was found. Draftroom looks for an annex headed "DRAFT DECISIONS", ' +
  '"Directed to …" lines, decisions numbered like "15.AA", or resolution paragraphs ("Recalling …,", "1. Decides …").';

function cleanLines(source: readonly SourceLine[]): SourceLine[] {
  return source.map((line) => ({ ...line, text: cleanLine(line.text) })).filter((line) => !isNoise(line.text));
}

/** All or nothing: a document that would not load in the editor is refused here, never handed on half-made. */
function checkDocument(content: JSONContent): void {
  try {
    draftSchema.nodeFromJSON(content).check();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('INTERNAL', `The text was read but could not be turned into a valid document (${reason}).`);
  }
}

/**
 * The parser both importers share, from the paragraphs of the source to a whole document.
 * `emptyMessage` lets each importer say "empty" in the words of what was given to it.
 */
export function importLines(source: readonly SourceLine[], emptyMessage: string): ImportResult {
  const lines = cleanLines(source);
  if (lines.length === 0) throw new ImportError('EMPTY', emptyMessage);
  const { body, draft } = splitAtAnnex(lines);
  const bodyLines = body.map(classifyLine);
  const { blocks, warnings } = buildDraft(draft.map(classifyLine));
  if (blocks.length === 0) throw new ImportError('NO_DRAFT_TEXT', NO_DRAFT_TEXT_MESSAGE);
  const content = doc(blocks);
  checkDocument(content);
  const title = findTitle(bodyLines);
  return {
    content,
    ...(title ? { title } : {}),
    existingDecisions: readExistingDecisions(bodyLines),
    summary: summarize(content),
    warnings,
  };
}
