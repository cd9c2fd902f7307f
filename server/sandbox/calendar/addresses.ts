import type { Directory } from '../context.js';
import type { SandboxUser } from '../org/model.js';

// Attendees and schedules name people by SMTP address. The directory finds people by id or UPN;
// where a mail address differs from the UPN, an index over the current people is built once per
// directory state (keyed by the array all() returns, which changes when the directory does).

const byMail = new WeakMap<readonly SandboxUser[], Map<string, SandboxUser>>();

export function userByAddress(dir: Pick<Directory, 'get' | 'all'>, address: string): SandboxUser | undefined {
  const direct = dir.get(address);
  if (direct) return direct;
  const people = dir.all();
  let index = byMail.get(people);
  if (!index) {
    index = new Map(people.map((u) => [u.mail.toLowerCase(), u]));
    byMail.set(people, index);
  }
  return index.get(address.toLowerCase());
}
