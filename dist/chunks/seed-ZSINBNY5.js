#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  readConfigFileArgument,
  readSeedSource
} from "./chunk-TIRO6PLG.js";
import {
  parseStoreFlags
} from "./chunk-K7XAUVPN.js";
import {
  optionsOf
} from "./chunk-SCQZIXAE.js";
import {
  createCliContext
} from "./chunk-6CK3WCLT.js";
import "./chunk-4AH7IMLG.js";
import {
  SEED_ENV
} from "./chunk-G4TKJDY6.js";
import {
  checkLegacyStream,
  checkLegacyStreamBeforeLock,
  lockWaitNotice,
  parseSeed,
  refuseLegacyOnGitRef,
  refuseSeedBelowMark,
  releaseLock,
  writeBundle
} from "./chunk-FR7755A4.js";
import "./chunk-ZWWUJUOW.js";
import "./chunk-G3CPVCKQ.js";
import "./chunk-66ZDSCP4.js";
import "./chunk-QAFNNIV2.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-Q42TUPIE.js";
import "./chunk-I5GMXUOT.js";
import "./chunk-QSVIKI3B.js";
import "./chunk-MNXCFRYD.js";
import "./chunk-PU5KTUZ5.js";
import "./chunk-C3N67VWX.js";
import {
  resolveCodex
} from "./chunk-CTVTCGPW.js";
import "./chunk-S44WLHXD.js";
import "./chunk-RPFSE2RI.js";
import {
  secretValues
} from "./chunk-TSTBO63M.js";
import "./chunk-KQMSNF6O.js";
import "./chunk-J5IH24H5.js";
import "./chunk-67EZGFYO.js";
import "./chunk-27JTPA2S.js";
import "./chunk-LSQGGRNO.js";
import "./chunk-DOGKGVIM.js";
import "./chunk-EUK65H27.js";
import "./chunk-MGRXMJMR.js";
import "./chunk-JKYZGPF4.js";
import "./chunk-2G7TLW22.js";
import "./chunk-7S5RA6R7.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-AJPOGGCO.js";
import "./chunk-QJCFBWVG.js";
import "./chunk-LRSS5WRI.js";
import "./chunk-C5ZNOPJA.js";
import {
  StoreConflictError,
  UsageError
} from "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/roundtrip/seed-stream.ts
async function seedStream(ctx, request) {
  const bundle = parseSeed(request.seed, ctx.log, ctx.now());
  ctx.secrets.add(secretValues(bundle));
  refuseLegacyOnGitRef(ctx);
  if (!request.force) await checkLegacyStreamBeforeLock(ctx);
  const { handle } = await ctx.lock.acquire({
    owner: ctx.writer,
    timeoutMs: request.lockTimeoutMs,
    leaseMs: 6e4,
    mode: "process",
    onWait: lockWaitNotice(ctx)
  });
  try {
    const current = await ctx.store.currentGeneration();
    checkLegacyStream(ctx, current !== 0);
    if (current !== 0 && !request.force) {
      throw new StoreConflictError(
        current === null ? `stream "${ctx.stream}" already holds a copy in ${ctx.store.location} that cannot be used (${await whyUnusable(ctx)}); pass --force to replace it with this login.` : `stream "${ctx.stream}" already holds generation ${current} in ${ctx.store.location}; a seed never replaces a stored copy unless you pass --force (do so only if the stored session is dead or you mean to switch accounts).`
      );
    }
    if (current === 0 && !request.force) await refuseSeedBelowMark(ctx, request.seed.origin);
    const highWater = request.force ? await ctx.store.highWater?.().catch(() => null) ?? 0 : 0;
    const generation = await writeBundle(
      ctx,
      bundle,
      request.force ? "replace" : 0,
      Math.max(current ?? 0, highWater) + 1
    );
    if (request.force && highWater > (current ?? 0)) {
      ctx.log.warn(
        `stream "${ctx.stream}" ${current === 0 ? "held nothing" : `held generation ${current ?? "(unreadable)"}`} below its high-water mark ${highWater} (its copy had been removed, or an older one put back): seed --force replaced it, and the stream is at generation ${generation} now.`
      );
    }
    return {
      stream: ctx.stream,
      store: ctx.store.kind,
      generation,
      replaced: current === 0 ? null : current,
      fingerprint: bundle.fingerprint,
      lastRefresh: bundle.auth.last_refresh ?? null
    };
  } finally {
    await releaseLock(handle, ctx);
  }
}
async function whyUnusable(ctx) {
  try {
    await ctx.store.read();
    return "it could not be read";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// src/cli/commands/seed.ts
async function run(input, kit) {
  const options = optionsOf(input);
  const flags = parseStoreFlags(options, kit.env);
  const log = kit.logger(flags.verbose);
  const ctx = await createCliContext(flags, kit.env, log, kit.redactor);
  const seed = options.login ? await loginForSeed(options, kit, log) : await readSeedSource(
    options.authFile,
    kit.env,
    kit.redactor,
    flags.store.kind !== "github-secret",
    "--auth-file",
    log
  );
  if (!seed)
    throw new UsageError(`seed needs --auth-file FILE (for example ~/.codex/auth.json) or ${SEED_ENV}.`);
  const result = await seedStream(ctx, {
    seed,
    force: options.force === true,
    lockTimeoutMs: flags.lockTimeoutMs
  });
  if (flags.json) {
    kit.json(result);
  } else {
    kit.out(
      `stored the login from ${seed.origin} in stream "${result.stream}" (${ctx.store.location}) as generation ${result.generation}${result.replaced === null ? "" : `, replacing generation ${result.replaced}`}; fingerprint ${result.fingerprint}.
`
    );
    log.info(followUp(flags.store.kind, result.stream, options.login === true));
  }
  return 0;
}
async function loginForSeed(options, kit, log) {
  if (options.authFile)
    throw new UsageError("--login and --auth-file are mutually exclusive: sign in, or store a file.");
  const [{ runDeviceLogin }, { buildCodexEnv }] = await Promise.all([
    import("./device-login-MFBFBN52.js"),
    import("./codex-env-3LYNQKG2.js")
  ]);
  const raw = await runDeviceLogin({
    codexPath: await resolveCodex(options.codex, kit.env),
    // The private home is set by runDeviceLogin; this only drops what Codex must not see (our key, seeds, tokens).
    env: buildCodexEnv(kit.env, "", log),
    ...options.codexConfig ? { configToml: await readConfigFileArgument(options.codexConfig, "--codex-config") } : {},
    ...options.loginIssuer ? { issuer: options.loginIssuer } : {},
    onOutput: (line) => kit.io.stderr(`${kit.redactor.redact(line)}
`),
    timeoutMs: 16 * 60 * 1e3
  });
  kit.redactor.add([raw]);
  return { raw, origin: "codex login --device-auth" };
}
function followUp(store, stream, loggedIn) {
  const steps = [
    "Next: keep CODEX_AUTH_KEY in your CI secrets (e.g. `gh secret set CODEX_AUTH_KEY`); every job of this stream needs it.",
    store === "git-ref" ? "Give the workflow `permissions: contents: write` (and `actions: read`), and use store: git-ref with the same stream." : store === "github-secret" ? "The workflow needs a fine-grained token with secrets and variables write as github-token." : `Use store: ${store} with stream: ${stream} in the workflow.`,
    loggedIn ? "This login exists only in the stream now." : "Do not use this auth.json anywhere else now (another copy refreshing would kill the stream); sign in again if you need Codex on this machine."
  ];
  return steps.join(" ");
}
export {
  run
};
