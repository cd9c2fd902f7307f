import type { Directory } from '../context.js';
import type { Org, SandboxUser } from '../org/model.js';

/** A property change, or the object's creation or removal, in the order they happened. */
export interface Change {
  seq: number;
  at: number;
  userId: string;
  kind: 'created' | 'updated' | 'removed';
  fields: readonly string[];
  /** For removals: soft-deleted ("changed") or gone for good ("deleted"), as delta reports it. */
  reason?: 'changed' | 'deleted';
}

interface Entry {
  user: SandboxUser;
  createdSeq: number;
  removed?: { seq: number; reason: 'changed' | 'deleted' };
}

/**
 * The sandbox tenant's directory: the generated organisation plus every change made to it since,
 * kept as a sequence-numbered log so that delta rounds can answer "what changed since token X".
 */
export class TenantDirectory implements Directory {
  readonly tenantId: string;
  readonly domain: string;
  readonly displayName: string;
  private seq = 0;
  private readonly entries: Entry[] = [];
  private readonly byId = new Map<string, Entry>();
  private readonly byUpn = new Map<string, Entry>();
  private readonly reports = new Map<string, Set<string>>();
  private current: SandboxUser[] | undefined;
  readonly log: Change[] = [];

  constructor(org: Org) {
    this.tenantId = org.tenantId;
    this.domain = org.domain;
    this.displayName = org.displayName;
    for (const user of org.users) this.insert(user, 0);
  }

  get sequence(): number {
    return this.seq;
  }

  get(idOrUpn: string): SandboxUser | undefined {
    const entry = this.byId.get(idOrUpn) ?? this.byUpn.get(idOrUpn.toLowerCase());
    return entry && !entry.removed ? entry.user : undefined;
  }

  /** Also finds removed people, with how they were removed; delta needs them. */
  entry(id: string): Readonly<Entry> | undefined {
    return this.byId.get(id);
  }

  all(): readonly SandboxUser[] {
    this.current ??= this.entries.filter((e) => !e.removed).map((e) => e.user);
    return this.current;
  }

  /** Everyone ever present, in creation order, with when they came and went. */
  history(): readonly Readonly<Entry>[] {
    return this.entries;
  }

  directReports(managerId: string): readonly SandboxUser[] {
    const ids = this.reports.get(managerId);
    if (!ids) return [];
    const out: SandboxUser[] = [];
    for (const id of ids) {
      const user = this.get(id);
      if (user) out.push(user);
    }
    return out;
  }

  size(): number {
    return this.all().length;
  }

  hire(user: SandboxUser, at: number): SandboxUser {
    if (this.byId.has(user.id) || this.byUpn.has(user.userPrincipalName.toLowerCase())) {
      throw new Error(`A person with id ${user.id} or UPN ${user.userPrincipalName} already exists`);
    }
    const seq = ++this.seq;
    this.insert(user, seq);
    this.log.push({ seq, at, userId: user.id, kind: 'created', fields: [] });
    return user;
  }

  /** Applies property changes; `managerId` is recorded as the `manager` navigation property. */
  update(id: string, patch: Partial<SandboxUser>, at: number): SandboxUser {
    const entry = this.byId.get(id);
    if (!entry || entry.removed) throw new Error(`No person with id ${id}`);
    const before = entry.user;
    const after: SandboxUser = { ...before, ...patch, id: before.id };
    const fields = Object.keys(patch).filter(
      (k) => JSON.stringify(before[k as keyof SandboxUser]) !== JSON.stringify(after[k as keyof SandboxUser]),
    );
    if (fields.length === 0) return before;
    if (before.managerId !== after.managerId) {
      this.unlinkReport(before);
      this.linkReport(after);
    }
    entry.user = after;
    if (before.userPrincipalName !== after.userPrincipalName) {
      this.byUpn.delete(before.userPrincipalName.toLowerCase());
      this.byUpn.set(after.userPrincipalName.toLowerCase(), entry);
    }
    this.current = undefined;
    this.log.push({
      seq: ++this.seq,
      at,
      userId: id,
      kind: 'updated',
      fields: fields.map((f) => (f === 'managerId' ? 'manager' : f)),
    });
    return after;
  }

  /** A leaver: soft-deleted ("changed") by default, as Entra keeps deleted users for 30 days. */
  remove(id: string, reason: 'changed' | 'deleted', at: number): void {
    const entry = this.byId.get(id);
    if (!entry || entry.removed) throw new Error(`No person with id ${id}`);
    const seq = ++this.seq;
    entry.removed = { seq, reason };
    this.byUpn.delete(entry.user.userPrincipalName.toLowerCase());
    this.current = undefined;
    this.log.push({ seq, at, userId: id, kind: 'removed', fields: [], reason });
  }

  /** Log entries after `since`, oldest first. */
  changesSince(since: number): readonly Change[] {
    let lo = 0;
    let hi = this.log.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.log[mid]!.seq <= since) lo = mid + 1;
      else hi = mid;
    }
    return this.log.slice(lo);
  }

  private insert(user: SandboxUser, seq: number): void {
    const entry: Entry = { user, createdSeq: seq };
    this.entries.push(entry);
    this.byId.set(user.id, entry);
    this.byUpn.set(user.userPrincipalName.toLowerCase(), entry);
    this.linkReport(user);
    this.current = undefined;
  }

  private linkReport(user: SandboxUser): void {
    if (!user.managerId) return;
    const ids = this.reports.get(user.managerId) ?? new Set<string>();
    ids.add(user.id);
    this.reports.set(user.managerId, ids);
  }

  private unlinkReport(user: SandboxUser): void {
    if (!user.managerId) return;
    this.reports.get(user.managerId)?.delete(user.id);
  }
}
