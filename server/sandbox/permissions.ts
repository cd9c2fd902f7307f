import type { Caller } from './context.js';
import { GraphError } from './errors.js';

export interface Needed {
  /** Any one of these application permissions (app-only tokens). Absent: app-only not supported. */
  app?: readonly string[];
  /** Any one of these delegated scopes (user tokens). Absent: delegated not supported. */
  delegated?: readonly string[];
  /** Error family of the resource: Outlook answers ErrorAccessDenied, the directory Authorization_RequestDenied. */
  family: 'outlook' | 'directory' | 'teams';
}

/** Throws the 403 the real service gives when the token lacks every permission that would do. */
export function requirePermission(caller: Caller, needed: Needed): void {
  const granted = caller.kind === 'app' ? caller.roles : caller.scopes;
  const accepted = caller.kind === 'app' ? needed.app : needed.delegated;
  if (accepted?.some((p) => granted.includes(p))) return;
  if (needed.family === 'outlook') {
    throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  if (needed.family === 'teams') {
    throw new GraphError(
      403,
      'Forbidden',
      'Missing role permissions on the request. API requires one of the permissions that the token lacks.',
    );
  }
  throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
}
