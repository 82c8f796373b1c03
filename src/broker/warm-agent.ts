// The upstream keep-alive agent, able to open connections ahead. Codex takes over 100 ms from its start to its first
// request; the broker opens its first upstream TLS connections in that time, so Codex's first calls (account check,
// model list, the Responses socket) do not wait for a TCP and a TLS handshake upstream (two round trips to OpenAI)
// on top of the one to the broker. A connection opened ahead is handed to the first request for its host; one that
// failed or closed meanwhile is skipped, and the request opens its own as it would have.

import type { Duplex } from 'node:stream';
import { Agent, type RequestOptions } from 'node:https';
import { connect, type SecureContext, type TLSSocket } from 'node:tls';

export interface WarmTarget {
  readonly host: string;
  readonly port: number;
  /** '' for an IP address (SNI takes host names only). */
  readonly servername: string;
  readonly secureContext: SecureContext;
}

const keyOf = (host: unknown, port: unknown, servername: unknown) =>
  `${String(host)}:${String(port)}:${typeof servername === 'string' ? servername : ''}`;

export class WarmAgent extends Agent {
  readonly #ready: { readonly key: string; readonly socket: TLSSocket }[] = [];

  constructor() {
    super({ keepAlive: true });
  }

  /** Opens `count` connections to `target` now, for the next requests to it. */
  preconnect(target: WarmTarget, count: number): void {
    for (let i = 0; i < count; i += 1) {
      const socket = connect({
        host: target.host,
        port: target.port,
        ...(target.servername === '' ? {} : { servername: target.servername }),
        secureContext: target.secureContext,
        ALPNProtocols: ['http/1.1'],
      });
      const entry = { key: keyOf(target.host, target.port, target.servername), socket };
      socket.setNoDelay(true);
      socket.on('error', () => socket.destroy());
      socket.once('close', () => {
        const at = this.#ready.indexOf(entry);
        if (at !== -1) this.#ready.splice(at, 1);
      });
      this.#ready.push(entry);
    }
  }

  /** How many connections opened ahead are still waiting for a request. */
  get waiting(): number {
    return this.#ready.length;
  }

  override createConnection(
    options: RequestOptions,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    const key = keyOf(options.host, options.port, options.servername);
    const at = this.#ready.findIndex((entry) => entry.key === key && !entry.socket.destroyed);
    if (at === -1) return super.createConnection(options, callback);
    const [entry] = this.#ready.splice(at, 1);
    return entry?.socket;
  }

  override destroy(): void {
    for (const entry of this.#ready.splice(0)) entry.socket.destroy();
    super.destroy();
  }
}
