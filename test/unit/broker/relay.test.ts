// The broker's relay seen from a client holding the placeholders (as Codex does), against the loopback simulator
// as upstream: streams unbuffered, bodies byte for byte, cookies kept from the client, plan usage read, refreshes
// single-flight, a refresh token never sent twice, HTTPS_PROXY honoured.

import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders } from 'node:http';
import { createServer as createHttpsServer, request } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChatGptSimulator, startChatGptSimulator } from '../../support/chatgpt-simulator.js';
import { type BrokerWorld, startBrokerWorld } from '../../support/broker-world.js';
import { createTestTls } from '../../support/tls.js';
import { waitFor, within } from '../../support/wait-for.js';

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** ms since the request was sent, one per chunk received. */
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(
  simOptions: Parameters<typeof startChatGptSimulator>[0] = {},
  worldOptions: Parameters<typeof startBrokerWorld>[1] = {},
): Promise<{ sim: ChatGptSimulator; w: BrokerWorld }> {
  const sim = await startChatGptSimulator(simOptions);
  cleanups.push(() => sim.close());
  const w = await startBrokerWorld(sim, worldOptions);
  cleanups.push(() => w.close());
  return { sim, w };
}

async function placeholders(w: BrokerWorld): Promise<{ access_token: string; refresh_token: string }> {
  const auth = JSON.parse(await fs.readFile(`${w.codexHome}/auth.json`, 'utf8')) as {
    tokens: { access_token: string; refresh_token: string };
  };
  return auth.tokens;
}

async function call(
  w: BrokerWorld,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
  onData?: (chunk: Buffer) => void,
): Promise<Answer> {
  const ca = await fs.readFile(w.broker.codexEnv.CODEX_CA_CERTIFICATE, 'utf8');
  const url = new URL(path, w.broker.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method, headers, ca },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          onData?.(chunk);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const TURN = Buffer.from(JSON.stringify({ model: 'codex-simulator', input: [], stream: true }));

function refreshAsk(refreshToken: string, reason: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      client_id: 'app_EMoamEEZ73f0CkXaXp7hrann',
      grant_type: 'refresh_token',
      refresh_reason: reason,
      refresh_token: refreshToken,
    }),
  );
}

