import type { Queryable } from '../../db/db.js';
import { DEFAULT_SETTINGS } from '../rules.js';
import type { ProgrammeSettings, Track } from '../schemas.js';

// Each tenant's programme settings (the programmes table); a programme never set has the defaults.

export async function programmeSettings(q: Queryable, tenantId: string, track: Track): Promise<ProgrammeSettings> {
  const rows = await q.query<{ settings: Partial<ProgrammeSettings> }>(
    `SELECT settings FROM programmes WHERE tenant_id = $1 AND track = $2`,
    [tenantId, track],
  );
  const saved = rows[0]?.settings ?? {};
  return { ...DEFAULT_SETTINGS, ...saved, weights: { ...DEFAULT_SETTINGS.weights, ...saved.weights } };
}

export async function saveProgrammeSettings(
  q: Queryable,
  tenantId: string,
  track: Track,
  settings: ProgrammeSettings,
): Promise<void> {
  await q.query(
    `INSERT INTO programmes (tenant_id, track, settings) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (tenant_id, track) DO UPDATE SET settings = EXCLUDED.settings, updated_at = now()`,
    [tenantId, track, JSON.stringify(settings)],
  );
}
