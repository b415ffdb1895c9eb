import type { Line } from './classifyLine.ts';
import type { ExistingDecision } from './ImportResult.ts';

/** Quoted decision text ends its paragraphs like prose; a line that does not is the next section's heading. */
const ENDS_LIKE_PROSE = /[.;:,)\]"'”’]$/;

function continuesQuote(line: Line): boolean {
  if (line.kind === 'subParagraph' || line.kind === 'listItem') return true;
  return (line.kind === 'text' || line.kind === 'preambular') && ENDS_LIKE_PROSE.test(line.source);
}

interface Quote {
  number: string;
  addressees: string[];
  paragraphs: string[];
}

/**
 * Decisions the body of a document quotes ("COP14 also adopted Decisions 14.8-14.10: 14.8 Directed to …").
 * They are already adopted, so they are reported for the person importing and never become draft text. A
 * quote runs from its number to the first line that is not its text: a numbered paragraph of the body, a
 * heading, another decision.
 */
export function readExistingDecisions(lines: readonly Line[]): ExistingDecision[] {
  const found: ExistingDecision[] = [];
  let quote: Quote | null = null;
  let addressees: string[] = [];
  const close = () => {
    if (quote) found.push({ number: quote.number, addressees: quote.addressees, text: quote.paragraphs.join('\n') });
    quote = null;
  };
  for (const line of lines) {
    if (line.kind === 'decision') {
      close();
      quote = {
        number: line.number,
        addressees: line.addressees ?? addressees,
        paragraphs: line.text ? [line.text] : [],
      };
    } else if (line.kind === 'directedTo') {
      close();
      addressees = line.addressees;
    } else if (quote && continuesQuote(line)) {
      (quote as Quote).paragraphs.push(line.source);
    } else {
      close();
      // A "Directed to" line names the decisions right under it, not ones quoted further down the body.
      addressees = [];
    }
  }
  close();
  return found;
}
