// The k best offers of a stream, kept in a bounded heap: the round's candidate graph keeps the
// best K mentors of thousands for each mentee without sorting them all.

/**
 * The k best offers seen, as a min-heap on (score, then the larger rank is worse) so the worst kept
 * is at the root and a new offer is compared with it once.
 */
export class TopK {
  private readonly score: Int32Array;
  private readonly rank: Int32Array;
  private readonly item: Int32Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.score = new Int32Array(k);
    this.rank = new Int32Array(k);
    this.item = new Int32Array(k);
  }

  clear(): void {
    this.size = 0;
  }

  /** Places left before offers start to compete. */
  room(): number {
    return this.k - this.size;
  }

  /** The worst kept, which a new offer must beat once there is no room: +∞ when k is 0. */
  worstScore(): number {
    return this.k === 0 ? Infinity : this.score[0]!;
  }

  worstRank(): number {
    return this.rank[0] ?? 0;
  }

  /** Keep the offer, dropping the worst kept if there is no room; only for offers that beat the worst. */
  offer(score: number, rank: number, item: number): void {
    if (this.size < this.k) {
      let c = this.size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!this.worse(score, rank, this.score[p]!, this.rank[p]!)) break;
        this.move(p, c);
        c = p;
      }
      this.put(c, score, rank, item);
      return;
    }
    let c = 0;
    for (;;) {
      let child = 2 * c + 1;
      if (child >= this.size) break;
      if (
        child + 1 < this.size &&
        this.worse(this.score[child + 1]!, this.rank[child + 1]!, this.score[child]!, this.rank[child]!)
      )
        child++;
      if (!this.worse(this.score[child]!, this.rank[child]!, score, rank)) break;
      this.move(child, c);
      c = child;
    }
    this.put(c, score, rank, item);
  }

  /** The kept items, best first. */
  best(): number[] {
    const slots = [...Array(this.size).keys()].sort(
      (a, b) => this.score[b]! - this.score[a]! || this.rank[a]! - this.rank[b]!,
    );
    return slots.map((s) => this.item[s]!);
  }

  private worse(s1: number, r1: number, s2: number, r2: number): boolean {
    return s1 < s2 || (s1 === s2 && r1 > r2);
  }

  private move(from: number, to: number): void {
    this.score[to] = this.score[from]!;
    this.rank[to] = this.rank[from]!;
    this.item[to] = this.item[from]!;
  }

  private put(at: number, score: number, rank: number, item: number): void {
    this.score[at] = score;
    this.rank[at] = rank;
    this.item[at] = item;
  }
}
