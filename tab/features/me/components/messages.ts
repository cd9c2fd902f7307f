import type { AppRole } from '../../../../server/org/schemas';
import type { Messages } from '../../../lib/i18n';

/** App roles of Tandem's registration, by their value in the token. */
const roleNames: Record<AppRole, string> = { 'Tandem.Admin': 'HR admin' };

const en = {
  heading: 'Who you are',
  loading: 'Loading your profile…',
  userPrincipalName: 'Sign-in name',
  department: 'Department',
  officeLocation: 'Office',
  roles: 'Roles',
  roleNames,
};

export const messages: Messages<typeof en> = {
  en,
  it: {
    heading: 'Chi sei',
    loading: 'Caricamento del tuo profilo…',
    userPrincipalName: 'Nome di accesso',
    department: 'Reparto',
    officeLocation: 'Sede',
    roles: 'Ruoli',
    roleNames: { 'Tandem.Admin': 'Amministratore HR' },
  },
};

/** A role's name in `names`; a role Tandem does not define (an administrator's own) shows as it is. */
export function roleName(names: Record<AppRole, string>, role: string): string {
  return isAppRole(names, role) ? names[role] : role;
}

function isAppRole(names: Record<AppRole, string>, role: string): role is AppRole {
  return Object.hasOwn(names, role);
}
