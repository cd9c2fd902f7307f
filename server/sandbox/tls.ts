import { randomUUID } from 'node:crypto';
import { generate } from 'selfsigned';

export interface SandboxTls {
  /** PEM of the certificate authority a client must trust to talk to the sandbox. */
  ca: string;
  key: string;
  cert: string;
}

/**
 * A throwaway certificate authority and a localhost certificate it signs, made at every start.
 * msal-node refuses plain-http authorities, so the sandbox speaks HTTPS like the real cloud; only
 * the process that started it is told to trust this CA (see server/sandbox/trust.ts).
 */
export async function makeSandboxTls(now: Date): Promise<SandboxTls> {
  const notBeforeDate = new Date(now.getTime() - 60_000);
  const notAfterDate = new Date(now.getTime() + 30 * 24 * 3600_000);
  const ca = await generate(
    [
      // A distinct name per CA: TLS finds the issuer by name, and a process may trust several sandboxes.
      { name: 'commonName', value: `Tandem sandbox CA ${randomUUID()}` },
    ],
    {
      keySize: 2048,
      algorithm: 'sha256',
      notBeforeDate,
      notAfterDate,
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      ],
    },
  );
  const leaf = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { ca: ca.cert, key: leaf.private, cert: leaf.cert };
}
