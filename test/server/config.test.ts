import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

const root = '/tmp/tandem-config-test';
const real = {
  TANDEM_CLIENT_ID: '0f2a6b1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  TANDEM_CLIENT_SECRET: 's',
  TANDEM_TENANT_ID: '11111111-2222-4333-8444-555555555555',
};

describe('configuration', () => {
  it('runs on the sandbox tenant and the embedded database when nothing is configured', () => {
    const c = loadConfig({}, root);
    expect(c.sandbox).toEqual({ seed: 42, size: 300, port: 0, demo: true });
    expect(c.identity).toBeUndefined();
    expect(c.databaseUrl).toBeUndefined();
    expect(c.port).toBe(3978);
  });

  it('starts the sandbox on the demo programme unless TANDEM_SANDBOX_DEMO=0, and never with a real tenant', () => {
    expect(loadConfig({ TANDEM_SANDBOX_DEMO: '0' }, root).sandbox?.demo).toBe(false);
    expect(loadConfig({ TANDEM_SANDBOX_DEMO: 'yes' }, root).sandbox?.demo).toBe(true);
    expect(() => loadConfig({ TANDEM_SANDBOX_DEMO: 'maybe' }, root)).toThrow(/TANDEM_SANDBOX_DEMO must be 1 or 0/);
    expect(() => loadConfig({ ...real, TANDEM_SANDBOX_DEMO: '1' }, root)).toThrow(/never runs against a real tenant/);
    expect(loadConfig(real, root).sandbox).toBeUndefined();
  });

  it('refuses to start the sandbox sign-in against a real app registration', () => {
    expect(() => loadConfig({ ...real, TANDEM_SANDBOX: '1' }, root)).toThrow(ConfigError);
  });

  it('points at Microsoft public cloud for a real tenant, by configuration alone', () => {
    const c = loadConfig(real, root);
    expect(c.sandbox).toBeUndefined();
    expect(c.identity).toMatchObject({
      authorityHost: 'https://login.microsoftonline.com',
      graphEndpoint: 'https://graph.microsoft.com',
      tenants: [real.TANDEM_TENANT_ID],
    });
  });

  it('refuses plain-http endpoints and a real tenant without credentials', () => {
    expect(() => loadConfig({ ...real, TANDEM_GRAPH_ENDPOINT: 'http://graph.local' }, root)).toThrow(/https/);
    expect(() =>
      loadConfig({ TANDEM_CLIENT_ID: real.TANDEM_CLIENT_ID, TANDEM_TENANT_ID: real.TANDEM_TENANT_ID }, root),
    ).toThrow(/TANDEM_CLIENT_SECRET/);
  });

  it('says which variable is wrong when a number is not one', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, root)).toThrow(/PORT/);
  });
});
