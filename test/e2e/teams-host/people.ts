import type { EnrolmentBody, MatchRequest, ProgrammeId } from '../../../server/matching/schemas.js';
import type { SyncStatus } from '../../../server/org/schemas.js';
import type { TestApp } from '../../helpers/app.js';
import { persona } from '../../helpers/sandbox.js';

// Setting the stage through Tandem's own API, as the people would through the tab, so that a
// browser test can start where its story does.

/** Calls the API as one person of the sandbox tenant, with the token Teams would give them. */
export function as(server: TestApp, userId: string) {
  async function call<T>(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown): Promise<T> {
    const headers = { authorization: `Bearer ${await server.t.ssoToken(userId)}` };
    const res = await server.app.inject({
      method,
      url,
      headers,
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    if (res.statusCode >= 400) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body}`);
    return res.json() as T;
  }
  return {
    get: <T>(url: string) => call<T>('GET', url),
    post: <T>(url: string, payload: unknown = {}) => call<T>('POST', url, payload),
    put: <T>(url: string, payload: unknown) => call<T>('PUT', url, payload),
  };
}

/** Runs the org sync as the HR admin, through the API, and waits for it to finish. */
export async function syncOrganisation(server: TestApp): Promise<void> {
  const hr = as(server, persona(server.t, 'hr-admin').id);
  await hr.post('/api/admin/org-sync');
  for (let i = 0; i < 400; i++) {
    const status = await hr.get<SyncStatus>('/api/admin/org-sync');
    if (status.status === 'idle') return;
    if (status.status === 'failed') throw new Error(`org sync failed: ${status.lastError}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('org sync did not finish');
}

export function enrol(
  server: TestApp,
  userId: string,
  programmeId: ProgrammeId,
  body: EnrolmentBody,
): Promise<unknown> {
  return as(server, userId).put(`/api/enrolments/${programmeId}`, body);
}

/** A mentee asks, the mentor accepts: an active pair. */
export async function pair(
  server: TestApp,
  programmeId: ProgrammeId,
  mentorId: string,
  menteeId: string,
): Promise<void> {
  const request = await as(server, menteeId).post<MatchRequest>('/api/requests', { programmeId, mentorId, menteeId });
  await as(server, mentorId).post(`/api/requests/${request.id}/accept`);
}

export const MENTOR_OF_LEADERS: EnrolmentBody = {
  asMentor: true,
  asMentee: false,
  offers: ['leadership', 'negotiation', 'coaching'],
  wants: [],
  goals: [],
  languages: ['it', 'en'],
  cadence: 'monthly',
  meetingMinutes: 60,
  capacity: 3,
  paused: false,
};

export const WOULD_BE_LEADER: EnrolmentBody = {
  asMentor: false,
  asMentee: true,
  offers: [],
  wants: ['leadership'],
  goals: ['grow_as_leader'],
  languages: ['it', 'en'],
  cadence: 'monthly',
  meetingMinutes: 60,
  // The schema's defaults, written out: the contract's type asks for every field.
  capacity: 2,
  paused: false,
};
