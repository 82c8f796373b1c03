#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  readConfigFileArgument
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
import "./chunk-G4TKJDY6.js";
import {
  createPrivateCodexHome,
  materialiseAuth,
  readAuth,
  removeCodexHome,
  writeCodexConfig
} from "./chunk-66ZDSCP4.js";
import "./chunk-QAFNNIV2.js";
import "./chunk-HMVT4RTB.js";
import {
  buildCodexEnv
} from "./chunk-Q42TUPIE.js";
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
import {
  openEnvelope
} from "./chunk-MGRXMJMR.js";
import "./chunk-JKYZGPF4.js";
import "./chunk-2G7TLW22.js";
import "./chunk-7S5RA6R7.js";
import {
  describeHolder
} from "./chunk-VEWUXA3N.js";
import "./chunk-AJPOGGCO.js";
import "./chunk-QJCFBWVG.js";
import "./chunk-LRSS5WRI.js";
import "./chunk-C5ZNOPJA.js";
import {
  InternalError,
  LockTimeoutError
} from "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/codex/codex-logout.ts
import { spawn } from "node:child_process";
function runCodexLogout(codexPath, env, timeoutMs, onOutput) {
  return new Promise((resolve, reject) => {
    const child = spawn(codexPath, ["logout"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const forward = (chunk) => {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim() !== "") onOutput(line);
    };
    child.stdout.on("data", forward);
    child.stderr.on("data", forward);
    const timer = setTimeout(() => {
      if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

// src/ops/revoke-stream.ts
async function revokeStream(ctx, request) {
  const holder = await ctx.lock.inspect();
  if (holder && !request.force) {
    throw new LockTimeoutError(
      `stream "${ctx.stream}" is in use: its lock is held by ${describeHolder(holder)}. Wait for it, or pass --force if you know the holder is gone.`
    );
  }
  if (holder) await ctx.lock.forceRelease();
  const { handle } = await ctx.lock.acquire({
    owner: ctx.writer,
    timeoutMs: 3e4,
    leaseMs: 6e4,
    mode: "process"
  });
  try {
    const envelope = await ctx.store.read();
    let signedOut = false;
    if (envelope) {
      const bundle = await openEnvelope(envelope, ctx.stream, ctx.key, ctx.store.location);
      ctx.secrets.add(secretValues(bundle));
      const home = await createPrivateCodexHome();
      try {
        await materialiseAuth(home.dir, bundle.raw);
        if (request.codexConfig !== void 0) await writeCodexConfig(home.dir, request.codexConfig);
        const code = await runCodexLogout(
          request.codexPath,
          buildCodexEnv(request.baseEnv, home.dir, ctx.log),
          6e4,
          request.onOutput
        );
        signedOut = code === 0 && await readAuth(home.dir) === null;
        if (!signedOut) {
          throw new InternalError(
            `codex logout exited with ${code} and the session may still be active; the stream was left in place. Try again, or sign the session out at chatgpt.com (Settings > Security) and then run revoke --force.`
          );
        }
      } finally {
        await removeCodexHome(home.dir);
      }
    }
    await ctx.store.remove();
    return {
      stream: ctx.stream,
      store: ctx.store.kind,
      signedOut,
      removed: true,
      generation: envelope?.generation ?? null
    };
  } finally {
    await handle.release().catch(() => false);
  }
}

// src/cli/commands/revoke.ts
async function run(input, kit) {
  const options = optionsOf(input);
  const flags = parseStoreFlags(options, kit.env);
  const log = kit.logger(flags.verbose);
  const ctx = await createCliContext(flags, kit.env, log, kit.redactor);
  const result = await revokeStream(ctx, {
    codexPath: await resolveCodex(options.codex, kit.env),
    codexConfig: options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0,
    baseEnv: kit.env,
    force: options.force === true,
    onOutput: (line) => log.debug(line)
  });
  if (flags.json) kit.json(result);
  else
    kit.out(
      `stream "${result.stream}" disconnected: ${result.signedOut ? "its session was signed out at OpenAI (the refresh token is revoked)" : "it held no login"}, and it was removed from ${ctx.store.location} with its lock.
`
    );
  return 0;
}
export {
  run
};
