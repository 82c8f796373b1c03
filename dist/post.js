#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-2THGAR5S.js";
import {
  loadActionState
} from "./chunks/chunk-ERVV6TTU.js";
import {
  runEntry
} from "./chunks/chunk-BEWJ2XXN.js";
import "./chunks/chunk-ZHRIHA5V.js";
import "./chunks/chunk-SLTLSQ4D.js";
import "./chunks/chunk-WKKK4JYS.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-L6Q2XOPL.js";
import "./chunks/chunk-YNDTUR7L.js";
import "./chunks/chunk-CIDBP2ZF.js";
import "./chunks/chunk-EUNAYYPH.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-YCUPB3DU.js";
import "./chunks/chunk-BGMYLJLW.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-D6X7CSPK.js";
import "./chunks/chunk-PV43NZUB.js";
import "./chunks/chunk-UKYCNE7M.js";
import "./chunks/chunk-MF5IORL2.js";
import "./chunks/chunk-V2UB7CIZ.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-JNRKALG7.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-GPR62DEP.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/action/post.ts
async function runPost(env = process.env) {
  const state = loadActionState();
  if (!state.codexHome) return;
  const result = await finishAndClean(state.codexHome, env, "the main step did not finish its round trip");
  if (!result) return;
  const { setRoundTripOutputs, writeSummary } = await import("./chunks/report-CSW6PINV.js");
  setRoundTripOutputs(result);
  await writeSummary(result, "finished by the post step");
  if (result.error) throw result.error;
}

// src/entry/post.ts
await runEntry(() => runPost());
