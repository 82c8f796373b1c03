#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunks/chunk-OOC66WIJ.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-A5JAGZ5P.js";
import {
  removeHomeRecord,
  whyNotOurHome
} from "./chunks/chunk-72MCERQP.js";
import "./chunks/chunk-IC3YXZME.js";
import {
  maskSecretInputs,
  runEntry
} from "./chunks/chunk-ACOLFB4Q.js";
import {
  readSecretInputs,
  readStreamSettings
} from "./chunks/chunk-DVAYRWER.js";
import {
  removeCodexHome
} from "./chunks/chunk-YX4J4FQJ.js";
import "./chunks/chunk-ABJGEG63.js";
import "./chunks/chunk-HMVT4RTB.js";
import {
  Inputs,
  readInput
} from "./chunks/chunk-SH6FB6NS.js";
import "./chunks/chunk-B45VUE4X.js";
import {
  createActionContext
} from "./chunks/chunk-2PSMXHHV.js";
import "./chunks/chunk-SSEI6XJJ.js";
import "./chunks/chunk-OVITESHP.js";
import "./chunks/chunk-PQT25EE2.js";
import "./chunks/chunk-JBLTFLGE.js";
import "./chunks/chunk-3DQ7LV76.js";
import "./chunks/chunk-AKZEFLNV.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-7QS3OWB4.js";
import "./chunks/chunk-QCQITM44.js";
import "./chunks/chunk-OL3J67ZD.js";
import "./chunks/chunk-VMHUWGWS.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import {
  UsageError,
  isUsageError
} from "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-J67BYCQ5.js";

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
  if (!isUsageError(result.error)) {
    await removeCodexHome(codexHome);
    await removeHomeRecord(codexHome);
  }
  setRoundTripOutputs(result);
  await writeSummary(result, "persist");
  if (result.error) throw result.error;
}

// src/entry/persist.ts
await runEntry(() => runPersist());
