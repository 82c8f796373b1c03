#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  Command,
  CommanderError,
  Option,
  SEED_ENV,
  addLaneOptions,
  addStoreOptions,
  createKit,
  parseSeconds,
  parseStoreFlags,
  planLanes,
  printResult,
  processIo,
  readAuthFileArgument,
  readConfigFileArgument,
  readSeedSource
} from "./chunks/chunk-62TV26KF.js";
import {
  describeNextRefresh
} from "./chunks/chunk-RUIPKGJZ.js";
import {
  describePlanUsage
} from "./chunks/chunk-YZ6XO2XS.js";
import {
  DEFAULT_RESTORE_LEASE_MS,
  describeHolder
} from "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-TPJRLEMN.js";
import "./chunks/chunk-OIVYCDER.js";
import {
  describeWriter
} from "./chunks/chunk-QSVIKI3B.js";
import {
  parseStreamName
} from "./chunks/chunk-7S5RA6R7.js";
import {
  sandboxMode
} from "./chunks/chunk-OTHGSV5L.js";
import {
  normalizeSeedText
} from "./chunks/chunk-PU5KTUZ5.js";
import {
  VERIFIED_CODEX_VERSIONS,
  resolveCodex
} from "./chunks/chunk-342JZ6O6.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-FP6FQLO4.js";
import {
  currentWorkflowRun
} from "./chunks/chunk-RPFSE2RI.js";
import {
  KEY_ENV
} from "./chunks/chunk-AJPOGGCO.js";
import "./chunks/chunk-J5IH24H5.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-27JTPA2S.js";
import "./chunks/chunk-C5ZNOPJA.js";
import "./chunks/chunk-LSQGGRNO.js";
import "./chunks/chunk-EUK65H27.js";
import {
  ExitCode,
  UsageError,
  asCodexAuthError
} from "./chunks/chunk-HPAV43AD.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/cli/seal-options.ts
var CLI_SEAL_NAMES = {
  sandbox: "--sandbox in the codex arguments",
  codexArgs: "the codex arguments",
  codexConfig: "--codex-config",
  optIn: "--allow-agent-to-read-credentials",
  fixNamespaces: "--fix-sandbox",
  codexVersion: "install a newer @openai/codex, or pass --codex"
};
function addSealOptions(command) {
  return command.option(
    "--allow-agent-to-read-credentials",
    "allow danger-full-access or network access, which let the agent's commands read the ChatGPT login, the key and every token this job holds"
  ).option(
    "--no-fix-sandbox",
    "do not set up user namespaces with sudo when the sandbox cannot start (Ubuntu 24.04 AppArmor)"
  );
}
function sealRequestFrom(options) {
  return {
    names: CLI_SEAL_NAMES,
    allowUnsealed: options.allowAgentToReadCredentials === true,
    fixNamespaces: options.fixSandbox !== false
  };
}

