/** An app registration in the sandbox tenant, with what an admin consented to for it. */
export interface AppRegistration {
  clientId: string;
  displayName: string;
  clientSecret: string;
  /** Application ID URI, e.g. "api://localhost:3978/<clientId>" (FACTS 3.2). */
  appIdUri: string;
  /** Application permissions on Graph granted with admin consent (app-only tokens carry them as roles). */
  applicationPermissions: string[];
  /** Delegated Graph scopes an admin consented to for every user (on-behalf-of tokens carry them as scp). */
  delegatedScopes: string[];
  /** Public keys of certificate credentials (PEM), accepted in client assertions. */
  certificates: { publicKeyPem: string; x5t: string; x5tS256: string }[];
}

/** Teams web client: the `azp` of the tokens getAuthToken() hands to a tab (FACTS 3.2). */
export const TEAMS_WEB_CLIENT_ID = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';

export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/**
 * Who has consented to what. Tenant-wide admin consent covers an app's delegated scopes for every
 * user, except users whose grant was revoked (a sandbox change, to exercise the consent error).
 */
export class ConsentBook {
  private readonly revoked = new Set<string>();
  private readonly userGrants = new Map<string, Set<string>>();

  revoke(userId: string): void {
    this.revoked.add(userId);
    this.userGrants.delete(userId);
  }

  grant(userId: string, scopes: readonly string[]): void {
    this.revoked.delete(userId);
    const set = this.userGrants.get(userId) ?? new Set<string>();
    for (const s of scopes) set.add(s.toLowerCase());
    this.userGrants.set(userId, set);
  }

  /** The scopes of `wanted` this user has consented to for the app, in the app's own spelling. */
  consented(app: AppRegistration, userId: string, wanted: readonly string[]): { granted: string[]; missing: string[] } {
    const own = this.userGrants.get(userId);
    const adminConsent = !this.revoked.has(userId);
    const granted: string[] = [];
    const missing: string[] = [];
    for (const scope of wanted) {
      const known = app.delegatedScopes.find((s) => s.toLowerCase() === scope.toLowerCase());
      if ((known && adminConsent) || own?.has(scope.toLowerCase())) granted.push(known ?? scope);
      else missing.push(scope);
    }
    return { granted, missing };
  }
}
