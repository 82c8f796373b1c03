#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunks/chunk-VVBGZ5RS.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-SJ3ZHL6K.js";
import {
  removeHomeRecord,
  whyNotOurHome
} from "./chunks/chunk-F3YSA66D.js";
import "./chunks/chunk-6M5MC675.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  maskSecretInputs,
  runEntry
} from "./chunks/chunk-XJP2RI4Z.js";
import {
  removeCodexHome
} from "./chunks/chunk-BQ7KE7ZN.js";
import {
  readSecretInputs,
  readStreamSettings
} from "./chunks/chunk-RX2AOOXR.js";
import "./chunks/chunk-VMRFJ2D4.js";
import "./chunks/chunk-HMVT4RTB.js";
import {
  createActionContext
} from "./chunks/chunk-QI5RIHSU.js";
import "./chunks/chunk-PCGF2DA6.js";
import "./chunks/chunk-R22SLIYD.js";
import "./chunks/chunk-CRLPSG6N.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-NOKRVJGV.js";
import "./chunks/chunk-2DVPQHNO.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-5JJLJS4J.js";
import "./chunks/chunk-II5M2ZT6.js";
import "./chunks/chunk-GFVZWYEL.js";
import "./chunks/chunk-E2WPYHU4.js";
import "./chunks/chunk-FBIOMMMX.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-IHANQPID.js";
import "./chunks/chunk-DCRTVRTH.js";
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
  const notOurs = await whyNotOurHome(codexHome, null, env);
  if (notOurs !== null) {
    throw new UsageError(
      `persist was given ${codexHome} as the CODEX_HOME, but ${notOurs}: nothing was persisted or removed. Pass the codex-home output of the restore action of this job (or leave codex-home empty to use the CODEX_HOME restore exported).`
    );
  }
  const ctx = await createActionContext(readStreamSettings(env, secrets), secrets, env);
  const result = await persistStream(ctx, codexHome);
  if (!result.error || result.error.exitCode !== 2) {
    await removeCodexHome(codexHome);
    await removeHomeRecord(codexHome);
  }
  setRoundTripOutputs(result);
  await writeSummary(result, "persist");
  if (result.error) throw result.error;
}

// src/entry/persist.ts
await runEntry(() => runPersist());