// src/cli/commands/doctor.ts
function registerDoctor(program, kit, setExit) {
  const command = program.command("doctor").summary("check everything a stream needs and say how to fix what is wrong").description(
    "Checks the Codex version against the versions this release was verified with, the key, the store (reachable, what it holds), the lock (free and takeable with this token, or who holds it) and the stored login (opens with the key, next refresh). Each line is ok, warn or fail with the fix; exit 1 when anything fails."
  ).option("--codex <path>", "the codex executable (default: codex on PATH)").option(
    "--probe",
    "also run one keep-fresh Codex call, the only way to tell whether the session itself is alive"
  ).option("--codex-config <file>", "with --probe: config.toml for the private CODEX_HOME");
  addSealOptions(addStoreOptions(command)).action(async (options) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      if (flags.store.github) kit.redactor.add([flags.store.github.token]);
      const log = kit.logger(flags.verbose);
      const [{ createBackends }, { diagnose }] = await Promise.all([
        import("./chunks/backends-RDKD7GA7.js"),
        import("./chunks/doctor-MJR2FOTT.js")
      ]);
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
      if (json) kit.json({ stream: flags.store.stream, store: store.kind, healthy: !failed, findings });
      else kit.out(findings.map(formatFinding).join("\n") + "\n");
      setExit(failed ? 1 : 0);
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}
function formatFinding(finding) {
  const head = `${finding.verdict.padEnd(4)} ${finding.check}: ${finding.detail}`;
  return finding.fix ? `${head}
     fix: ${finding.fix}` : head;
}
async function probeStream(options, flags, kit, log) {
  const [{ keepFresh }, { createCliContext }] = await Promise.all([
    import("./chunks/keep-fresh-GVXF7H6A.js"),
    import("./chunks/cli-context-QNWVQXZQ.js")
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

// src/cli/commands/history.ts
function registerHistory(program, kit, setExit) {
  const command = program.command("history").summary("list the stream's writes, newest first: generation, time, writer, why, fingerprint").description(
    "Who wrote the stream, when and why (seed, refresh, reseed). git-ref: the commit chain of the stream's ref; file: the stream's bounded audit log; other stores keep only the current copy, and the output says so. Reads metadata only: needs no key, decrypts nothing."
  ).option("--limit <n>", "at most this many writes", "50");
  addStoreOptions(command, false).action(async (options) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags({ ...options, lockTimeout: "0" }, kit.env);
      if (flags.store.github) kit.redactor.add([flags.store.github.token]);
      const limit = Math.floor(parseSeconds(options.limit, "--limit", 1, 1e4));
      const { createBackends } = await import("./chunks/backends-RDKD7GA7.js");
      const { store } = await createBackends(flags.store, flags.lock, kit.env, kit.logger(flags.verbose));
      const { readStreamHistory } = await import("./chunks/stream-history-3UTBEDEE.js");
      const history = await readStreamHistory(flags.store, store, limit);
      if (json) {
        kit.json(history);
      } else {
        const lines = [
          `stream ${history.stream} (${history.store}): ${history.entries.length} write(s), newest first`,
          ...history.entries.map(
            (entry) => `  generation ${entry.generation}  ${entry.writtenAt}  ${entry.why.padEnd(7)}  ${entry.fingerprint}  ${entry.writer}`
          ),
          ...history.note ? [`note: ${history.note}`] : []
        ];
        kit.out(`${lines.join("\n")}
`);
      }
      setExit(0);
    } catch (error) {
      setExit(kit.fail(asCodexAuthError(error), json));
    }
  });
}

// src/cli/commands/inspect.ts
import os from "node:os";
import path from "node:path";
function registerInspect(program, kit, setExit) {
  program.command("inspect").summary("validate an auth.json and tell when Codex will refresh it").description(
    "Checks an auth.json exactly as Codex reads it and prints its kind, account, plan, redacted email, last refresh, access-token expiry, when and why Codex will refresh next, and its fingerprint. Prints no token."
  ).option("--auth-file <file>", "the auth.json to inspect").option("--codex-home <dir>", "inspect DIR/auth.json (default: $CODEX_HOME, else ~/.codex)").option("--json", "print one JSON object on stdout").action(async (options) => {
    const json = options.json === true;
    try {
      const file = options.authFile ?? path.join(
        options.codexHome ?? kit.env.CODEX_HOME ?? path.join(os.homedir(), ".codex"),
        "auth.json"
      );
      const flag = options.authFile ? "--auth-file" : options.codexHome ? "the auth.json of --codex-home" : kit.env.CODEX_HOME ? "the auth.json of CODEX_HOME" : "the default auth.json";
      const raw = await readAuthFileArgument(file, flag);
      const [{ parseBundle, secretValues }, { inspectBundle }] = await Promise.all([
        import("./chunks/bundle-KYDJL7AA.js"),
        import("./chunks/inspect-QSBJYU4N.js")
      ]);
      const bundle = parseBundle(
        normalizeSeedText(raw, file, "pass --auth-file with the auth.json itself").text,
        file
      );
      kit.redactor.add(secretValues(bundle));
      const report = inspectBundle(bundle, /* @__PURE__ */ new Date());
      if (json) kit.json(report);
      else kit.out(formatReport(file, report));
      setExit(0);
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}
function formatReport(file, report) {
  const next = report.nextRefresh;
  const nextText = next.reason === null ? "no proactive refresh (Codex refreshes only after a 401)" : `${next.due ? "due now" : next.at} (${next.reason})`;
  const lines = [
    `file:                 ${file}`,
    `kind:                 ${report.kind} (auth_mode ${report.authMode})`,
    `account:              ${report.accountId ?? "-"}`,
    `plan:                 ${report.plan ?? "-"}`,
    `email:                ${report.email ?? "-"}`,
    `last refresh:         ${report.lastRefresh ?? "-"}${report.lastRefreshAgeDays === null ? "" : ` (${report.lastRefreshAgeDays} days ago)`}`,
    `access token expires: ${report.accessTokenExpiresAt ?? "not a JWT with exp"}`,
    `next refresh:         ${nextText}`,
    `fingerprint:          ${report.fingerprint}`,
    ...report.problems.map((problem) => `problem:              ${problem}`)
  ];
  return `${lines.join("\n")}
`;
}

// src/cli/commands/keep-fresh.ts
function registerKeepFresh(program, kit, setExit) {
  const command = program.command("keep-fresh").summary("refresh and check every stream with the cheapest Codex call (for a scheduled job)").description(
    "For each stream: takes its lock, runs Codex with a read-only, minimal call (Codex refreshes the login when due), persists what changed, and reports generation, last refresh, access-token expiry, next refresh, last writer, plan usage and health (a usage-limited stream is healthy: its login works). Exit 3 when a stream needs a reseed."
  ).requiredOption("--streams <names>", "comma-separated stream names").option("--codex <path>", "the codex executable (default: codex on PATH)").option("--codex-config <file>", "config.toml for the private CODEX_HOME").option(
    "--alert",
    "open (or update) one GitHub issue per stream that needs a reseed, close it when healthy (--repo, GITHUB_TOKEN with issues: write)"
  );
  addSealOptions(addStoreOptions(command)).action(async (options) => {
    const json = options.json === true;
    try {
      const streams = options.streams.split(",").map((name) => parseStreamName(name.trim())).filter(Boolean);
      if (streams.length === 0) throw new UsageError("--streams needs at least one stream name.");
      const log = kit.logger(options.verbose === true);
      const [{ createCliContext }, { keepFresh }] = await Promise.all([
        import("./chunks/cli-context-QNWVQXZQ.js"),
        import("./chunks/keep-fresh-GVXF7H6A.js")
      ]);
      const contexts = await Promise.all(
        streams.map(
          (stream) => createCliContext(parseStoreFlags({ ...options, stream }, kit.env), kit.env, log, kit.redactor)
        )
      );
      const rows = await keepFresh(contexts, {
        codexPath: await resolveCodex(options.codex, kit.env),
        codexConfig: options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0,
        baseEnv: kit.env,
        lockTimeoutMs: parseStoreFlags(options, kit.env).lockTimeoutMs,
        onOutput: (line) => log.debug(line),
        seal: sealRequestFrom(options)
      });
      const alerts = options.alert ? await sendAlerts(rows, options, kit) : [];
      if (json) kit.json({ streams: rows, alerts, healthy: rows.every((row) => row.healthy) });
      else
        kit.out(
          formatRows(rows) + alerts.map((alert) => `alert ${alert.stream}: ${describeAlert(alert)}
`).join("")
        );
      setExit(rows.every((row) => row.healthy) ? 0 : Math.max(...rows.map((row) => row.exitCode)));
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}
function formatRows(rows) {
  const lines = rows.map((row) => {
    const state = row.healthy ? row.refreshed ? "refreshed" : "fresh" : row.reseedNeeded ? "RESEED NEEDED" : "FAILED";
    return [
      `${row.stream}: ${state}`,
      `  generation ${row.generation ?? "-"}, last refresh ${row.lastRefresh ?? "-"}, access token expires ${row.accessTokenExpiresAt ?? "-"}`,
      `  next refresh ${describeNextRefresh(row) || "-"}; last writer ${row.lastWriter ?? "-"}`,
      `  plan usage: ${row.usageLimited ? `usage limit reached, resets ${row.resetsAt ?? "-"}; ` : ""}${describePlanUsage(row.planUsage)}`,
      ...row.problem ? [`  problem: ${row.problem}`] : []
    ].join("\n");
  });
  return `${lines.join("\n")}
`;
}
async function sendAlerts(rows, options, kit) {
  const target = parseStoreFlags({ ...options, store: "git-ref", lock: "none" }, kit.env).store.github;
  if (!target) throw new UsageError("--alert needs --repo OWNER/NAME and GITHUB_TOKEN.");
  kit.redactor.add([target.token]);
  const [{ createOctokit }, { syncAlert }] = await Promise.all([
    import("./chunks/octokit-OPGEB4EX.js"),
    import("./chunks/alerts-N5CCH6ID.js")
  ]);
  const client = createOctokit({ token: target.token, baseUrl: target.apiUrl });
  const outcomes = [];
  for (const row of rows) {
    outcomes.push(
      await syncAlert(client, target.repository, row, {
        runUrl: currentWorkflowRun(kit.env)?.url ?? null,
        reseedCommand: `codex-auth seed --force --store ${options.store} --stream ${row.stream} --auth-file ~/.codex/auth.json`,
        now: /* @__PURE__ */ new Date()
      })
    );
  }
  return outcomes;
}
function describeAlert(alert) {
  if (alert.action === "no-permission") return alert.message;
  if (alert.action === "none")
    return alert.issue ? `issue #${alert.issue} left as it is` : "nothing to report";
  return `issue #${alert.issue} ${alert.action} (${alert.url})`;
}

// src/cli/commands/revoke.ts
function registerRevoke(program, kit, setExit) {
  const command = program.command("revoke").summary("disconnect a stream: sign its session out at OpenAI and remove it and its lock from the store").description(
    "Signs the stream's ChatGPT session out with Codex's own logout (which revokes the refresh token), then removes the stream and its lock from the store. Refuses while the lock is held unless --force."
  ).option("--force", "take the stream even while its lock is held (the holder is known to be gone)").option("--codex <path>", "the codex executable (default: codex on PATH)").option("--codex-config <file>", "config.toml for the private CODEX_HOME");
  addStoreOptions(command).action(async (options) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      const log = kit.logger(flags.verbose);
      const [{ createCliContext }, { revokeStream }] = await Promise.all([
        import("./chunks/cli-context-QNWVQXZQ.js"),
        import("./chunks/revoke-stream-S67JVUOL.js")
      ]);
      const ctx = await createCliContext(flags, kit.env, log, kit.redactor);
      const result = await revokeStream(ctx, {
        codexPath: await resolveCodex(options.codex, kit.env),
        codexConfig: options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0,
        baseEnv: kit.env,
        force: options.force === true,
        onOutput: (line) => log.debug(line)
      });
      if (json) kit.json(result);
      else
        kit.out(
          `stream "${result.stream}" disconnected: ${result.signedOut ? "its session was signed out at OpenAI (the refresh token is revoked)" : "it held no login"}, and it was removed from ${ctx.store.location} with its lock.
`
        );
      setExit(0);
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}

// src/cli/commands/keygen.ts
function registerKeygen(program, kit, setExit) {
  program.command("keygen").summary(`print a new envelope key for ${KEY_ENV}`).description(
    `Prints a new random 32-byte key, standard base64, on stdout. Store it as the secret ${KEY_ENV} (for example \`gh secret set ${KEY_ENV}\`) and give it to every job of the stream; it is never stored by codex-auth.`
  ).action(async () => {
    const { generateKey } = await import("./chunks/key-CDYGXO6C.js");
    kit.io.stdout(`${generateKey()}
`);
    setExit(0);
  });
}

// src/cli/commands/persist.ts
function registerPersist(program, kit, setExit) {
  const command = program.command("persist").summary("write back what Codex refreshed, release the lock, remove auth.json (second half of run)").description(
    "Reads auth.json from the CODEX_HOME that `codex-auth restore` prepared, stores it (encrypted) if Codex refreshed it, releases the lock and removes the plaintext. Run it even when your Codex step failed."
  ).requiredOption("--codex-home <dir>", "the directory given to restore");
  addStoreOptions(command).action(async (options) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      const [{ createCliContext }, { persistStream }] = await Promise.all([
        import("./chunks/cli-context-QNWVQXZQ.js"),
        import("./chunks/split-round-trip-KTNR4LSM.js")
      ]);
      const ctx = await createCliContext(flags, kit.env, kit.logger(flags.verbose), kit.redactor);
      setExit(printResult(kit, await persistStream(ctx, options.codexHome), json, "persisted"));
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}

// src/cli/commands/restore.ts
function registerRestore(program, kit, setExit) {
  const command = program.command("restore").summary("take the lock and write the stream's auth.json into CODEX_HOME (first half of run)").description(
    "For users who run Codex themselves: takes the stream lock as a lease that outlives this process, writes auth.json (0600) into --codex-home, and leaves both for `codex-auth persist --codex-home DIR`. Export CODEX_HOME=DIR for your Codex step."
  ).requiredOption("--codex-home <dir>", "empty or absent directory to use as CODEX_HOME").option(
    "--seed-file <file>",
    "auth.json to store if the stream holds nothing yet (or set CODEX_AUTH_JSON)"
  ).option("--codex-config <file>", "config.toml to copy into CODEX_HOME").option("--codex <path>", "the codex your step will run, for the seal probe (default: codex on PATH)").option(
    "--sandbox <mode>",
    "the permission profile's base for your own codex exec: read-only or workspace-write",
    "workspace-write"
  ).option(
    "--lease <seconds>",
    "how long the lock outlives this process if persist never comes",
    String(DEFAULT_RESTORE_LEASE_MS / 1e3)
  );
  addSealOptions(addStoreOptions(command)).action(async (options) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      const leaseMs = parseSeconds(options.lease, "--lease", 60, 7 * 86400) * 1e3;
      const [{ createCliContext }, { restoreStream }] = await Promise.all([
        import("./chunks/cli-context-QNWVQXZQ.js"),
        import("./chunks/split-round-trip-KTNR4LSM.js")
      ]);
      const ctx = await createCliContext(flags, kit.env, kit.logger(flags.verbose), kit.redactor);
      const seed = await readSeedSource(
        options.seedFile,
        kit.env,
        kit.redactor,
        flags.store.kind !== "github-secret",
        "--seed-file",
        ctx.log
      );
      const codexConfig = options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0;
      const result = await restoreStream(ctx, {
        seed,
        codexHome: options.codexHome,
        codexConfig,
        lockTimeoutMs: flags.lockTimeoutMs,
        leaseMs,
        seal: { ...sealRequestFrom(options), sandbox: sandboxMode(options.sandbox, "--sandbox") },
        // Without a codex to probe with, the profile is still written (and the output says it was not probed).
        codexPath: await resolveCodex(options.codex, kit.env).catch(() => void 0),
        baseEnv: kit.env
      });
      setExit(printResult(kit, result, json, "restored"));
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}

// src/cli/commands/run.ts
function registerRun(program, kit, setExit) {
  const command = program.command("run").summary("restore the stream, run codex exec, persist what Codex refreshed").description(
    "Takes the stream lock, restores auth.json into a private CODEX_HOME, runs `codex exec --json <args>`, writes every refreshed login back (encrypted) the moment Codex writes it, then unlocks and removes the plaintext. Arguments after -- go to `codex exec` unchanged."
  ).argument("[codex-args...]", "arguments for codex exec (after --)").option(
    "--seed-file <file>",
    "auth.json to store if the stream holds nothing yet (or set CODEX_AUTH_JSON)"
  ).option("--codex <path>", "the codex executable (default: codex on PATH)").option("--codex-home <dir>", "use this empty directory as CODEX_HOME (default: a private temp dir)").option("--codex-config <file>", "config.toml to copy into the private CODEX_HOME");
  addSealOptions(addStoreOptions(addLaneOptions(command))).action(
    async (codexArgs, options) => {
      setExit(await run(kit, codexArgs, options));
    }
  );
}
async function run(kit, codexArgs, options) {
  const json = options.json === true;
  try {
    const flags = parseStoreFlags(options, kit.env);
    const log = kit.logger(flags.verbose);
    const plan = planLanes(options, flags, kit.env);
    const seed = await readSeedSource(
      options.seedFile,
      kit.env,
      kit.redactor,
      flags.store.kind !== "github-secret",
      "--seed-file",
      log
    );
    const codexPath = await resolveCodex(options.codex, kit.env);
    const codexConfig = options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0;
    const [{ runCliLanes, printLanesResult }, { describeEvent }] = await Promise.all([
      import("./chunks/run-lanes-RKOM4KAF.js"),
      import("./chunks/codex-progress-TVADQIAX.js")
    ]);
    const lanes = await runCliLanes(kit, options, plan, flags, log, {
      seed,
      codexPath,
      codexArgs,
      codexHome: options.codexHome,
      codexConfig,
      seal: sealRequestFrom(options),
      onEvent: (event) => {
        const line = describeEvent(event);
        if (line) kit.io.stderr(`${kit.redactor.redact(line)}
`);
      },
      onOutput: (line) => kit.io.stderr(`${kit.redactor.redact(line)}
`)
    });
    return printLanesResult(kit, lanes, plan, json);
  } catch (error) {
    return kit.fail(error, json);
  }
}

// src/cli/commands/seed.ts
function registerSeed(program, kit, setExit) {
  const command = program.command("seed").summary("store a fresh login as the stream's first copy").description(
    `Validates a fresh auth.json (from \`codex login\` on a trusted machine) and stores it encrypted as the stream's copy. Refuses to replace a stored copy unless --force. The login may also come from ${SEED_ENV}.`
  ).option("--auth-file <file>", `the auth.json to store (or set ${SEED_ENV})`).option("--force", "replace the stored copy (only when it is dead or you switch accounts)").option(
    "--login",
    "sign in first with `codex login --device-auth` in a throw-away CODEX_HOME (your ~/.codex is untouched)"
  ).option("--codex <path>", "with --login: the codex executable (default: codex on PATH)").option("--codex-config <file>", "with --login: config.toml for the throw-away CODEX_HOME").addOption(
    new Option("--login-issuer <url>", "with --login: the OAuth issuer (testing only)").hideHelp()
  );
  addStoreOptions(command).action(async (options) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      const log = kit.logger(flags.verbose);
      const [{ createCliContext }, { seedStream }] = await Promise.all([
        import("./chunks/cli-context-QNWVQXZQ.js"),
        import("./chunks/seed-stream-3YY6BQNF.js")
      ]);
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
      if (json) {
        kit.json(result);
      } else {
        kit.out(
          `stored the login from ${seed.origin} in stream "${result.stream}" (${ctx.store.location}) as generation ${result.generation}${result.replaced === null ? "" : `, replacing generation ${result.replaced}`}; fingerprint ${result.fingerprint}.
`
        );
        log.info(followUp(flags.store.kind, result.stream, options.login === true));
      }
      setExit(0);
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}
async function loginForSeed(options, kit, log) {
  if (options.authFile)
    throw new UsageError("--login and --auth-file are mutually exclusive: sign in, or store a file.");
  const [{ runDeviceLogin }, { buildCodexEnv }] = await Promise.all([
    import("./chunks/device-login-RK4V5SGP.js"),
    import("./chunks/codex-env-3LYNQKG2.js")
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

// src/cli/commands/status.ts
function registerStatus(program, kit, setExit) {
  const command = program.command("status").summary("show the stored envelope's metadata and the lock holder, without the key").description(
    "Reads the metadata of the stream's envelope (generation, written at, writer, last refresh, fingerprint) and the lock holder. Needs no key and decrypts nothing. An empty stream is not an error."
  );
  addStoreOptions(command).action(async (options) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      if (flags.store.github) kit.redactor.add([flags.store.github.token]);
      const { createBackends } = await import("./chunks/backends-RDKD7GA7.js");
      const { store, lock } = await createBackends(
        flags.store,
        flags.lock,
        kit.env,
        kit.logger(flags.verbose)
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
        lock: { kind: flags.lock, held: holder !== null, holder }
      };
      if (json) {
        kit.json(status);
      } else {
        const lines = [
          `stream:       ${status.stream} (${status.store}: ${status.location})`,
          status.exists ? `generation:   ${status.generation}, written ${status.writtenAt} by ${status.writer}` : "generation:   none (the stream holds nothing; seed it with `codex-auth seed`)",
          ...status.exists ? [
            `last refresh: ${status.lastRefresh ?? "-"}`,
            `fingerprint:  ${status.fingerprint} (key id ${status.keyId})`
          ] : [],
          holder ? `lock:         held by ${holder.owner} (host ${holder.host}, ${holder.pid === null ? "lease" : `pid ${holder.pid}`}, since ${holder.acquiredAt}, until ${holder.expiresAt})` : `lock:         free (${flags.lock})`
        ];
        kit.out(`${lines.join("\n")}
`);
      }
      setExit(0);
    } catch (error) {
      setExit(kit.fail(asCodexAuthError(error), json));
    }
  });
}

// src/cli/commands/unlock.ts
function registerUnlock(program, kit, setExit) {
  const command = program.command("unlock").summary("release a lock whose holder you know is gone").description(
    "Removes the stream lock whoever holds it and prints who held it. Locks of dead processes and expired leases are recovered by themselves; use this only for a lease (restore without persist) whose job you know has ended."
  ).option("--force", "required: confirms you know the holder is gone");
  addStoreOptions(command).action(async (options) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      if (flags.store.github) kit.redactor.add([flags.store.github.token]);
      const { createBackends } = await import("./chunks/backends-RDKD7GA7.js");
      const { lock } = await createBackends(flags.store, flags.lock, kit.env, kit.logger(flags.verbose));
      if (options.force !== true) {
        const holder = await lock.inspect();
        throw new UsageError(
          `unlock needs --force, and should be used only when the holder is gone${holder ? ` (held now by ${describeHolder(holder)})` : " (the lock is free now)"}.`
        );
      }
      const removed = await lock.forceRelease();
      if (json) kit.json({ stream: flags.store.stream, released: removed !== null, holder: removed });
      else
        kit.out(
          removed ? `released the lock of stream "${flags.store.stream}", held by ${describeHolder(removed)}
` : `the lock of stream "${flags.store.stream}" was not held
`
        );
      setExit(0);
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}

// src/cli/main.ts
var VERSION = "0.1.0";
async function main(argv, env, io = processIo) {
  const kit = createKit(io, env);
  let exitCode = ExitCode.ok;
  const setExit = (code) => {
    exitCode = code;
  };
  const program = new Command("codex-auth").description(
    `Keeps a ChatGPT-managed Codex login alive across CI runs: restores auth.json from a store, runs codex exec, writes the refreshed login back encrypted, one job at a time per stream. Verified with Codex ${VERIFIED_CODEX_VERSIONS.join(", ")}.`
  ).version(VERSION).exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showHelpAfterError("(run with --help for usage)").addHelpText(
    "after",
    "\nExit codes: 0 ok, 1 Codex failed (refreshes still persisted), 2 usage or configuration, 3 auth unusable (reseed), 4 lock timeout, 5 store conflict or an older copy put back, 6 stored copy cannot be opened, 7 not sealed (the agent could read the login, or its sandbox cannot run), 8 ChatGPT usage limit reached (the login is fine; see resetsAt)."
  );
  for (const register of [
    registerRun,
    registerRestore,
    registerPersist,
    registerInspect,
    registerStatus,
    registerHistory,
    registerSeed,
    registerUnlock,
    registerKeepFresh,
    registerRevoke,
    registerDoctor,
    registerKeygen
  ]) {
    register(program, kit, setExit);
  }
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ["commander.helpDisplayed", "commander.version"].includes(error.code);
      return benign ? ExitCode.ok : ExitCode.usage;
    }
    return kit.fail(error, false);
  }
  return exitCode;
}

// src/entry/cli.ts
process.exitCode = await main(process.argv.slice(2), process.env);
