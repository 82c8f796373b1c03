import type { Command } from 'commander';
import { asCodexAuthError } from '../../core/errors.js';
import type { Kit } from '../kit.js';
import { addStoreOptions, parseStoreFlags, type StoreOptionValues } from '../options.js';

export function registerStatus(program: Command, kit: Kit, setExit: (code: number) => void): void {
  const command = program
    .command('status')
    .summary("show the stored envelope's metadata and the lock holder, without the key")
    .description(
      "Reads the metadata of the stream's envelope (generation, written at, writer, last refresh, fingerprint) and the lock holder. Needs no key and decrypts nothing. An empty stream is not an error.",
    );
  addStoreOptions(command).action(async (options: StoreOptionValues) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      if (flags.store.github) kit.redactor.add([flags.store.github.token]);
      const { createBackends } = await import('../../roundtrip/backends.js');
      const { store, lock } = await createBackends(
        flags.store,
        flags.lock,
        kit.env,
        kit.logger(flags.verbose),
      );
      const holder = await lock.inspect();
      const envelope = await store.read();
      const status = {
        stream: flags.store.stream,
        store: store.kind,
        location: store.location,
        exists: envelope !== null,
        generation: envelope?.generation ?? null,
        writtenAt: envelope?.writtenAt ?? null,
        writer: envelope?.writer ?? null,
        lastRefresh: envelope?.lastRefresh ?? null,
        fingerprint: envelope?.fingerprint ?? null,
        keyId: envelope?.keyId ?? null,
        lock: { kind: flags.lock, held: holder !== null, holder },
      };
      if (json) {
        kit.json(status);
      } else {
        const lines = [
          `stream:       ${status.stream} (${status.store}: ${status.location})`,
          status.exists
            ? `generation:   ${status.generation}, written ${status.writtenAt} by ${status.writer}`
            : 'generation:   none (the stream holds nothing; seed it with `codex-auth seed`)',
          ...(status.exists
            ? [
                `last refresh: ${status.lastRefresh ?? '-'}`,
                `fingerprint:  ${status.fingerprint} (key id ${status.keyId})`,
              ]
            : []),
          holder
            ? `lock:         held by ${holder.owner} (host ${holder.host}, ${holder.pid === null ? 'lease' : `pid ${holder.pid}`}, since ${holder.acquiredAt}, until ${holder.expiresAt})`
            : `lock:         free (${flags.lock})`,
        ];
        kit.out(`${lines.join('\n')}\n`);
      }
      setExit(0);
    } catch (error) {
      setExit(kit.fail(asCodexAuthError(error), json));
    }
  });
}
