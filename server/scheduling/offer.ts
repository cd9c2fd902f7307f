import { slotChoices } from './choices.js';
import { changeableSession } from './changes-requested.js';
import type { SchedulingDeps } from './deps.js';
import { moveTimes } from './move-times.js';
import type { OccurrenceParams, SlotChoices } from './schemas.js';

/**
 * Two or three free times one of the pair could move a session to (choices.ts), read from both
 * calendars now, as the change job will read them again when it moves the session.
 */
export async function offerSlots(
  deps: Pick<SchedulingDeps, 'db' | 'clock' | 'graph' | 'people'>,
  tenantId: string,
  personId: string,
  params: OccurrenceParams,
): Promise<SlotChoices> {
  const now = deps.clock.now();
  const { series, occ } = await changeableSession(deps.db, tenantId, personId, params, now);
  const { slots, weeks } = await moveTimes(deps, tenantId, series, occ, now);
  // Days as the organizer's calendar counts them (the series' zone), else the first person's.
  const timeZone = series.timeZone ?? weeks[0]?.timeZone ?? 'UTC';
  return {
    slots: slotChoices(slots, weeks, { timeZone }).map((x) => ({
      start: new Date(x.start).toISOString(),
      end: new Date(x.end).toISOString(),
    })),
  };
}
