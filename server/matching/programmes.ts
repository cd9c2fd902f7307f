import type { Queryable } from '../db/db.js';
import { AppError } from '../errors.js';
import type { ProgrammeSettings, Track } from './schemas.js';
import { programmeSettings, saveProgrammeSettings } from './store/programmes.js';

/** Checks what the schema cannot: a score needs at least one weight above zero. */
export function checkSettings(settings: ProgrammeSettings): void {
  const w = settings.weights;
  if (w.skills + w.goals + w.diversity + w.seniorityGap + w.overlap + w.load <= 0) {
    throw new AppError('no_weights', 'At least one weight must be above zero.');
  }
}

/** HR changes a programme's settings; answers them as saved. */
export async function changeSettings(
  q: Queryable,
  tenantId: string,
  track: Track,
  settings: ProgrammeSettings,
): Promise<ProgrammeSettings> {
  checkSettings(settings);
  await saveProgrammeSettings(q, tenantId, track, settings);
  return programmeSettings(q, tenantId, track);
}
