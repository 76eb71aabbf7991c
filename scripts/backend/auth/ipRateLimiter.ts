/*
 * Per-IP limits like Supabase Auth's (`[auth.rate_limit]`): a bucket of `limit` requests per
 * window per address, refilled evenly. Kept in memory: a restart forgives, as a redeploy does.
 */

export type RateLimiter = { take: (key: string) => boolean };

export function rateLimiter(limit: number, windowMs: number, now = () => Date.now()): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = limit / windowMs;
  return {
    take(key) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: limit, at: time };
      bucket.tokens = Math.min(limit, bucket.tokens + (time - bucket.at) * refillPerMs);
      bucket.at = time;
      buckets.set(key, bucket);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
