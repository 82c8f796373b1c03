#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  buildCodexEnv
} from "./chunk-Q42TUPIE.js";
import {
  describeHolder
} from "./chunk-VEWUXA3N.js";
import {
  createPrivateCodexHome,
  materialiseAuth,
  readAuth,
  removeCodexHome,
  writeCodexConfig
} from "./chunk-66ZDSCP4.js";
import {
  secretValues
} from "./chunk-4YZFDFZ3.js";
import {
  openEnvelope
} from "./chunk-JLPINNX3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-EUK65H27.js";
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
export {
  revokeStream
};
