// The broker's listener (src/broker/listener.ts): the port is bound at once, its HTTPS server is made on demand
// (prepare(), or the first connection, whose bytes wait in the kernel meanwhile). Real TLS clients that trust only
// the listener's per-run CA, as Codex does.
import { promises as fs } from 'node:fs';
import { request } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startListener, type Listener } from '../../../src/broker/listener.js';
import { upstreamTls } from '../../../src/broker/upstream.js';
import { silentLogger } from '../../../src/core/logger.js';
import { deferred } from '../../support/wait-for.js';

let dir: string;
let listener: Listener | null = null;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'listener-'));
});
afterEach(async () => {
  await listener?.close();
  listener = null;
  await fs.rm(dir, { recursive: true, force: true });
});

async function start(gate?: Promise<unknown>): Promise<Listener> {
  listener = await startListener({
    dir,
    // '/hang' is never answered: its connection stays open until close().
    onRequest: (req, res) => (req.url === '/hang' ? undefined : res.end(`served ${req.url}`)),
    onUpgrade: (_req, socket) =>
      socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: test\r\nConnection: Upgrade\r\n\r\n'),
    tls: upstreamTls(undefined, undefined),
    gate,
    log: silentLogger,
  });
  return listener;
}

/** A GET over a new TLS connection that trusts only the listener's CA file. */
async function get(l: Listener, pathname: string): Promise<{ status: number; body: string }> {
  const ca = await fs.readFile(l.caPath, 'utf8');
  return new Promise((resolve, reject) => {
    const req = request(`${l.origin}${pathname}`, { ca, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('broker listener', () => {
  it('serves a connection that came before its HTTPS server was made', async () => {
    const l = await start();
    const answers = await Promise.all([get(l, '/a'), get(l, '/b')]);
    expect(answers).toEqual([
      { status: 200, body: 'served /a' },
      { status: 200, body: 'served /b' },
    ]);
  });

  it('serves the same after prepare(), which may be called more than once', async () => {
    const l = await start();
    l.prepare();
    l.prepare();
    expect(await get(l, '/c')).toEqual({ status: 200, body: 'served /c' });
  });

  it('writes only the public CA certificate, 0600, and listens on 127.0.0.1', async () => {
    const l = await start();
    expect(new URL(l.origin).hostname).toBe('127.0.0.1');
    const stat = await fs.stat(l.caPath);
    expect(stat.mode & 0o777).toBe(0o600);
    const pem = await fs.readFile(l.caPath, 'utf8');
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/);
    expect(pem).not.toContain('PRIVATE KEY');
  });

  it('holds requests until the gate opens, and refuses them when it never will', async () => {
    const open = deferred<void>();
    const l = await start(open.promise);
    let answered = false;
    const held = get(l, '/held').then((answer) => ((answered = true), answer));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the time is the behaviour: nothing answers meanwhile
    expect(answered).toBe(false);
    open.resolve();
    expect(await held).toEqual({ status: 200, body: 'served /held' });

    await listener?.close();
    const shut = deferred<void>();
    const refused = await start(shut.promise);
    shut.reject(new Error('not sealed'));
    expect((await get(refused, '/x')).status).toBe(503);
  });

  it('close() ends open connections and frees the port', async () => {
    const l = await start();
    const ca = await fs.readFile(l.caPath, 'utf8');
    const ended = deferred<string>();
    const sent = deferred<void>();
    const req = request(`${l.origin}/hang`, { ca, agent: false });
    req.on('error', (error: NodeJS.ErrnoException) => ended.resolve(error.code ?? 'error'));
    req.on('finish', () => sent.resolve());
    req.end();
    await sent.promise;
    await l.close();
    listener = null;
    expect(await ended.promise).toBe('ECONNRESET');
    await expect(get(l, '/')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
