/** What the chair does with an amendment (`proposedText` accepts every one, `baseText` rejects every one). */
export type Verdict = 'accept' | 'reject';
