import { directedToText } from '@draftroom/document-model';
import type { ImportPreview as Preview } from './api.ts';

function countDecisions(preview: Preview): number {
  return preview.summary.topics.reduce(
    (sum, topic) => sum + topic.groups.reduce((groupSum, group) => groupSum + group.decisions.length, 0),
    0,
  );
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the import found, laid out like the document will be, so the secretariat can check it before creating. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const { topics, resolutionParagraphs } = preview.summary;
  const decisions = countDecisions(preview);
  const found = [
    plural(topics.length, 'topic'),
    plural(decisions, 'draft decision'),
    ...(resolutionParagraphs ? [plural(resolutionParagraphs, 'resolution paragraph')] : []),
  ].join(', ');

  return (
    <section className="import-preview" data-testid="import-preview" aria-label="What the import found">
      <h3 className="import-preview__title">What the import found</h3>
      <p className="import-preview__summary" data-testid="import-summary">
        {found}.
      </p>
      {topics.length === 0 && decisions === 0 && !resolutionParagraphs && (
        <p className="muted">
          No draft decisions were recognised. The document will start empty; check the text or the file.
        </p>
      )}
      {topics.length > 0 && (
        <ol className="import-preview__topics">
          {topics.map((topic, t) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a preview is static; headings can repeat
            <li key={t} className="import-preview__topic">
              <p className="import-preview__heading">{topic.heading || <span className="muted">(no heading)</span>}</p>
              {topic.groups.map((group, g) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a preview is static
                <div key={g} className="import-preview__group">
                  <p className="import-preview__directed">{directedToText(group.addressees)}</p>
                  <ul className="import-preview__decisions">
                    {group.decisions.map((decision, d) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: placeholders repeat (two 14.AA in one file)
                      <li key={d}>{truncate(decision, 140)}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </li>
          ))}
        </ol>
      )}
      {preview.existingDecisions.length > 0 && (
        <div className="import-preview__existing">
          <p className="import-preview__label">Existing decisions quoted in the text (not imported as drafts):</p>
          <ul>
            {preview.existingDecisions.map((existing, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a preview is static
              <li key={i}>
                <strong>{existing.number}</strong> <em>{directedToText(existing.addressees)}</em>
                {existing.text && <span className="muted"> — {truncate(existing.text, 90)}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.warnings.length > 0 && (
        <ul className="import-preview__warnings" data-testid="import-warnings">
          {preview.warnings.map((warning, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a preview is static
            <li key={i}>{warning}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
