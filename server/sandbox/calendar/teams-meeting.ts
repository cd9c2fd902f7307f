import { hash32, hexOf } from './hash.js';
import type { ItemBody, OnlineMeetingInfo } from './model.js';

// What Outlook adds when an event becomes a Teams meeting (FACTS 1.7, example
// user-post-event-online-meeting.response.json): onlineMeeting {joinUrl, conferenceId, tollNumber}
// and a join blob appended to the body.

/**
 * Providers the sandbox's calendars allow (GET /calendar lists them). Skype for Business Online
 * is retired, so a current tenant offers Teams only.
 */
export const ALLOWED_PROVIDERS = ['teamsForBusiness'] as const;

const SEPARATOR = '________________________________________________________________________________';
/** A fictional 555 number, like the documentation's. */
const TOLL = '+1 323-555-0166';

export function teamsMeetingFor(seed: string, tenantId: string, organizerId: string): OnlineMeetingInfo {
  const h = hexOf(16, 'thread', seed).toLowerCase();
  const guid = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  const thread = Buffer.from(guid, 'utf8').toString('base64').replace(/=+$/, '');
  const context = `%7b%22Tid%22%3a%22${tenantId}%22%2c%22Oid%22%3a%22${organizerId}%22%7d`;
  return {
    joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=${context}`,
    conferenceId: String(100_000_000 + (hash32('conference', seed) % 900_000_000)),
    tollNumber: TOLL,
  };
}

const spaced = (id: string): string => `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}`;

function htmlBlob(info: OnlineMeetingInfo): string {
  const link = 'style="font-size:12px; text-decoration:none; color:#6264a7"';
  return [
    `<div style="width:100%; height:20px"><span style="white-space:nowrap; color:gray; opacity:.36">${SEPARATOR}</span>\r\n</div>`,
    `<div class="me-email-text" style="color:#252424; font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">`,
    `<div style="margin-top:24px; margin-bottom:10px"><a class="me-email-headline" href="${info.joinUrl}" target="_blank" rel="noreferrer noopener" style="font-size:18px; text-decoration:underline; color:#6264a7">Join\r\n Microsoft Teams Meeting</a> </div>`,
    `<div><a class="me-email-link" href="tel:&#43;${info.tollNumber.slice(1)},,${info.conferenceId}# " target="_blank" rel="noreferrer noopener" style="font-size:14px; text-decoration:none; color:#6264a7">&#43;${info.tollNumber.slice(1)}</a>\r\n<span style="font-size:12px">&nbsp; United States, Los Angeles (Toll) </span></div>`,
    `<div style="margin-top:10px; margin-bottom:20px"><span style="font-size:12px">Conference ID:\r\n</span><span style="font-size:14px">${spaced(info.conferenceId)}# </span></div>`,
    `<div style="margin-bottom:24px"><a class="me-email-link" target="_blank" href="https://dialin.teams.microsoft.com/?id=${info.conferenceId}" rel="noreferrer noopener" ${link}>Local\r\n numbers</a> | <a class="me-email-link" target="_blank" href="https://mysettings.lync.com/pstnconferencing" rel="noreferrer noopener" ${link}>\r\nReset PIN</a> | <a class="me-email-link" target="_blank" href="https://aka.ms/JoinTeamsMeeting" rel="noreferrer noopener" ${link}>\r\nLearn more about Teams</a> </div>`,
    '</div>',
    `<div style="width:100%; height:20px"><span style="white-space:nowrap; color:gray; opacity:.36">${SEPARATOR}</span>\r\n</div>`,
  ].join('\r\n');
}

function textBlob(info: OnlineMeetingInfo): string {
  return [
    '',
    SEPARATOR,
    'Join Microsoft Teams Meeting',
    `<${info.joinUrl}>`,
    `${info.tollNumber}   United States, Los Angeles (Toll)`,
    `Conference ID: ${spaced(info.conferenceId)}#`,
    'Local numbers | Reset PIN | Learn more about Teams',
    SEPARATOR,
  ].join('\r\n');
}

const HTML_HEAD =
  '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n';

/** The body as Outlook stores it: HTML wrapped in a document; the Teams blob appended when online. */
export function storedBody(body: ItemBody, online: OnlineMeetingInfo | null): ItemBody {
  if (body.contentType === 'text') {
    return {
      contentType: 'text',
      content: online && !body.content.includes(online.joinUrl) ? body.content + textBlob(online) : body.content,
    };
  }
  const inner = /<body[^>]*>([\s\S]*)<\/body>/i.exec(body.content)?.[1]?.replace(/^\r?\n/, '') ?? `${body.content}\r\n`;
  const blob = online && !inner.includes(online.joinUrl) ? `${htmlBlob(online)}\r\n` : '';
  return { contentType: 'html', content: `${HTML_HEAD}${inner}${blob}</body>\r\n</html>\r\n` };
}

const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#43;': '+',
  '&#39;': "'",
};

/** The first 255 characters of the body as text, lines joined with CRLF, like Outlook's. */
export function bodyPreviewOf(body: ItemBody): string {
  let text = body.content;
  if (body.contentType === 'html') {
    text = text
      .replace(/<head[\s\S]*?<\/head>/gi, '')
      .replace(/\r?\n/g, ' ')
      .replace(/<\/?(div|p|li|tr|table|h\d)\b[^>]*>|<br[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&[#a-z0-9]+;/gi, (e) => ENTITIES[e] ?? e);
  }
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
  return lines.join('\r\n').slice(0, 255);
}
