import type { Messages } from '../../../lib/i18n';

const en = {
  heading: 'Who you are',
  loading: 'Loading your profile…',
  userPrincipalName: 'Sign-in name',
  jobTitle: 'Job title',
  department: 'Department',
  officeLocation: 'Office',
  level: 'Level',
  tenantId: 'Organisation ID',
  roles: 'Roles',
  /** App roles of Tandem's registration, by their value in the token. */
  roleNames: { 'Tandem.Admin': 'HR admin' } as Record<string, string>,
};

export const messages: Messages<typeof en> = {
  en,
  it: {
    heading: 'Chi sei',
    loading: 'Caricamento del tuo profilo…',
    userPrincipalName: 'Nome di accesso',
    jobTitle: 'Posizione',
    department: 'Reparto',
    officeLocation: 'Sede',
    level: 'Livello',
    tenantId: 'ID organizzazione',
    roles: 'Ruoli',
    roleNames: { 'Tandem.Admin': 'Amministratore HR' },
  },
};