describe('the broker relay', () => {
  it('R5: passes SSE events on as they come, not buffered', async () => {
    // The simulator sends event k only once this client has received the k events before it. A relay that holds
    // back even one event stalls the stream, and `within` turns the stall into a failure: no clock is raced.
    let complete = 0; // events received in full (each ends in a blank line)
    let tail = '';
    const waiters: { count: number; resolve: () => void }[] = [];
    const released: number[] = [];
    const gate = (index: number): Promise<void> => {
      released.push(index);
      if (complete >= index) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count: index, resolve }));
    };
    const onData = (chunk: Buffer) => {
      const parts = (tail + chunk.toString()).split('\n\n');
      tail = parts.pop() ?? '';
      complete += parts.length;
      for (const waiter of waiters.filter((w) => w.count <= complete)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    };
    const { w } = await setUp({ sseEventGate: gate, webSocket: false });
    const { access_token } = await placeholders(w);
    const answer = await within(
      call(
        w,
        'POST',
        '/backend-api/codex/responses',
        { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
        TURN,
        onData,
      ),
      15_000,
      'the relayed stream, each event passed on before the simulator sends the next,',
    );
    expect(answer.status).toBe(200);
    const events = answer.body
      .toString()
      .split('\n\n')
      .filter((event) => event.trim() !== '');
    expect(events.length).toBeGreaterThanOrEqual(4);
    // Every event after the first waited for the client to hold the one before: the gate was the pace.
    expect(released).toEqual(Array.from({ length: events.length - 1 }, (_, i) => i + 1));
    expect(complete).toBe(events.length);
  });

  it('R3: opens a connection to the workspace origin accounts/check names before Codex calls it, and uses it', async () => {
    const { sim, w } = await setUp({ secondOrigin: true, webSocket: false });
    const { access_token } = await placeholders(w);
    const auth = { authorization: `Bearer ${access_token}` };
    const check = await call(w, 'GET', '/backend-api/wham/accounts/check', auth);
    expect(check.status).toBe(200);
    expect(check.body.toString()).toContain(w.broker.origin); // the origin Codex is given is the broker's
    // Nothing has asked for the workspace origin yet: the connection is the broker's own, opened ahead.
    await waitFor(() => sim.secondOriginConnections === 1, {
      timeoutMs: 5_000,
      what: 'a connection to the workspace origin',
    });
    const turn = await call(
      w,
      'POST',
      '/backend-api/codex/responses',
      { ...auth, 'content-type': 'application/json' },
      TURN,
    );
    expect(turn.status).toBe(200);
    expect(sim.requestLog.filter((entry) => entry.origin === 'second').map((entry) => entry.path)).toEqual([
      '/backend-api/codex/responses',
    ]);
    expect(sim.secondOriginConnections).toBe(1);
  });

  it('R6: passes a compressed request body upstream byte for byte', async () => {
    const { sim, w } = await setUp({ acceptCompressedRequests: true, webSocket: false });
    const { access_token } = await placeholders(w);
    // A zstd frame header and random bytes: the broker must neither decode nor re-encode it.
    const body = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), randomBytes(200_000)]);
    const answer = await call(
      w,
      'POST',
      '/backend-api/codex/responses',
      {
        authorization: `Bearer ${access_token}`,
        'content-type': 'application/json',
        'content-encoding': 'zstd',
      },
      body,
    );
    expect(answer.status).toBe(200);
    const seen = sim.requestLog.find((entry) => entry.bodySha256 !== undefined);
    expect(seen?.contentEncoding).toBe('zstd');
    expect(seen?.bodySha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect(
      w.broker.requestLog().find((entry) => entry.path === '/backend-api/codex/responses')?.bytesIn,
    ).toBe(body.length);
  });

  it('strips Set-Cookie toward Codex and reads plan usage from the x-codex-* headers', async () => {
    const { sim, w } = await setUp({ setCookie: '__cf_bm=upstream-cookie; Path=/', webSocket: false });
    sim.setRateLimits({ primary: { usedPercent: 42, windowMinutes: 300, resetsAt: 1_900_000_000 } });
    const { access_token } = await placeholders(w);
    const answer = await call(
      w,
      'POST',
      '/backend-api/codex/responses',
      {
        authorization: `Bearer ${access_token}`,
        'content-type': 'application/json',
      },
      TURN,
    );
    expect(answer.status).toBe(200);
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.headers['x-codex-primary-used-percent']).toBe('42');
    expect(w.broker.planUsage()?.short).toEqual({
      usedPercent: 42,
      windowMinutes: 300,
      resetsAt: new Date(1_900_000_000_000).toISOString(),
    });
  });

  it('single-flights concurrent refreshes of a stale token: upstream sees one', async () => {
    const { sim, w } = await setUp({}, { session: { accessTokenExpSeconds: 60 } });
    const { refresh_token } = await placeholders(w);
    const asks = await Promise.all(
      [1, 2, 3].map(() =>
        call(
          w,
          'POST',
          '/oauth/token',
          { 'content-type': 'application/json' },
          refreshAsk(refresh_token, 'proactive_expiry'),
        ),
      ),
    );
    expect(asks.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(sim.refreshCount).toBe(1);
    expect(w.persisted).toHaveLength(1);
    // Each answer is placeholders only, and each is new.
    const tokens = asks.map(
      (answer) => (JSON.parse(answer.body.toString()) as { refresh_token: string }).refresh_token,
    );
    expect(new Set(tokens).size).toBe(3);
    expect(tokens.every((token) => token.startsWith('cab_rt_'))).toBe(true);
  });

  it('refuses a refresh with anything but its own placeholder, and never forwards it', async () => {
    const { sim, w } = await setUp({}, { session: { accessTokenExpSeconds: 60 } });
    const real = (JSON.parse(w.broker.currentBundle()?.raw ?? '{}') as { tokens: { refresh_token: string } })
      .tokens.refresh_token;
    const answer = await call(
      w,
      'POST',
      '/oauth/token',
      { 'content-type': 'application/json' },
      refreshAsk(real, 'proactive_expiry'),
    );
    expect(answer.status).toBe(401);
    expect(sim.refreshCount).toBe(0);
  });

  it('R8: upstream drops the connection after reading the refresh: 503, and the token is never sent again', async () => {
    const dir = await fs.mkdtemp('/tmp/broker-drop-');
    cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
    const tls = await createTestTls(dir);
    let received = 0;
    const dropper = createHttpsServer({ key: tls.key, cert: tls.cert }, (req) => {
      req.on('data', () => undefined);
      req.on('end', () => {
        received += 1;
        req.socket.destroy();
      });
    });
    await new Promise<void>((resolve) => dropper.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => dropper.close(() => resolve())));
    const sim = await startChatGptSimulator();
    cleanups.push(() => sim.close());
    const dropUrl = `https://127.0.0.1:${(dropper.address() as AddressInfo).port}/oauth/token`;
    const w = await startBrokerWorld(sim, {
      session: { accessTokenExpSeconds: 60 },
      upstream: { refreshUrl: dropUrl },
      extraCa: await fs.readFile(tls.caPath, 'utf8'),
    });
    cleanups.push(() => w.close());
    const { refresh_token } = await placeholders(w);
    for (const reason of ['proactive_expiry', 'unauthorized_recovery', 'proactive_expiry']) {
      const answer = await call(
        w,
        'POST',
        '/oauth/token',
        { 'content-type': 'application/json' },
        refreshAsk(refresh_token, reason),
      );
      expect(answer.status).toBe(503);
    }
    expect(received).toBe(1);
    expect(w.persisted).toEqual([]);
  });

  it('tunnels upstream calls through HTTPS_PROXY with CONNECT', async () => {
    const tunnels: string[] = [];
    const open = new Set<{ destroy(): void }>();
    const proxy = createHttpServer();
    proxy.on('connect', (req, client, head) => {
      tunnels.push(req.url ?? '');
      open.add(client);
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      open.add(upstream);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise((resolve) => {
          // Tunnelled sockets left the server's books at CONNECT: they are closed here.
          for (const socket of open) socket.destroy();
          proxy.close(() => resolve());
        }),
    );
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const { sim, w } = await setUp({}, { proxy: { url: proxyUrl } });
    const { access_token } = await placeholders(w);
    const answer = await call(w, 'GET', '/backend-api/codex/models', {
      authorization: `Bearer ${access_token}`,
    });
    expect(answer.status).toBe(200);
    expect(tunnels).toEqual([new URL(sim.url).host]);
  });
});
