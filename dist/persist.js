#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunks/chunk-YDVDSWF4.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-CL3PSHIX.js";
import {
  removeHomeRecord,
  whyNotOurHome
} from "./chunks/chunk-FPFBRSPZ.js";
import "./chunks/chunk-IC3YXZME.js";
import {
  maskSecretInputs,
  runEntry
} from "./chunks/chunk-IFZRHUZH.js";
import {
  readSecretInputs,
  readStreamSettings
} from "./chunks/chunk-PIVWQXDD.js";
import {
  removeCodexHome
} from "./chunks/chunk-ZCHIDNSL.js";
import "./chunks/chunk-HMVT4RTB.js";
import {
  Inputs,
  readInput
} from "./chunks/chunk-G5OK7NPG.js";
import "./chunks/chunk-FMIRX2W3.js";
import {
  createActionContext
} from "./chunks/chunk-6J6WE5VK.js";
import "./chunks/chunk-QQHIARQO.js";
import "./chunks/chunk-ORVGXUZE.js";
import "./chunks/chunk-JSWSABV6.js";
import "./chunks/chunk-AIBTV52M.js";
import "./chunks/chunk-U3UU3URN.js";
import "./chunks/chunk-WYVJKUWD.js";
import "./chunks/chunk-QOTJ4TSP.js";
import "./chunks/chunk-6DHBGNWT.js";
import "./chunks/chunk-QQC6BMSK.js";
import "./chunks/chunk-ETTTSFZM.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-FVP3HEEJ.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import {
  UsageError
} from "./chunks/chunk-53B7ORU2.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/action/persist.ts
async function runPersist(env = process.env) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  const codexHome = readInput(Inputs.codexHome) || env.CODEX_HOME;
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
