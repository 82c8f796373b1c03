#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  findNativeCodex,
  readCodexVersion
} from "./chunk-342JZ6O6.js";

// src/codex/seal-probe.ts
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";

// src/codex/seal-probe-script.ts
var PROBE_SCRIPT = String.raw`
const fs = require('fs');
const net = require('net');
const [marker, port, ...paths] = process.argv.slice(1);
const report = { marker, files: {}, env: JSON.stringify(process.env), proc: {}, network: 'not-checked' };
const readTree = (p, depth) => {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return fs.readFileSync(p, 'latin1');
  let text = '';
  for (const name of fs.readdirSync(p)) {
    text += name + '\n';
    if (depth < 3) { try { text += readTree(p + '/' + name, depth + 1); } catch {} }
  }
  return text || ' ';
};
for (const p of paths) {
  try { const text = readTree(p, 0); report.files[p] = { readable: text.length > 0, text }; }
  catch (e) { report.files[p] = { readable: false, error: e.code || String(e) }; }
}
try {
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try { report.proc[pid] = fs.readFileSync('/proc/' + pid + '/environ', 'latin1'); } catch {}
  }
} catch {}
// fs.writeSync, not process.stdout: when our stdout is a socket (Node's child pipes are socketpairs), Node sends
// with sendmsg, which the sandbox's seccomp filter refuses; write(2) is allowed.
const done = () => {
  const out = Buffer.from(JSON.stringify(report));
  for (let at = 0; at < out.length; ) {
    try { at += fs.writeSync(1, out, at); } catch (e) { if (e.code !== 'EAGAIN') throw e; }
  }
};
if (!port) { done(); } else {
  const socket = net.connect({ host: '127.0.0.1', port: Number(port) });
  const finish = (state) => { report.network = state; socket.destroy(); done(); };
  socket.setTimeout(1500, () => finish('timeout'));
  socket.on('connect', () => finish('connected'));
  socket.on('error', (e) => finish(e.code || 'error'));
}
`;

