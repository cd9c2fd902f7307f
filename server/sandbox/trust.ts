import { rootCertificates } from 'node:tls';
import { Agent, setGlobalDispatcher } from 'undici';

const trusted = new Set<string>();

/**
 * Makes this process's global fetch (used by msal-node, jose and the Graph client) trust the
 * sandbox CA in addition to the public roots. Nothing else on the machine trusts it. Additive, so
 * a process running several sandboxes (a test file) trusts each of them.
 */
export function trustSandboxCa(caPem: string): void {
  if (trusted.has(caPem)) return;
  trusted.add(caPem);
  setGlobalDispatcher(new Agent({ connect: { ca: [...rootCertificates, ...trusted] } }));
}
