// Token buckets by key (a conversation, a client): a burst is allowed, then a steady rate.
// Keys are capped so a flood of new keys cannot grow memory without bound.

export interface RateDecision {
  readonly allowed: boolean;
  /** When refused: seconds until a request would be allowed again (for Retry-After). */
  readonly retryAfterSeconds: number;
}

export interface RateLimiterOptions {
  /** Steady rate; 0 disables the limiter. */
  readonly perMinute: number;
  /** Requests allowed at once after a quiet spell. */
  readonly burst: number;
  /** Most keys tracked; the least recently seen go first. */
  readonly maxKeys?: number;
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    this.maxKeys = options.maxKeys ?? 10000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.buckets.size;
  }

  take(key: string): RateDecision {
    if (this.options.perMinute <= 0) return { allowed: true, retryAfterSeconds: 0 };
    const now = this.now();
    const perMs = this.options.perMinute / 60000;
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, updatedMs: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.updatedMs) * perMs);
    bucket.updatedMs = now;
    // Re-inserting keeps the map in least-recently-seen order for eviction.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }
}
