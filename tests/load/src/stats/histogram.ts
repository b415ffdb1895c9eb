/**
 * A log-linear latency histogram in microseconds (HdrHistogram's idea, small): exact below 256 µs, then 128
 * buckets per power of two, so a percentile is off by at most 0.8 %. Fixed size whatever the sample count, and
 * histograms from several processes merge by adding their counts.
 */

const SUB_BITS = 7;
const SUB = 1 << SUB_BITS; // 128
const EXACT = SUB * 2; // values below this have a bucket each
const MAX_SHIFT = 31 - SUB_BITS;
const BUCKETS = EXACT + MAX_SHIFT * SUB;
const MAX_VALUE = 2 ** 31 - 1;

function bucketOf(value: number): number {
  const v = Math.min(MAX_VALUE, Math.max(0, Math.round(value)));
  if (v < EXACT) return v;
  const shift = 31 - Math.clz32(v) - SUB_BITS;
  return EXACT + (shift - 1) * SUB + ((v >>> shift) - SUB);
}

/** The middle of a bucket, in µs. */
function bucketMiddle(bucket: number): number {
  if (bucket < EXACT) return bucket;
  const shift = Math.floor((bucket - EXACT) / SUB) + 1;
  const top = ((bucket - EXACT) % SUB) + SUB;
  return top * 2 ** shift + 2 ** (shift - 1);
}

export interface HistogramData {
  counts: number[];
  count: number;
  sum: number;
  min: number;
  max: number;
}

export interface Percentiles {
  count: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export class Histogram {
  private counts = new Float64Array(BUCKETS);
  count = 0;
  private sum = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = 0;

  record(valueUs: number): void {
    const bucket = bucketOf(valueUs);
    this.counts[bucket] = (this.counts[bucket] as number) + 1;
    this.count++;
    this.sum += valueUs;
    if (valueUs < this.min) this.min = valueUs;
    if (valueUs > this.max) this.max = valueUs;
  }

  merge(other: HistogramData): void {
    other.counts.forEach((n, i) => {
      this.counts[i] = (this.counts[i] as number) + n;
    });
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  toData(): HistogramData {
    return { counts: Array.from(this.counts), count: this.count, sum: this.sum, min: this.min, max: this.max };
  }

  /** The value below which `q` (0..1) of the samples lie, in µs. */
  quantile(q: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i] as number;
      if (seen >= rank) return Math.min(this.max, Math.max(this.min, bucketMiddle(i)));
    }
    return this.max;
  }

  summary(): Percentiles {
    const ms = (us: number) => us / 1000;
    return {
      count: this.count,
      meanMs: this.count ? ms(this.sum / this.count) : Number.NaN,
      p50Ms: ms(this.quantile(0.5)),
      p95Ms: ms(this.quantile(0.95)),
      p99Ms: ms(this.quantile(0.99)),
      maxMs: this.count ? ms(this.max) : Number.NaN,
    };
  }
}
