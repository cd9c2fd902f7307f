// The Teams app package Tandem ships as (manifest/build.ts writes this id into the manifest), and
// the links into it that notifications and invitations carry.

/** The Teams app's id (manifest `id`). */
export const TEAMS_APP_ID = 'e45d3d5a-367f-4ac6-af00-495a5b448fba';

/** A deep link that opens Tandem's personal tab in Teams. */
export const TAB_DEEP_LINK = `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/home`;
