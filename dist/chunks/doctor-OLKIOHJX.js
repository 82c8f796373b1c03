#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  sealRequestFrom
} from "./chunk-2CCBNDAN.js";
import {
  readConfigFileArgument
} from "./chunk-TIRO6PLG.js";
import {
  parseStoreFlags
} from "./chunk-K7XAUVPN.js";
import {
  optionsOf
} from "./chunk-SCQZIXAE.js";
import "./chunk-4AH7IMLG.js";
import "./chunk-G4TKJDY6.js";
import {
  MIN_SEALED_CODEX,
  bwrapPath,
  namespaceFixSteps,
  probeSeal,
  sealConfig
} from "./chunk-ZWWUJUOW.js";
import {
  inspectBundle
} from "./chunk-G3CPVCKQ.js";
import {
  createPrivateCodexHome,
  removeCodexHome,
  writeCodexConfig
} from "./chunk-66ZDSCP4.js";
import "./chunk-QAFNNIV2.js";
import "./chunk-HMVT4RTB.js";
import {
  buildCodexEnv
} from "./chunk-Q42TUPIE.js";
import {
  describeWriter
} from "./chunk-QSVIKI3B.js";
import {
  parseKey
} from "./chunk-MNXCFRYD.js";
import "./chunk-PU5KTUZ5.js";
import {
  readCodexVersion,
  resolveCodex
} from "./chunk-CTVTCGPW.js";
import {
  createBackends
} from "./chunk-S44WLHXD.js";
import "./chunk-RPFSE2RI.js";
import "./chunk-TSTBO63M.js";
import "./chunk-KQMSNF6O.js";
import "./chunk-J5IH24H5.js";
import "./chunk-67EZGFYO.js";
import "./chunk-27JTPA2S.js";
import {
  EmptyRepositoryError
} from "./chunk-LSQGGRNO.js";
import "./chunk-DOGKGVIM.js";
import {
  writePrivateFileAtomic
} from "./chunk-EUK65H27.js";
import {
  openEnvelope
} from "./chunk-MGRXMJMR.js";
import "./chunk-JKYZGPF4.js";
import "./chunk-2G7TLW22.js";
import "./chunk-7S5RA6R7.js";
import {
  describeHolder
} from "./chunk-VEWUXA3N.js";
import {
  KEY_ENV
} from "./chunk-AJPOGGCO.js";
import {
  VERIFIED_CODEX_VERSIONS
} from "./chunk-QJCFBWVG.js";
import "./chunk-LRSS5WRI.js";
import "./chunk-C5ZNOPJA.js";
import {
  asCodexAuthError
} from "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/ops/seal-self-test.ts
import { randomBytes } from "node:crypto";

// src/core/logger.ts
var silentLogger = { info() {
}, warn() {
}, debug() {
} };

