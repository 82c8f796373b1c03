#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunks/chunk-O5N7DOR4.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-2UVUXSNC.js";
import {
  removeHomeRecord,
  whyNotOurHome
} from "./chunks/chunk-6XKGMBZN.js";
import "./chunks/chunk-6ZUH3ENB.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-PD5UZF6M.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  maskSecretInputs,
  runEntry
} from "./chunks/chunk-UZHB4YXX.js";
import {
  removeCodexHome
} from "./chunks/chunk-GE7YRBSE.js";
import {
  readSecretInputs,
  readStreamSettings
} from "./chunks/chunk-UHFTKGOZ.js";
import "./chunks/chunk-EQ272HND.js";
import "./chunks/chunk-HMVT4RTB.js";
import {
  createActionContext
} from "./chunks/chunk-QKU27C5W.js";
import "./chunks/chunk-4ISNCFAF.js";
import "./chunks/chunk-4CI2ILPJ.js";
import "./chunks/chunk-YK663KJU.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-OGX6INNE.js";
import "./chunks/chunk-B4PXWS7N.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-TZMLPVJV.js";
import "./chunks/chunk-QMFLO4ZD.js";
import "./chunks/chunk-DQAX4442.js";
import "./chunks/chunk-C72APL46.js";
import "./chunks/chunk-BP3KPCEJ.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-R7ZAKF2J.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import {
  UsageError
} from "./chunks/chunk-X5N6Q7YB.js";
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
