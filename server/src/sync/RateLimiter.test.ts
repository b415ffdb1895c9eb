import { describe, expect, it } from 'vitest';
import { RateLimiter } from './RateLimiter.ts';

describe('RateLimiter', () => {
  it('allows a burst, then the steady rate', () => {
    let now = 0;
    const limiter = new RateLimiter(10, 3, () => now);
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([true, true, true, false]);
    now += 100; // one token back at 10 per second
    expect([limiter.take(), limiter.take()]).toEqual([true, false]);
  });
});
