import type { FastifyRequest } from 'fastify';
import type { Caller, SandboxContext } from '../context.js';
import { GraphError } from '../errors.js';
import type { SandboxUser } from '../org/model.js';
import { requirePermission } from '../permissions.js';

// Whose mailbox a request addresses, and whether the token may touch it. Least privilege as the
// permission tables list it (FACTS 1.5-1.7): a delegated token reading or writing someone else's
// calendar needs the ".Shared" scopes.

export type Access = 'read' | 'write';

const CALENDAR_APP: Record<Access, readonly string[]> = {
  read: ['Calendars.Read', 'Calendars.ReadWrite'],
  write: ['Calendars.ReadWrite'],
};
const CALENDAR_OWN: Record<Access, readonly string[]> = {
  read: ['Calendars.Read', 'Calendars.ReadWrite', 'Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'],
  write: ['Calendars.ReadWrite', 'Calendars.ReadWrite.Shared'],
};
const CALENDAR_SHARED: Record<Access, readonly string[]> = {
  read: ['Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'],
  write: ['Calendars.ReadWrite.Shared'],
};
const MAILBOX_SETTINGS = ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'];

/**
 * The mailbox of `/users/{user}/...` or, without a `user` parameter, of `/me/...`.
 * An unknown user is answered 404 ErrorInvalidUser, Outlook's code for an id or UPN that names
 * nobody ("The requested user '...' is invalid."); MailboxNotEnabledForRESTAPI is for people who
 * exist but have no Exchange Online mailbox, which every sandbox person has.
 */
export function mailboxOf(ctx: Pick<SandboxContext, 'directory'>, req: FastifyRequest): SandboxUser {
  const param = (req.params as { user?: string }).user;
  const caller = req.caller;
  if (param === undefined) {
    if (caller.kind !== 'delegated' || !caller.userId) {
      throw new GraphError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
    }
  }
  const key = param ?? (caller.userId as string);
  const user = ctx.directory.get(key);
  if (!user) throw new GraphError(404, 'ErrorInvalidUser', `The requested user '${key}' is invalid.`);
  return user;
}

/** True when a delegated caller addresses their own mailbox (or any app-only call). */
export function isOwnMailbox(caller: Caller, mailbox: SandboxUser): boolean {
  return caller.kind === 'app' || caller.userId === mailbox.id;
}

/** The mailbox, after checking the token may read or write its calendar. */
export function calendarMailbox(
  ctx: Pick<SandboxContext, 'directory'>,
  req: FastifyRequest,
  access: Access,
): SandboxUser {
  // Permissions are checked before the user is looked up, as Graph does: a token without any
  // calendar permission gets 403 whether or not the user exists.
  if (req.caller.kind !== 'app' || (req.params as { user?: string }).user !== undefined) {
    requirePermission(req.caller, { app: CALENDAR_APP[access], delegated: CALENDAR_OWN[access], family: 'outlook' });
  }
  const mailbox = mailboxOf(ctx, req);
  if (!isOwnMailbox(req.caller, mailbox)) {
    requirePermission(req.caller, { delegated: CALENDAR_SHARED[access], family: 'outlook' });
  }
  return mailbox;
}

/** The mailbox, after checking the token may read its settings; delegates may read only their own. */
export function settingsMailbox(ctx: Pick<SandboxContext, 'directory'>, req: FastifyRequest): SandboxUser {
  if (req.caller.kind !== 'app' || (req.params as { user?: string }).user !== undefined) {
    requirePermission(req.caller, { app: MAILBOX_SETTINGS, delegated: MAILBOX_SETTINGS, family: 'outlook' });
  }
  const mailbox = mailboxOf(ctx, req);
  if (!isOwnMailbox(req.caller, mailbox)) {
    throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  return mailbox;
}

/** findMeetingTimes: delegated only (FACTS 1.6); an app-only token is refused. */
export function meetingTimesMailbox(ctx: Pick<SandboxContext, 'directory'>, req: FastifyRequest): SandboxUser {
  if (req.caller.kind === 'delegated') {
    requirePermission(req.caller, { delegated: CALENDAR_SHARED.read, family: 'outlook' });
  } else if ((req.params as { user?: string }).user !== undefined) {
    requirePermission(req.caller, { family: 'outlook' });
  }
  return mailboxOf(ctx, req);
}