// src/ops/seal-self-test.ts
import path from "node:path";
var NAMES = {
  sandbox: "sandbox",
  codexArgs: "codex arguments",
  codexConfig: "codex config",
  optIn: "opt-in",
  fixNamespaces: "fix-sandbox",
  codexVersion: "codex version"
};
async function sealSelfTest(codexPath, env) {
  const home = await createPrivateCodexHome(void 0, env);
  try {
    const canary = `codex-auth-canary-${randomBytes(16).toString("hex")}`;
    await writePrivateFileAtomic(path.join(home.dir, "auth.json"), JSON.stringify({ canary }));
    const config = sealConfig(
      void 0,
      { mode: "workspace-write", network: false, args: [] },
      [home.sealRoot],
      NAMES
    );
    await writeCodexConfig(home.dir, config.toml);
    return await probeSeal({
      codexPath,
      env: buildCodexEnv(env, home.dir, silentLogger),
      cwd: process.cwd(),
      deniedPaths: [home.sealRoot],
      network: false,
      containsSecret: (text) => text.includes(canary)
    });
  } finally {
    await removeCodexHome(home.dir).catch(() => void 0);
  }
}
async function sealFinding(codexPath, env) {
  const seal = await sealSelfTest(codexPath, env);
  if (seal.ok) {
    return {
      ok: true,
      detail: `the agent's commands run in Codex's sandbox and cannot read the private CODEX_HOME (probe ${seal.ms} ms; Codex ${seal.codexVersion ?? "?"}, sealing needs ${MIN_SEALED_CODEX} or later)`,
      fix: null
    };
  }
  return {
    ok: false,
    detail: seal.failure?.detail ?? "the seal probe failed",
    fix: sealFix(seal, codexPath)
  };
}
function sealFix(seal, codexPath) {
  switch (seal.failure?.kind) {
    case "old-codex":
      return `install @openai/codex ${MIN_SEALED_CODEX} or later (verified: ${VERIFIED_CODEX_VERSIONS.join(", ")})`;
    case "no-namespaces":
      return namespaceFixSteps(bwrapPath(codexPath)).split("\n").slice(1).join(" ");
    case "no-commands":
      return "check that `codex sandbox -- echo ok` works here";
    default:
      return "pin a verified Codex version; runs refuse to start until the probe passes";
  }
}

// src/ops/doctor.ts
async function diagnose(input) {
  const findings = [];
  const add = (check, verdict, detail, fix = null) => findings.push({ check, verdict, detail, fix });
  let codex = null;
  try {
    codex = await resolveCodex(input.codexPath, input.env);
    const version = await readCodexVersion(codex, input.env);
    if (version && VERIFIED_CODEX_VERSIONS.includes(version))
      add("codex", "ok", `${codex} is ${version}, a verified version`);
    else
      add(
        "codex",
        "warn",
        `${codex} is ${version ?? "of an unknown version"}; this release was verified with ${VERIFIED_CODEX_VERSIONS.join(", ")}`,
        `install a verified version (npm install -g @openai/codex@${VERIFIED_CODEX_VERSIONS.at(-1)}) or check the release notes for auth changes`
      );
  } catch (error) {
    add("codex", "fail", asCodexAuthError(error).message, "install Codex or pass --codex PATH");
  }
  if (codex === null)
    add("sealed", "fail", "no Codex to probe the sandbox with", "install Codex or pass --codex PATH");
  else {
    const seal = await sealFinding(codex, input.env);
    add("sealed", seal.ok ? "ok" : "fail", seal.detail, seal.fix);
  }
  let key = null;
  try {
    key = parseKey(input.env[KEY_ENV]);
    add("key", "ok", `${KEY_ENV} is well-formed (key id ${key.id})`);
  } catch (error) {
    add(
      "key",
      "fail",
      asCodexAuthError(error).message,
      "create one with `codex-auth keygen` and keep it in your secret store"
    );
  }
  let envelope = null;
  let storeReadable = false;
  try {
    envelope = await input.store.read();
    storeReadable = true;
    if (envelope) {
      add(
        "store",
        "ok",
        `${input.store.location} holds generation ${envelope.generation}, written ${envelope.writtenAt} by ${envelope.writer}`
      );
    } else {
      add(
        "store",
        "warn",
        `${input.store.location} holds nothing for stream "${input.stream}"`,
        `seed it: codex-auth seed --stream ${input.stream} --auth-file ~/.codex/auth.json`
      );
    }
  } catch (error) {
    const failure = asCodexAuthError(error);
    add(
      "store",
      "fail",
      failure.message,
      failure instanceof EmptyRepositoryError ? failure.fix : failure.exitCode === 6 ? "reseed the stream (codex-auth seed --force)" : "see the message"
    );
  }
  try {
    const holder = await input.lock.inspect();
    if (holder) {
      add(
        "lock",
        "warn",
        `held by ${describeHolder(holder)}`,
        "a job is running, or its holder died: it is recovered by itself once the holder is gone; `codex-auth unlock --force` if you know it is"
      );
    } else {
      const { handle } = await input.lock.acquire({
        owner: `${input.owner} (codex-auth doctor)`,
        timeoutMs: 5e3,
        leaseMs: 6e4,
        mode: "process"
      });
      await handle.release();
      add("lock", "ok", `free, and this token can take it (${input.lock.kind})`);
    }
  } catch (error) {
    const failure = asCodexAuthError(error);
    add(
      "lock",
      "fail",
      failure.message,
      failure instanceof EmptyRepositoryError ? failure.fix : "fix the permission named above before any job runs"
    );
  }
  if (envelope && key && storeReadable) {
    try {
      const bundle = await openEnvelope(envelope, input.stream, key, input.store.location);
      const report = inspectBundle(bundle, /* @__PURE__ */ new Date());
      const next = report.nextRefresh;
      const when = next.reason === null ? "no proactive refresh" : `${next.due ? "due now" : next.at} (${next.reason})`;
      add(
        "bundle",
        report.problems.length > 0 ? "warn" : "ok",
        `${report.kind} login of ${report.email ?? "an unknown account"} (plan ${report.plan ?? "-"}), last refresh ${report.lastRefresh ?? "-"}, next refresh ${when}${report.problems.length ? `; ${report.problems.join("; ")}` : ""}`,
        report.problems.length ? "reseed the stream from a fresh login" : null
      );
    } catch (error) {
      const failure = asCodexAuthError(error);
      add(
        "bundle",
        "fail",
        failure.message,
        failure.exitCode === 6 ? "use the key the stream was seeded with, or reseed" : "reseed the stream"
      );
    }
  }
  if (input.probe && key && envelope) {
    const row = await input.probe();
    if (row.healthy) {
      add(
        "session",
        "ok",
        `a Codex call succeeded${row.refreshed ? " and refreshed the login (persisted)" : ""}; generation ${row.generation}`
      );
    } else {
      add(
        "session",
        "fail",
        row.problem ?? "the Codex call failed",
        row.reseedNeeded ? "the session is dead: sign in again and reseed (codex-auth seed --login --force)" : "see the message"
      );
    }
  }
  return findings;
}

