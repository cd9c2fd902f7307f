import { Type, type Static } from 'typebox';
import { Nullable } from '../schemas.js';

/** What the tab needs before anyone signs in: whether this is the sandbox, and how to ask for tokens. */
export const TabConfig = Type.Object({
  sandbox: Type.Boolean(),
  /** The home tenant; null for a multi-tenant installation. */
  tenantId: Nullable(Type.String()),
  clientId: Type.String(),
  appIdUri: Type.String(),
});
export type TabConfig = Static<typeof TabConfig>;
