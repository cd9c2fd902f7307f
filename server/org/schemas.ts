import { Type, type Static } from 'typebox';
import { Nullable, Uuid } from '../schemas.js';

// Org's contract: who you are, people of your organisation, and, for HR programme owners, the
// title vocabulary and org sync. Route types, response serialisation and the tab's types all come
// from here, so this file imports nothing but typebox and ../schemas.js.

/** How lists name a person; other domains' schemas embed it (pairs, requests, suggestions, meetings). */
export const PersonSummary = Type.Object(
  {
    id: Type.String(),
    displayName: Type.String(),
    jobTitle: Nullable(Type.String()),
    department: Nullable(Type.String()),
    officeLocation: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type PersonSummary = Static<typeof PersonSummary>;

/** Why a person sits at their level (org/seniority.ts): the tab translates each code. */
export const SeniorityReasonCode = Type.Enum(['depth', 'org_size', 'title', 'title_override', 'tenure', 'top_of_org']);
export type SeniorityReasonCode = Static<typeof SeniorityReasonCode>;

export const SeniorityReason = Type.Object({
  code: SeniorityReasonCode,
  /** The inputs of the reason, for its sentence ("{depth} levels below the top"). */
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  points: Type.Number(),
});
export type SeniorityReason = Static<typeof SeniorityReason>;

export const Level = Type.Object({
  /** 1 (intern) to 10 (chief executive). */
  value: Type.Integer(),
  reasons: Type.Array(SeniorityReason),
});
export type Level = Static<typeof Level>;

export const Manager = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  jobTitle: Nullable(Type.String()),
});
export type Manager = Static<typeof Manager>;

/**
 * The app roles Tandem's registration defines (its Entra app manifest). A token may carry roles an
 * administrator added beyond these, so `Me.roles` stays a list of strings.
 */
export const AppRole = Type.Enum(['Tandem.Admin']);
export type AppRole = Static<typeof AppRole>;