// src/codex/seal-probe.ts
var MIN_SEALED_CODEX = "0.149.0";
async function probeSeal(request) {
  const started = performance.now();
  let ended = null;
  const native = findNativeCodex(request.codexPath);
  const version = await readCodexVersion(request.codexPath, request.env);
  const result = (failure, stderr = "") => ({
    ok: failure === null,
    // The probe's own time: waiting for the secrets to be known is not part of it.
    ms: Math.round((ended ?? performance.now()) - started),
    codexVersion: version,
    failure,
    stderr
  });
  if (version === null || compareVersions(version, MIN_SEALED_CODEX) < 0) {
    return result({
      kind: "old-codex",
      detail: `Codex ${version ?? "(unknown version)"} cannot keep files from the agent's commands (permission profiles enforce deny-read from ${MIN_SEALED_CODEX} on); upgrade Codex to ${MIN_SEALED_CODEX} or later`
    });
  }
  const marker = `codex-auth-probe-${randomBytes(8).toString("hex")}`;
  const listener = request.network ? null : await listenOnLoopback();
  try {
    const port = listener === null ? "" : String(listener.address().port);
    const { stdout, stderr, spawnError } = await run(
      native?.binary ?? request.codexPath,
      // NODE_OPTIONS (a loader such as tsx's) would change what our node runs; the probe still sees it in /proc.
      [
        "sandbox",
        "--",
        "/usr/bin/env",
        "-u",
        "NODE_OPTIONS",
        process.execPath,
        "-e",
        PROBE_SCRIPT,
        marker,
        port,
        ...request.deniedPaths
      ],
      request
    );
    ended = performance.now();
    await request.secretsKnown?.catch(() => void 0);
    const report = parseReport(stdout, marker);
    if (report === null) {
      const why = spawnError ?? lastLines(stderr);
      return result(
        {
          kind: NAMESPACE_FAILURE.test(stderr) ? "no-namespaces" : "no-commands",
          detail: `the Codex sandbox could not run a command: ${why || "no output"}`
        },
        lastLines(stderr)
      );
    }
    for (const [file, seen] of Object.entries(report.files)) {
      if (seen.readable) return result({ kind: "readable", detail: `the agent's commands can read ${file}` });
    }
    if (request.containsSecret(report.env)) {
      return result({ kind: "secret-visible", detail: "a secret value is in the agent's environment" });
    }
    for (const [pid, environ] of Object.entries(report.proc)) {
      if (request.containsSecret(environ)) {
        return result({
          kind: "secret-visible",
          detail: `a secret value is in /proc/${pid}/environ inside the sandbox`
        });
      }
    }
    if (request.containsSecret(stdout) || request.containsSecret(stderr)) {
      return result({ kind: "secret-visible", detail: "a secret value is visible to the agent's commands" });
    }
    if (listener !== null && report.network === "connected") {
      return result({
        kind: "network",
        detail: "the agent's commands can reach this machine's loopback (127.0.0.1)"
      });
    }
    return result(null);
  } finally {
    listener?.close();
  }
}
var NAMESPACE_FAILURE = /bwrap: .*(namespace|uid map|RTM_NEWADDR|Operation not permitted)|unprivileged user namespaces|user namespace/i;
function parseReport(stdout, marker) {
  const start = stdout.indexOf("{");
  if (start === -1) return null;
  try {
    const report = JSON.parse(stdout.slice(start));
    return report.marker === marker ? report : null;
  } catch {
    return null;
  }
}
function lastLines(text) {
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("WARNING: proceeding")).slice(-3).join(" / ").slice(0, 600);
}
function run(file, args, request) {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        env: request.env,
        cwd: request.cwd,
        timeout: request.timeoutMs ?? 2e4,
        maxBuffer: 16 * 1024 * 1024,
        encoding: "utf8"
      },
      (error, stdout, stderr) => {
        const spawnError = error && error.code === "ENOENT" ? `${file} was not found` : null;
        resolve({ stdout, stderr, spawnError });
      }
    );
  });
}
function listenOnLoopback() {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}
function compareVersions(a, b) {
  const parts = (v) => (/^(\d+)\.(\d+)\.(\d+)/.exec(v) ?? []).slice(1).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// src/codex/userns-fix.ts
import { execFile as execFile2 } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var RESTRICT_SYSCTL = "/proc/sys/kernel/apparmor_restrict_unprivileged_userns";
var PROFILE_PATH = "/etc/apparmor.d/codex-auth-bwrap";
function bwrapPath(codexPath) {
  if (existsSync("/usr/bin/bwrap")) return "/usr/bin/bwrap";
  const native = findNativeCodex(codexPath);
  const bundled = native ? path.join(native.vendorDir, "codex-resources", "bwrap") : null;
  return bundled !== null && existsSync(bundled) ? bundled : "/usr/bin/bwrap";
}
function apparmorProfile(bwrap) {
  return [
    "abi <abi/4.0>,",
    "include <tunables/global>",
    "",
    `profile codex-auth-bwrap ${JSON.stringify(bwrap)} flags=(unconfined) {`,
    "  userns,",
    "  include if exists <local/codex-auth-bwrap>",
    "}",
    ""
  ].join("\n");
}
function namespaceFixSteps(bwrap) {
  return [
    "Codex's sandbox (bubblewrap) cannot create user namespaces on this machine, so no command the agent runs would work.",
    `Fix, narrowest first: (1) allow Codex's bubblewrap (${bwrap}) by AppArmor: write ${PROFILE_PATH} containing`,
    `  ${apparmorProfile(bwrap).trim().split("\n").join(" ")}`,
    `  then run \`sudo apparmor_parser -r ${PROFILE_PATH}\` (or install apparmor-profiles and load its bwrap-userns-restrict profile);`,
    "(2) only as a last resort, `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`.",
    "Elsewhere (no AppArmor): allow unprivileged user namespaces (`sysctl kernel.unprivileged_userns_clone=1`, `user.max_user_namespaces` > 0), or run in a container that permits them."
  ].join("\n");
}
async function fixUserNamespaces(codexPath) {
  if (!await succeeds("sudo", ["-n", "true"])) {
    return { applied: null, why: "passwordless sudo is not available" };
  }
  if (readRestriction() !== "1") {
    return {
      applied: null,
      why: `AppArmor does not restrict user namespaces here (${RESTRICT_SYSCTL} is ${readRestriction() ?? "absent"}), so neither fix applies`
    };
  }
  const bwrap = bwrapPath(codexPath);
  const written = await succeeds("sudo", ["-n", "tee", PROFILE_PATH], apparmorProfile(bwrap));
  if (written && await succeeds("sudo", ["-n", "apparmor_parser", "-r", PROFILE_PATH])) {
    return {
      applied: "apparmor-profile",
      change: `loaded the AppArmor profile ${PROFILE_PATH}, which lets ${bwrap} create user namespaces`
    };
  }
  if (await succeeds("sudo", ["-n", "sysctl", "-w", "kernel.apparmor_restrict_unprivileged_userns=0"])) {
    return {
      applied: "sysctl",
      change: "set kernel.apparmor_restrict_unprivileged_userns=0 (the AppArmor profile could not be loaded); this allows user namespaces to every program on this machine"
    };
  }
  return { applied: null, why: "neither the AppArmor profile nor the sysctl could be applied with sudo" };
}
function readRestriction() {
  try {
    return readFileSync(RESTRICT_SYSCTL, "utf8").trim();
  } catch {
    return null;
  }
}
function succeeds(file, args, input) {
  return new Promise((resolve) => {
    const child = execFile2(file, args, { timeout: 3e4 }, (error) => resolve(error === null));
    if (input !== void 0) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

export {
  MIN_SEALED_CODEX,
  probeSeal,
  bwrapPath,
  namespaceFixSteps,
  fixUserNamespaces
};
