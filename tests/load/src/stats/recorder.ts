import { Histogram } from './histogram.ts';

/** When a run's clock starts (markers carry µs since then) and which sends it measures, on the monotonic clock. */
export interface MeasureWindow {
  originUs: number;
  fromUs: number;
  toUs: number;
}

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
  private window: MeasureWindow | null = null;

  setWindow(window: MeasureWindow): void {
    this.window = window;
  }

  /** One receipt of the update sent `offsetUs` after the origin, received at `receivedUs`. */
  record(offsetUs: number, receivedUs: number): void {
    if (!this.window) return;
    const sentUs = this.window.originUs + offsetUs;
    if (sentUs < this.window.fromUs || sentUs >= this.window.toUs) {
      this.outside++;
      return;
    }
    this.delivered++;
    this.histogram.record(receivedUs - sentUs);
  }
}
