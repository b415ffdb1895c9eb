export type { Actor } from './Actor.ts';
export type { Amendment, AmendmentPart } from './Amendment.ts';
export { type AmendmentFilter, matchesFilter } from './AmendmentFilter.ts';
export * from './AmendmentRecord.ts';
export { accept, acceptMany } from './accept.ts';
export { amendmentsMap, readAmendmentRecord, readAmendmentRecords } from './amendmentRecords.ts';
export { AMENDMENTS_META, type AmendmentsMeta, amendmentsMetaOf } from './amendmentsMeta.ts';
export { amendmentsWithRecords } from './amendmentsWithRecords.ts';
export { baseText } from './baseText.ts';
export {
  amendmentIdsAroundTextblocks,
  amendmentPartsAround,
  amendmentPartsAt,
  collectAmendmentParts,
} from './collectAmendmentParts.ts';
export { createRecord } from './createRecord.ts';
export type { Decider } from './Decider.ts';
export { decideAmendments } from './decideAmendments.ts';
export { acceptInYDoc, type DecideOptions, rejectInYDoc } from './decideInYDoc.ts';
export { describeAmendment } from './describeAmendment.ts';
export { isExemptTransaction } from './isExemptTransaction.ts';
export { keepRecords } from './keepRecords.ts';
export { listAmendments } from './listAmendments.ts';
export { listDocumentAmendments } from './listDocumentAmendments.ts';
export { proposedText } from './proposedText.ts';
export { reconcileRecords } from './reconcileRecords.ts';
export { recordStatus } from './recordStatus.ts';
export { reject, rejectMany } from './reject.ts';
export { resolveAmendments } from './resolveAmendments.ts';
export { restoreLostBlockEntries } from './restoreLostBlockEntries.ts';
export { SuggestChanges, type SuggestChangesOptions, type SuggestChangesStorage } from './SuggestChanges.ts';
export type { SuggestOptions } from './SuggestContext.ts';
export { setRationale } from './setRationale.ts';
export { setStance } from './setStance.ts';
export { type SuggestingMode, suggestingDispatch } from './suggestingDispatch.ts';
export { suggestTransaction } from './suggestTransaction.ts';
export type { Verdict } from './Verdict.ts';
