import type { Logger } from '../core/logger.js';
import type { RoundTripContext, SeedSource } from '../roundtrip/context.js';
import { type SeedResult, seedStream } from '../roundtrip/seed-stream.js';

// seed: a fresh login stored as the stream's first copy, from a file or variable the front end read, or from a
// device login made for it in a throw-away CODEX_HOME (the user's own ~/.codex is never touched).

export type { SeedResult, SeedSource };

/** `codex login --device-auth` for this seed only. */
export interface DeviceLoginRequest {
  /** The codex executable as the user named it; undefined: codex on PATH. */
  readonly codex: string | undefined;
  /** Reads the config.toml for the throw-away CODEX_HOME, if the user gave one (after Codex is found). */
  readonly readConfig: () => Promise<string | undefined>;
  /** The OAuth issuer (testing only). */
  readonly issuer: string | undefined;
  /** Codex's lines (the device code and where to enter it), for the user. */
  readonly onOutput: (line: string) => void;
}

export interface SeedUseCaseRequest {
  readonly source: SeedSource | { readonly login: DeviceLoginRequest };
  readonly force: boolean;
  readonly lockTimeoutMs: number;
}

export interface SeedUseCaseResult extends SeedResult {
  /** Where the login came from: a path, CODEX_AUTH_JSON, or the device login. */
  readonly origin: string;
}

export async function seed(
  ctx: RoundTripContext,
  request: SeedUseCaseRequest,
  env: NodeJS.ProcessEnv,
): Promise<SeedUseCaseResult> {
  const source =
    'login' in request.source ? await deviceLogin(request.source.login, env, ctx) : request.source;
  const result = await seedStream(ctx, {
    seed: source,
    force: request.force,
    lockTimeoutMs: request.lockTimeoutMs,
  });
  return { ...result, origin: source.origin };
}

async function deviceLogin(
  request: DeviceLoginRequest,
  env: NodeJS.ProcessEnv,
  ctx: { readonly log: Logger; readonly secrets: RoundTripContext['secrets'] },
): Promise<SeedSource> {
  // Loaded only for --login: the device login and Codex's environment are not part of a plain seed.
  const [{ runDeviceLogin }, { buildCodexEnv }, { resolveCodex }] = await Promise.all([
    import('../codex/device-login.js'),
    import('../codex/codex-env.js'),
    import('../codex/resolve-codex.js'),
  ]);
  const codexPath = await resolveCodex(request.codex, env);
  // The private home is set by runDeviceLogin; this only drops what Codex must not see (our key, seeds, tokens).
  const codexEnv = buildCodexEnv(env, '', ctx.log);
  const configToml = await request.readConfig();
  const raw = await runDeviceLogin({
    codexPath,
    env: codexEnv,
    ...(configToml !== undefined ? { configToml } : {}),
    ...(request.issuer ? { issuer: request.issuer } : {}),
    onOutput: request.onOutput,
    timeoutMs: 16 * 60 * 1000,
  });
  ctx.secrets.add([raw]);
  return { raw, origin: 'codex login --device-auth' };
}
