// The broker's trust upstream (src/broker/upstream.ts): an extra CA (CODEX_CA_CERTIFICATE, a corporate proxy's or a
// test's) is trusted beside Node's roots, in one TLS context built once, and adding it changes no other context of
// the process. Real handshakes against a node:tls server whose certificate the extra CA signed.
import type { AddressInfo } from 'node:net';
import { connect, createSecureContext, createServer, type SecureContext, type Server } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunCa, type RunCa } from '../../../src/broker/run-ca.js';
import { rootsPlus, upstreamTls } from '../../../src/broker/upstream.js';

// The server sends its chain (leaf and run CA): a client that does not trust the CA sees a self-signed one in it.
const UNTRUSTED = 'SELF_SIGNED_CERT_IN_CHAIN';

let ca: RunCa;
let stranger: RunCa;
let server: Server;
let port: number;
beforeAll(async () => {
  [ca, stranger] = await Promise.all([createRunCa(), createRunCa()]);
  server = createServer({ key: ca.leafKeyPem, cert: ca.leafCertPem }, (socket) => socket.end('hello'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The handshake's verdict: 'trusted', or the verification error's code. */
function handshake(secureContext: SecureContext | undefined): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, secureContext, servername: '' }, () => {
      socket.destroy();
      resolve('trusted');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
  });
}

describe('rootsPlus', () => {
  it.each([
    ['added to the context of Node’s roots', true],
    ['the `ca` list fallback', false],
  ])('trusts the extra CA (%s)', async (_how, fast) => {
    expect(await handshake(rootsPlus(ca.caPem, fast))).toBe('trusted');
  });

  it('trusts no other CA', async () => {
    expect(await handshake(rootsPlus(stranger.caPem))).toBe(UNTRUSTED);
  });

  it('widens no other context of the process (Node’s shared root store is copied, not changed)', async () => {
    rootsPlus(ca.caPem);
    expect(await handshake(createSecureContext())).toBe(UNTRUSTED);
    expect(await handshake(undefined)).toBe(UNTRUSTED);
  });

  it('is built once per broker, on first use, not per connection', async () => {
    const withCa = upstreamTls(ca.caPem, undefined);
    expect(withCa.secureContext()).toBe(withCa.secureContext());
    expect(await handshake(withCa.secureContext())).toBe('trusted');
    const rootsOnly = upstreamTls(undefined, undefined);
    expect(rootsOnly.secureContext()).toBe(rootsOnly.secureContext());
    expect(await handshake(rootsOnly.secureContext())).toBe(UNTRUSTED);
    withCa.agent.destroy();
    rootsOnly.agent.destroy();
  });
});
