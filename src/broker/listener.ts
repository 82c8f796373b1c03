// The broker's loopback HTTPS listener, one for every credential kind (broker.ts, token-broker.ts): the per-run CA
// and its file, the TLS server on 127.0.0.1, the open sockets (destroyed on close) and the seal's gate.
//
// The port is a plain TCP listener; the HTTPS server that serves its connections is made when first needed
// (`prepare()`, which a run calls once Codex is spawned, or the first connection). Its TLS context costs about 5 ms
// of CPU that Codex's start need not wait for: Codex only needs the port and the CA file to start, and its first
// request comes over 100 ms later. A connection that comes first waits, paused, its bytes in the kernel.

import { writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import {
  type AddressInfo,
  createServer as createTcpServer,
  type Server as TcpServer,
  type Socket,
} from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import type { Logger } from '../core/logger.js';
import { refuse } from './forward.js';
import { createRunCa } from './run-ca.js';
import type { UpstreamTls } from './upstream.js';

export const BROKER_CA_FILE = 'broker-ca.pem';

export interface ListenerOptions {
  /** Where the public CA certificate is written (0600), for CODEX_CA_CERTIFICATE. */
  readonly dir: string;
  readonly onRequest: (req: IncomingMessage, res: ServerResponse) => void;
  readonly onUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Destroyed with the listener: its keep-alive sockets upstream. */
  readonly tls: UpstreamTls;
  /**
   * Nothing is served (so nothing reaches upstream, the model included) until this settles; if it rejects, every
   * request is refused with 503. A run passes its seal's proof, so Codex may start while the probe still runs.
   */
  readonly gate?: Promise<unknown> | undefined;
  readonly log: Logger;
}

export interface Listener {
  readonly origin: string;
  readonly caPath: string;
  /** Makes the HTTPS server now (idempotent), rather than when the first connection comes. */
  prepare(): void;
  close(): Promise<void>;
}

export async function startListener(options: ListenerOptions): Promise<Listener> {
  const ca = await createRunCa();
  const caPath = join(options.dir, BROKER_CA_FILE);
  await writeFile(caPath, ca.caPem, { mode: 0o600 });
  const sockets = new Set<Socket | Duplex>();
  const gated = gate(options.gate, options.log);
  let https: Server | null = null;
  const httpsServer = () => (https ??= createHttpsServer(ca, options, gated, sockets));
  // pauseOnConnect: nothing is read before the HTTPS server takes the socket over.
  const tcp = createTcpServer({ pauseOnConnect: true, noDelay: true }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    httpsServer().emit('connection', socket);
  });
  const origin = await listenOnLoopback(tcp);
  return {
    origin,
    caPath,
    prepare: () => void httpsServer(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        options.tls.agent.destroy();
        tcp.close(() => resolve());
      }),
  };
}

/** The HTTPS server behind the TCP listener: it never listens itself, it is handed each connection. */
function createHttpsServer(
  ca: { leafKeyPem: string; leafCertPem: string },
  options: ListenerOptions,
  gated: Gate,
  sockets: Set<Socket | Duplex>,
): Server {
  const server: Server = createServer(
    // noDelay: Node's default for a server, said here because the relay depends on it (upstream.ts, noDelay).
    // ca: [] because a server that asks for no client certificate trusts nobody; without it Node would build its
    // root store (about 28 ms) here instead of in warmUp, beside the first upstream connections.
    { key: ca.leafKeyPem, cert: ca.leafCertPem, ALPNProtocols: ['http/1.1'], noDelay: true, ca: [] },
    (req, res) =>
      gated(
        () => options.onRequest(req, res),
        () => {
          req.resume();
          refuse(res, 503, 'The run was refused before Codex could use the login.');
        },
      ),
  );
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    sockets.add(socket);
    gated(
      () => options.onUpgrade(req, socket, head),
      () => socket.destroy(),
    );
  });
  return server;
}

type Gate = (serve: () => void, refuseIt: () => void) => void;

/** Runs `serve` once the gate opened, `refuse` if it never will; at once when there is no gate or it is open. */
function gate(pending: Promise<unknown> | undefined, log: Logger): Gate {
  let state: 'open' | 'shut' | 'waiting' = pending === undefined ? 'open' : 'waiting';
  const settled = (pending ?? Promise.resolve()).then(
    () => (state = 'open'),
    () => {
      state = 'shut';
      log.debug('broker: the seal was not proven, every request is refused');
    },
  );
  return (serve: () => void, refuseIt: () => void): void => {
    if (state === 'open') serve();
    else if (state === 'shut') refuseIt();
    else void settled.then(() => (state === 'open' ? serve() : refuseIt()));
  };
}

/** 127.0.0.1 on a free port: nothing off this machine can reach the broker. Returns its https origin. */
async function listenOnLoopback(server: TcpServer): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
