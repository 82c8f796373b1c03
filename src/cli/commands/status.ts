import type { LockHolder } from '../../app/stream-settings.js';
import { streamStatus } from '../../app/status.js';
import type { CommandInput } from '../args/spec.js';
import type { OptionsOf } from '../command-table.js';
import type { Kit } from '../kit.js';
import { parseStoreFlags } from '../options.js';

export async function run(input: CommandInput<OptionsOf<'status'>>, kit: Kit): Promise<number> {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const status = await streamStatus(flags, kit.env, kit.logger(flags.verbose));
  const holder = status.lock.holder;
  if (flags.json) {
    kit.json(status);
    return 0;
  }
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
    lockLine(holder, flags.lock),
  ];
  kit.out(`${lines.join('\n')}\n`);
  return 0;
}

function lockLine(holder: LockHolder | null, kind: string): string {
  if (holder === null) return `lock:         free (${kind})`;
  const who = `${holder.owner} (host ${holder.host}, ${holder.pid === null ? 'lease' : `pid ${holder.pid}`}, since ${holder.acquiredAt}, until ${holder.expiresAt})`;
  if (holder.stale) return `lock:         stale: its holder ${who} is gone; the next run takes it`;
  return `lock:         held by ${who}`;
}
