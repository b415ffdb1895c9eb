import { Histogram } from './histogram.ts';

/**
 * Collects fan-out latencies (send → receipt) of the updates sent inside the measurement window; updates sent
 * during the warm-up or after the window are counted apart and left out of the figures.
 */
export class LatencyRecorder {
  readonly histogram = new Histogram();
  /** Receipts of updates sent inside the window. */
  delivered = 0;
  /** Receipts of updates sent outside it (warm-up, or the end of the run). */
  outside = 0;
  private fromUs = Number.POSITIVE_INFINITY;
  private toUs = Number.NEGATIVE_INFINITY;

  setWindow(fromUs: number, toUs: number): void {
    this.fromUs = fromUs;
    this.toUs = toUs;
  }

  record(sentUs: number, receivedUs: number): void {
    if (sentUs < this.fromUs || sentUs >= this.toUs) {
      this.outside++;
      return;
    }
    this.delivered++;
    this.histogram.record(receivedUs - sentUs);
  }
}
