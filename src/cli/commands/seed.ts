import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { seedStream } from '../../roundtrip/seed-stream.js';
import { createCliContext } from '../cli-context.js';
import type { Kit } from '../kit.js';
import { addStoreOptions, parseStoreFlags, type StoreOptionValues } from '../options.js';
import { readSeedSource, SEED_ENV } from '../seed-source.js';

interface SeedOptions extends StoreOptionValues {
  authFile?: string;
  force?: boolean;
}

export function registerSeed(program: Command, kit: Kit, setExit: (code: number) => void): void {
  const command = program
    .command('seed')
    .summary("store a fresh login as the stream's first copy")
    .description(
      `Validates a fresh auth.json (from \`codex login\` on a trusted machine) and stores it encrypted as the stream's copy. Refuses to replace a stored copy unless --force. The login may also come from ${SEED_ENV}.`,
    )
    .option('--auth-file <file>', `the auth.json to store (or set ${SEED_ENV})`)
    .option('--force', 'replace the stored copy (only when it is dead or you switch accounts)');
  addStoreOptions(command).action(async (options: SeedOptions) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      const log = kit.logger(flags.verbose);
      const ctx = createCliContext(flags, kit.env, log, kit.redactor);
      const seed = await readSeedSource(
        options.authFile,
        kit.env,
        kit.redactor,
        flags.store.kind !== 'github-secret',
        '--auth-file',
      );
      if (!seed)
        throw new UsageError(`seed needs --auth-file FILE (for example ~/.codex/auth.json) or ${SEED_ENV}.`);
      const result = await seedStream(ctx, {
        seed,
        force: options.force === true,
        lockTimeoutMs: flags.lockTimeoutMs,
      });
      if (json) {
        kit.json(result);
      } else {
        kit.out(
          `stored the login from ${seed.origin} in stream "${result.stream}" (${ctx.store.location}) as generation ${result.generation}${result.replaced === null ? '' : `, replacing generation ${result.replaced}`}; fingerprint ${result.fingerprint}.\n`,
        );
        log.info(
          'keep CODEX_AUTH_KEY in your secret store: every job of this stream needs it. Do not use this auth.json anywhere else now (another copy refreshing would kill the stream); sign in again if you need Codex on this machine.',
        );
      }
      setExit(0);
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}
