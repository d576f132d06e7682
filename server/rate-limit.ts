/**
 * Token buckets: a burst is allowed (a room voting at once after "3, 2, 1"), a steady flood is not.
 * The clock is passed in, so the limits are tested without waiting.
 */
export interface BucketRule {
  /** tokens a full bucket holds: the burst allowed */
  capacity: number;
  /** tokens added per second */
  perSecond: number;
}

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rule: BucketRule,
    now: number,
  ) {
    this.tokens = rule.capacity;
    this.last = now;
  }

  take(now: number, cost = 1): boolean {
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.tokens = Math.min(this.rule.capacity, this.tokens + elapsed * this.rule.perSecond);
    this.last = now;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** A bucket that has filled up again is the same as a new one: it can be forgotten. */
  isFull(now: number): boolean {
    const elapsed = Math.max(0, now - this.last) / 1000;
    return this.tokens + elapsed * this.rule.perSecond >= this.rule.capacity;
  }
}

/**
 * One bucket per key (an IP address). Full buckets are swept so that a stream of new addresses
 * cannot grow the map for ever.
 */
export class BucketMap {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly rule: BucketRule) {}

  take(key: string, now: number): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.rule, now);
      this.buckets.set(key, bucket);
    }
    return bucket.take(now);
  }

  sweep(now: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }
}

export type Limited = 'join' | 'vote' | 'open' | 'any';

/**
 * Per connection the limits are tight (one person, one phone); per address they are wide, because a
 * whole classroom can sit behind one NAT address. A connection's refusal costs the address nothing.
 */
export const LIMITS_PER_CONNECTION: Record<Limited, BucketRule> = {
  any: { capacity: 60, perSecond: 20 },
  join: { capacity: 5, perSecond: 0.5 },
  vote: { capacity: 10, perSecond: 2 },
  open: { capacity: 3, perSecond: 0.1 },
};

export const LIMITS_PER_ADDRESS: Record<Limited, BucketRule> = {
  any: { capacity: 3000, perSecond: 600 },
  join: { capacity: 600, perSecond: 20 },
  vote: { capacity: 1000, perSecond: 100 },
  open: { capacity: 20, perSecond: 0.5 },
};

export class AddressLimits {
  private readonly maps = new Map<Limited, BucketMap>();

  constructor(rules: Record<Limited, BucketRule> = LIMITS_PER_ADDRESS) {
    for (const kind of Object.keys(rules) as Limited[]) this.maps.set(kind, new BucketMap(rules[kind]));
  }

  take(kind: Limited, address: string, now: number): boolean {
    return this.maps.get(kind)?.take(address, now) ?? false;
  }

  sweep(now: number): void {
    for (const map of this.maps.values()) map.sweep(now);
  }
}

export class ConnectionLimits {
  private readonly buckets: Record<Limited, TokenBucket>;

  constructor(now: number, rules: Record<Limited, BucketRule> = LIMITS_PER_CONNECTION) {
    this.buckets = {
      any: new TokenBucket(rules.any, now),
      join: new TokenBucket(rules.join, now),
      vote: new TokenBucket(rules.vote, now),
      open: new TokenBucket(rules.open, now),
    };
  }

  take(kind: Limited, now: number): boolean {
    return this.buckets[kind].take(now);
  }
}

/** The connection is asked first, so one noisy phone does not use up its classmates' address budget. */
export function allow(
  connection: ConnectionLimits,
  addresses: AddressLimits,
  address: string,
  kind: Limited,
  now: number,
): boolean {
  return connection.take(kind, now) && addresses.take(kind, address, now);
}
