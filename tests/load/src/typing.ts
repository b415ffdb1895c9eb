import type { Writer } from './clients/writer.ts';
import { nowUs } from './marker.ts';

export interface TypingPlan {
  /** The writers of each document. */
  writers: Writer[][];
  /** Updates per second in total, per document. */
  rate: number;
  /** The run's origin: markers carry µs since then. */
  originUs: number;
  startUs: number;
  endUs: number;
  /** Only updates sent inside [fromUs, toUs) are measured. */
  fromUs: number;
  toUs: number;
}

export interface TypingResult {
  /** Updates sent inside the window, per document. */
  sentInWindow: number[];
  sentTotal: number;
  /** How late the schedule ran at worst, ms: large values mean the writers' process could not keep up. */
  maxLagMs: number;
}

/**
 * Types at a steady total rate: update k of the run is due at startUs + k/(rate × documents) s, the documents
 * take turns, and within a document its writers take turns. Sends everything that is due on each timer tick, so
 * the average rate holds even when a tick comes late.
 */
export function typeAtRate(plan: TypingPlan): Promise<TypingResult> {
  const documents = plan.writers.length;
  const intervalUs = 1e6 / (plan.rate * documents);
  const total = Math.floor((plan.endUs - plan.startUs) / intervalUs);
  const dueUs = (k: number) => plan.startUs + k * intervalUs;
  const sentInWindow = new Array<number>(documents).fill(0);
  let maxLagUs = 0;
  let k = 0;

  return new Promise((resolve, reject) => {
    const tick = () => {
      try {
        const now = nowUs();
        while (k < total && dueUs(k) <= now) {
          const doc = k % documents;
          const writersOfDoc = plan.writers[doc] as Writer[];
          const writer = writersOfDoc[Math.floor(k / documents) % writersOfDoc.length] as Writer;
          const sentUs = writer.type(plan.originUs);
          maxLagUs = Math.max(maxLagUs, sentUs - dueUs(k));
          if (sentUs >= plan.fromUs && sentUs < plan.toUs) sentInWindow[doc] = (sentInWindow[doc] as number) + 1;
          k++;
        }
        if (k >= total) {
          resolve({ sentInWindow, sentTotal: k, maxLagMs: maxLagUs / 1000 });
          return;
        }
        setTimeout(tick, Math.max(0, (dueUs(k) - nowUs()) / 1000));
      } catch (error) {
        reject(error);
      }
    };
    setTimeout(tick, Math.max(0, (plan.startUs - nowUs()) / 1000));
  });
}
