/**
 * The Graph permissions Tandem asks for, and no more (least privilege). The Entra app manifest in
 * manifest/ requests the same list; the sandbox tenant grants exactly these.
 */
export const GRAPH_APPLICATION_PERMISSIONS = [
  // Org chart and profiles for seniority-aware matching (delta sync of /users with manager), and
  // profile photos (GET /users/{id}/photo/$value needs no more than this).
  'User.Read.All',
  // Time zone and working hours of both people of a pair.
  'MailboxSettings.Read',
  // Free/busy and booking mentoring meetings into the mentor's calendar.
  'Calendars.ReadWrite',
  // Telling people about matches and meetings in their Teams activity feed.
  'TeamsActivity.Send',
] as const;

export const GRAPH_DELEGATED_SCOPES = [
  'User.Read',
  // findMeetingTimes is delegated only (FACTS 1.6).
  'Calendars.Read.Shared',
] as const;
