#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  parseStoreFlags
} from "./chunk-K7XAUVPN.js";
import {
  optionsOf
} from "./chunk-SCQZIXAE.js";
import "./chunk-4AH7IMLG.js";
import "./chunk-G4TKJDY6.js";
import "./chunk-QAFNNIV2.js";
import "./chunk-HMVT4RTB.js";
import {
  createBackends
} from "./chunk-S44WLHXD.js";
import "./chunk-RPFSE2RI.js";
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
import "./chunk-LRSS5WRI.js";
import "./chunk-C5ZNOPJA.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/cli/commands/status.ts
async function run(input, kit) {
  const options = optionsOf(input);
  const flags = parseStoreFlags(options, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const { store, lock } = await createBackends(flags.store, flags.lock, kit.env, kit.logger(flags.verbose));
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
  if (flags.json) {
    kit.json(status);
    return 0;
  }
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
  return 0;
}
export {
  run
};