/** GET /api/me: the signed-in person as Tandem knows them. */
export const Me = Type.Object(
  {
    tenantId: Type.String(),
    id: Type.String(),
    displayName: Type.String(),
    userPrincipalName: Type.String(),
    jobTitle: Nullable(Type.String()),
    department: Nullable(Type.String()),
    officeLocation: Nullable(Type.String()),
    preferredLanguage: Nullable(Type.String()),
    /** IANA name, for dates and times in the person's own zone; null when none is known. */
    timeZone: Nullable(Type.String()),
    manager: Nullable(Manager),
    /** Null until an org sync has placed the person. */
    level: Nullable(Level),
    roles: Type.Array(Type.String()),
    isAdmin: Type.Boolean(),
    isManager: Type.Boolean(),
    /** False until the person's organisation has been read from the directory. */
    synced: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type Me = Static<typeof Me>;

export const PeopleQuery = Type.Object(
  {
    /** Words the name or sign-in name starts with; empty: everyone. */
    search: Type.String({ maxLength: 100, default: '' }),
    top: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
  },
  { additionalProperties: false },
);
export type PeopleQuery = Static<typeof PeopleQuery>;

export const People = Type.Object({ people: Type.Array(PersonSummary) });
export type People = Static<typeof People>;

export const PersonParams = Type.Object({ id: Uuid });
export type PersonParams = Static<typeof PersonParams>;

/**
 * GET /api/people/:id/photo: the person's profile photo from Microsoft 365, as image bytes (its
 * Content-Type, an ETag, Cache-Control); 304 to a matching If-None-Match; 404 photo_not_found
 * when they have none, for the tab to show their initials.
 */
export const PersonPhoto = Type.Unsafe<Uint8Array>({ type: 'string', description: 'image bytes' });
export type PersonPhoto = Static<typeof PersonPhoto>;

/** The answer to a conditional request whose copy is still the photo: no body. */
export const NotModified = Type.Null();
export type NotModified = Static<typeof NotModified>;

/** A tenant's override of the title vocabulary: a word or phrase and the level it implies. */
export const TitleRule = Type.Object(
  {
    /** Matched as whole words, case- and accent-insensitive, e.g. "Quadro" or "Vice President". */
    phrase: Type.String({ minLength: 2, maxLength: 60, pattern: '\\S' }),
    level: Type.Integer({ minimum: 1, maximum: 10 }),
  },
  { additionalProperties: false },
);
export type TitleRule = Static<typeof TitleRule>;

export const TitleRules = Type.Object(
  { rules: Type.Array(TitleRule, { maxItems: 200 }) },
  { additionalProperties: false },
);
export type TitleRules = Static<typeof TitleRules>;

/** PUT /api/admin/title-rules: the rules now in force, and how many people's level moved. */
export const TitleRulesSaved = Type.Object({ rules: TitleRules.properties.rules, levelsChanged: Type.Integer() });
export type TitleRulesSaved = Static<typeof TitleRulesSaved>;

export const SyncMode = Type.Enum(['full', 'incremental']);
export type SyncMode = Static<typeof SyncMode>;

/** Why a sync read the whole directory. */
export const FullSyncReason = Type.Enum(['first', 'requested', 'token_expired']);
export type FullSyncReason = Static<typeof FullSyncReason>;

/** What one finished sync did. */
export const SyncResult = Type.Object({
  mode: SyncMode,
  /** Why the mode was full, when it was. */
  reason: Type.Optional(FullSyncReason),
  pages: Type.Integer(),
  upserts: Type.Integer(),
  removed: Type.Integer(),
  swept: Type.Integer(),
  levelsChanged: Type.Integer(),
  people: Type.Integer(),
  graphRequests: Type.Integer(),
  durationMs: Type.Number(),
  /** Where the time went: waiting for Graph, writing pages, recomputing placements. */
  phasesMs: Type.Object({ graph: Type.Number(), write: Type.Number(), placements: Type.Number() }),
});
export type SyncResult = Static<typeof SyncResult>;

export const SyncState = Type.Enum(['never', 'idle', 'running', 'failed']);
export type SyncState = Static<typeof SyncState>;

/** GET and POST /api/admin/org-sync: how the tenant's org sync stands. */
export const SyncStatus = Type.Object({
  status: SyncState,
  mode: Nullable(SyncMode),
  startedAt: Nullable(Type.String()),
  finishedAt: Nullable(Type.String()),
  progress: Type.Object({ pages: Type.Integer(), people: Type.Integer() }),
  lastResult: Nullable(SyncResult),
  lastError: Nullable(Type.String()),
});
export type SyncStatus = Static<typeof SyncStatus>;

/** POST /api/admin/org-sync: `full` reads the whole directory even when a delta link is saved. */
export const SyncRequest = Nullable(
  Type.Object({ full: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
);
export type SyncRequest = Static<typeof SyncRequest>;

/**
 * POST /api/admin/title-rules/preview: what saving these rules would do, computed as a sync
 * would (org/title-preview.ts), with nothing saved: everyone placed with the rules in force and
 * with these, and who would change level.
 */
export const TitleRulesPreview = Type.Object(
  {
    /** People in the directory copy. */
    people: Type.Integer(),
    /** How many of them would change level. */
    moved: Type.Integer(),
    /** Levels 1 to 10, each with how many people are at it now and would be. */
    levels: Type.Array(
      Type.Object(
        { level: Type.Integer(), now: Type.Integer(), then: Type.Integer() },
        { additionalProperties: false },
      ),
    ),
    /** Each move, from one level to another, with how many people make it; the most first. */
    moves: Type.Array(
      Type.Object(
        { from: Type.Integer(), to: Type.Integer(), people: Type.Integer() },
        { additionalProperties: false },
      ),
    ),
    /**
     * The people moved, by the rule that moves them: the phrase deciding the new level, or, for a
     * rule changed or removed, the one that decided the old. Rules that move nobody are absent.
     */
    rules: Type.Array(Type.Object({ phrase: Type.String(), people: Type.Integer() }, { additionalProperties: false })),
    /** The job titles that move, with the move and how many people hold them; the 20 most common. */
    titles: Type.Array(
      Type.Object(
        { title: Type.String(), from: Type.Integer(), to: Type.Integer(), people: Type.Integer() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type TitleRulesPreview = Static<typeof TitleRulesPreview>;
