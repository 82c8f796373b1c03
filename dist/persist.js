#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunks/chunk-YY3JB6ES.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-XOW3WYUV.js";
import {
  createActionContext,
  maskSecretInputs,
  readSecretInputs,
  readStreamSettings,
  removeCodexHome,
  runEntry
} from "./chunks/chunk-TFYQ5GJB.js";
import "./chunks/chunk-XDTC4G6M.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-DJMDQ4MT.js";
import "./chunks/chunk-NOKRVJGV.js";
import "./chunks/chunk-WM6O5J2J.js";
import "./chunks/chunk-5JJLJS4J.js";
import "./chunks/chunk-II5M2ZT6.js";
import "./chunks/chunk-GFVZWYEL.js";
import "./chunks/chunk-E2WPYHU4.js";
import "./chunks/chunk-M3O3PJKT.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-PHS6JJXA.js";
import "./chunks/chunk-JKYZGPF4.js";
import "./chunks/chunk-2G7TLW22.js";
import {
  UsageError
} from "./chunks/chunk-ZFGQ5PT4.js";
import {
  getInput
} from "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/action/persist.ts
async function runPersist(env = process.env) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  const codexHome = getInput("codex-home") || env.CODEX_HOME;
  if (!codexHome) {
    throw new UsageError(
      "persist needs the CODEX_HOME that restore exported: run the restore action earlier in this job, or pass input codex-home."
    );
  }
  const ctx = await createActionContext(readStreamSettings(env, secrets), secrets, env);
  const result = await persistStream(ctx, codexHome);
  if (!result.error || result.error.exitCode !== 2) await removeCodexHome(codexHome);
  setRoundTripOutputs(result);
  await writeSummary(result, "persist");
  if (result.error) throw result.error;
}

// src/entry/persist.ts
await runEntry(() => runPersist());
