import type { Queryable } from '../db/db.js';
import type { PeopleReader, PersonSummary } from '../org/people.js';

/**
 * Each of a person's requests or pairs with the other person's summary, as their lists show them,
 * in one read. Someone who left and is no longer in the copy keeps their id and an empty name.
 */
export async function withOthers<T extends { mentorId: string; menteeId: string }>(
  q: Queryable,
  people: Pick<PeopleReader, 'summaries'>,
  tenantId: string,
  me: string,
  items: readonly T[],
): Promise<(T & { other: PersonSummary })[]> {
  const otherOf = (item: T) => (item.mentorId === me ? item.menteeId : item.mentorId);
  const found = await people.summaries(q, tenantId, items.map(otherOf));
  return items.map((item) => {
    const id = otherOf(item);
    return {
      ...item,
      other: found.get(id) ?? { id, displayName: '', jobTitle: null, department: null, officeLocation: null },
    };
  });
}