// src/cli/commands/doctor.ts
async function run(input, kit) {
  const options = optionsOf(input);
  const flags = parseStoreFlags(options, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const log = kit.logger(flags.verbose);
  const { store, lock } = await createBackends(flags.store, flags.lock, kit.env, log);
  const findings = await diagnose({
    stream: flags.store.stream,
    store,
    lock,
    codexPath: options.codex,
    env: kit.env,
    owner: describeWriter(kit.env),
    probe: options.probe ? () => probeStream(options, flags, kit, log) : void 0
  });
  const failed = findings.some((finding) => finding.verdict === "fail");
  if (flags.json) kit.json({ stream: flags.store.stream, store: store.kind, healthy: !failed, findings });
  else kit.out(findings.map(formatFinding).join("\n") + "\n");
  return failed ? 1 : 0;
}
function formatFinding(finding) {
  const head = `${finding.verdict.padEnd(4)} ${finding.check}: ${finding.detail}`;
  return finding.fix ? `${head}
     fix: ${finding.fix}` : head;
}
async function probeStream(options, flags, kit, log) {
  const [{ keepFresh }, { createCliContext }] = await Promise.all([
    import("./keep-fresh-BM2X52Q4.js"),
    import("./cli-context-E7IMPILE.js")
  ]);
  const [row] = await keepFresh([await createCliContext(flags, kit.env, log, kit.redactor)], {
    codexPath: await resolveCodex(options.codex, kit.env),
    codexConfig: options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0,
    baseEnv: kit.env,
    lockTimeoutMs: flags.lockTimeoutMs,
    onOutput: (line) => log.debug(line),
    seal: sealRequestFrom(options)
  });
  if (!row) throw new Error("keep-fresh returned no row");
  return row;
}
export {
  run
};
