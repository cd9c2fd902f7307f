// What came of the last change a person asked for on one session, so the tab can say when a
// reschedule found no other time (the session then stays where it was).
export const sql = `
ALTER TABLE meeting_occurrences ADD COLUMN last_change text CHECK (last_change IN ('moved', 'move_failed', 'skipped'));
`;
