#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  parseSeconds,
  parseStoreFlags
} from "./chunk-K7XAUVPN.js";
import {
  optionsOf
} from "./chunk-SCQZIXAE.js";
import {
  streamRef
} from "./chunk-4MCL6TLT.js";
import "./chunk-4AH7IMLG.js";
import "./chunk-G4TKJDY6.js";
import "./chunk-QAFNNIV2.js";
import "./chunk-HMVT4RTB.js";
import {
  createBackends
} from "./chunk-S44WLHXD.js";
import "./chunk-RPFSE2RI.js";
import {
  readAuditLog
} from "./chunk-KQMSNF6O.js";
import {
  payloadOf
} from "./chunk-J5IH24H5.js";
import "./chunk-67EZGFYO.js";
import "./chunk-27JTPA2S.js";
import {
  explainGitHubError,
  statusOf
} from "./chunk-LSQGGRNO.js";
import "./chunk-DOGKGVIM.js";
import "./chunk-EUK65H27.js";
import {
  parseEnvelope
} from "./chunk-MGRXMJMR.js";
import "./chunk-JKYZGPF4.js";
import "./chunk-2G7TLW22.js";
import "./chunk-7S5RA6R7.js";
import "./chunk-LRSS5WRI.js";
import "./chunk-C5ZNOPJA.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/ops/stream-history.ts
var UNRECORDED = {
  cache: "the cache store keeps one entry per generation but the Actions cache evicts old ones and cannot list them from outside a job: only the current write is shown.",
  "github-secret": "a GitHub secret cannot be read back and keeps no versions: only the copy this job received is shown.",
  command: "the command store reads only the current value from your secret manager: only the current write is shown (your manager may keep versions of its own)."
};
async function readStreamHistory(settings, store, limit) {
  const base = { stream: settings.stream, store: store.kind };
  if (settings.kind === "git-ref" && settings.github)
    return { ...base, ...await gitRefHistory(settings, limit) };
  if (settings.kind === "file") {
    const log = await readAuditLog(settings.stateDir, settings.stream);
    if (log !== null) {
      const entries = log.reverse().slice(0, limit);
      return {
        ...base,
        entries,
        complete: log.length <= limit,
        note: log.length > limit ? `the ${limit} newest of ${log.length} logged writes.` : null
      };
    }
    const current2 = await store.read();
    return {
      ...base,
      entries: current2 ? [entryOf(current2, "unknown")] : [],
      complete: current2 === null,
      note: current2 ? "this stream was written before codex-auth kept an audit log: only the current write is known." : null
    };
  }
  const current = await store.read();
  return {
    ...base,
    entries: current ? [entryOf(current, "unknown")] : [],
    complete: false,
    note: UNRECORDED[settings.kind] ?? `the ${settings.kind} store keeps only the current copy.`
  };
}
function entryOf(envelope, why, commit) {
  return {
    generation: envelope.generation,
    writtenAt: envelope.writtenAt,
    writer: envelope.writer,
    why,
    fingerprint: envelope.fingerprint,
    ...commit ? { commit } : {}
  };
}
async function gitRefHistory(settings, limit) {
  const github = settings.github;
  if (!github) throw new Error("git-ref history without a repository");
  const { createOctokit } = await import("./octokit-OPGEB4EX.js");
  const client = createOctokit({ token: github.token, baseUrl: github.apiUrl });
  const repository = github.repository;
  const ref = streamRef(settings.stream);
  let sha;
  try {
    sha = (await client.rest.git.getRef({ ...repository, ref: ref.slice("refs/".length) })).data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return { entries: [], complete: true, note: null };
    throw explainGitHubError(error, `reading ${ref}`, "contents: read");
  }
  const entries = [];
  while (sha !== null && entries.length < limit) {
    let data;
    try {
      data = (await client.rest.git.getCommit({ ...repository, commit_sha: sha })).data;
    } catch (error) {
      throw explainGitHubError(error, `reading commit ${sha}`, "contents: read");
    }
    const envelope = parseEnvelope(payloadOf(data.message), `${ref} (commit ${sha.slice(0, 12)})`);
    const recorded = /\((seed|refresh|reseed)\)\s*$/.exec(data.message.split("\n")[0] ?? "")?.[1];
    entries.push(entryOf(envelope, recorded ?? (data.parents.length === 0 ? "seed" : "unknown"), sha));
    sha = data.parents[0]?.sha ?? null;
  }
  return {
    entries,
    complete: sha === null,
    note: sha === null ? null : `the ${limit} newest generations; older commits are on ${ref}.`
  };
}

// src/cli/commands/history.ts
async function run(input, kit) {
  const options = optionsOf(input);
  const flags = parseStoreFlags({ ...options, lockTimeout: "0" }, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const limit = Math.floor(parseSeconds(options.limit, "--limit", 1, 1e4));
  const { store } = await createBackends(flags.store, flags.lock, kit.env, kit.logger(flags.verbose));
  const history = await readStreamHistory(flags.store, store, limit);
  if (flags.json) {
    kit.json(history);
    return 0;
  }
  const lines = [
    `stream ${history.stream} (${history.store}): ${history.entries.length} write(s), newest first`,
    ...history.entries.map(
      (entry) => `  generation ${entry.generation}  ${entry.writtenAt}  ${entry.why.padEnd(7)}  ${entry.fingerprint}  ${entry.writer}`
    ),
    ...history.note ? [`note: ${history.note}`] : []
  ];
  kit.out(`${lines.join("\n")}
`);
  return 0;
}
export {
  run
};
