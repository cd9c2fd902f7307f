import { setTimeout as sleep } from 'node:timers/promises';
import type { Series, SlotChoices } from '../scheduling/schemas.js';
import { seriesOf, type Played } from './checkins.js';
import type { PersonApi, SignedIn } from './people.js';

// What the demo's people do with single sessions, and how the demo knows Tandem has finished
// what they asked for: the meetings as the people see them in Tandem, nothing else.

const CHANGING: readonly Series['status'][] = ['booking', 'cancelling'];

/**
 * Waits until every pair's meetings have settled as its mentee sees them: booked (or found
 * impossible to book), cancelled once a pair stops, single sessions skipped or moved.
 */
export async function settled(as: SignedIn, played: readonly Played[], attempts = 240): Promise<void> {
  let waiting = [...played];
  for (let i = 0; i < attempts && waiting.length > 0; i++) {
    const still: Played[] = [];
    for (const pair of waiting) {
      const series = await seriesOf(as, pair.mentee.id, pair.id);
      const busy = series.some(
        (s) =>
          CHANGING.includes(s.status) || s.upcoming.some((o) => o.status === 'skipping' || o.status === 'rescheduling'),
      );
      if (busy || (series.length === 0 && !pair.over)) still.push(pair);
    }
    waiting = still;
    if (waiting.length > 0) await sleep(250);
  }
  if (waiting.length > 0)
    throw new Error(`the meetings of ${waiting.length} pair(s) were still being booked or cancelled after a minute`);
}

/** The live series of the pair, as `person` sees it. */
async function liveSeries(as: SignedIn, personId: string, pairId: string): Promise<Series | undefined> {
  return (await seriesOf(as, personId, pairId)).find((s) => s.status === 'booked');
}

/** The person skips the pair's next session (a holiday). */
export async function skipNext(as: SignedIn, personId: string, pairId: string): Promise<void> {
  const series = await liveSeries(as, personId, pairId);
  if (!series?.next) return;
  await as(personId).post(`/api/meetings/${series.id}/occurrences/${series.next.id}/skip`);
}

/** The person moves the pair's next session to the latest of the free times Tandem offers them both. */
export async function moveNextSession(as: SignedIn, personId: string, pairId: string): Promise<void> {
  const series = await liveSeries(as, personId, pairId);
  if (!series?.next) return;
  const person: PersonApi = as(personId);
  const path = `/api/meetings/${series.id}/occurrences/${series.next.id}`;
  const { slots } = await person.get<SlotChoices>(`${path}/slots`);
  const choice = slots.at(-1);
  if (!choice) return;
  await person.post(`${path}/reschedule`, { start: choice.start });
}
