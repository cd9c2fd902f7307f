import type { SandboxUser } from '../org/model.js';
import { DAY_MS } from './days.js';
import { changeKeyOf } from './ids.js';
import { ALLOWED_PROVIDERS } from './teams-meeting.js';
import { workingHoursJson } from './working-hours.js';
import { formatWall } from './zones.js';

// mailboxSettings (FACTS 1.4, examples/user-mailboxsettings.response.json) and the default
// calendar (examples/calendar-get-online-meeting-providers.response.json) of a sandbox person.

/** Sub-paths of mailboxSettings that can be read on their own. */
export const MAILBOX_SETTINGS_PARTS = [
  'automaticRepliesSetting',
  'dateFormat',
  'delegateMeetingMessageDeliveryOptions',
  'language',
  'timeFormat',
  'timeZone',
  'workingHours',
  'userPurpose',
] as const;
export type MailboxSettingsPart = (typeof MAILBOX_SETTINGS_PARTS)[number];

export function mailboxSettings(user: SandboxUser, now: number): Record<MailboxSettingsPart, unknown> {
  const m = user.mailbox;
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  return {
    // Enum values in v1.0's camelCase; the documentation's sample shows an older "Scheduled"/"All".
    automaticRepliesSetting: {
      status: 'disabled',
      externalAudience: 'all',
      scheduledStartDateTime: { dateTime: formatWall(today), timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: formatWall(today + DAY_MS), timeZone: 'UTC' },
      internalReplyMessage: '',
      externalReplyMessage: '',
    },
    timeZone: m.timeZone,
    language: { ...m.language },
    workingHours: workingHoursJson(m.workingHours),
    userPurpose: { value: 'user' },
    dateFormat: m.dateFormat,
    timeFormat: m.timeFormat,
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
  };
}

/** The person's default calendar; `asOwner` false when a delegate reads someone else's. */
export function defaultCalendar(user: SandboxUser, asOwner: boolean): Record<string, unknown> {
  const id = `AAMkA${Buffer.from(`c.${user.id}`, 'utf8').toString('base64url')}`;
  return {
    id,
    name: 'Calendar',
    color: 'auto',
    changeKey: changeKeyOf(id, 0),
    canShare: asOwner,
    canViewPrivateItems: asOwner,
    canEdit: asOwner,
    allowedOnlineMeetingProviders: [...ALLOWED_PROVIDERS],
    defaultOnlineMeetingProvider: 'teamsForBusiness',
    isTallyingResponses: true,
    isRemovable: false,
    owner: { name: user.displayName, address: user.mail },
  };
}
