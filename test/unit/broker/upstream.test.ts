// The broker's trust upstream (src/broker/upstream.ts): an extra CA (CODEX_CA_CERTIFICATE, a corporate proxy's or a
// test's) is trusted beside Node's roots, in one TLS context built once, and adding it changes no other context of
// the process. Real handshakes against a node:tls server whose certificate the extra CA signed.
import type { AddressInfo } from 'node:net';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import {
  connect,
  createSecureContext,
  createServer,
  type SecureContext,
  type Server,
  type TLSSocket,
} from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunCa, type RunCa } from '../../../src/broker/run-ca.js';
import { rootsPlus, upstreamRequest, upstreamTls, type UpstreamTls } from '../../../src/broker/upstream.js';
import { waitFor } from '../../support/wait-for.js';

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

describe('connections opened ahead', () => {
  let https: HttpsServer;
  let origin: URL;
  const connections: TLSSocket[] = [];
  let closeNext = false;
  beforeAll(async () => {
    https = createHttpsServer({ key: ca.leafKeyPem, cert: ca.leafCertPem }, (_req, res) => res.end('ok'));
    https.on('secureConnection', (socket: TLSSocket) => {
      connections.push(socket);
      if (closeNext) socket.destroy();
    });
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
    origin = new URL(`https://127.0.0.1:${(https.address() as AddressInfo).port}`);
  });
  afterAll(() => new Promise<void>((resolve) => https.close(() => resolve())));

  /** One GET through the broker's upstream request, on the agent's pool. */
  const get = (tls: UpstreamTls) =>
    new Promise<string>((resolve, reject) => {
      const req = upstreamRequest(new URL('/backend-api/codex/models', origin), 'GET', {}, tls);
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
      req.end();
    });

  it('carry the first requests: no handshake left for them to wait on', async () => {
    connections.length = 0;
    closeNext = false;
    const tls = upstreamTls(ca.caPem, undefined);
    tls.preconnect(origin, 2);
    await waitFor(() => connections.length === 2, { what: 'two connections opened ahead' });
    expect(await Promise.all([get(tls), get(tls)])).toEqual(['ok', 'ok']);
    expect(connections).toHaveLength(2);
    expect(tls.agent.waiting).toBe(0);
    tls.agent.destroy();
  });

  it('one that closed meanwhile is skipped: the request opens its own', async () => {
    connections.length = 0;
    closeNext = true;
    const tls = upstreamTls(ca.caPem, undefined);
    tls.preconnect(origin, 1);
    await waitFor(() => connections.length === 1 && tls.agent.waiting === 0, {
      what: 'the server to close it',
    });
    closeNext = false;
    expect(await get(tls)).toBe('ok');
    expect(connections).toHaveLength(2);
    tls.agent.destroy();
  });

  it('none through a proxy (tunnels are not pooled)', () => {
    const tls = upstreamTls(ca.caPem, { url: 'http://127.0.0.1:9' });
    tls.preconnect(origin, 2);
    expect(tls.agent.waiting).toBe(0);
    tls.agent.destroy();
  });
});
