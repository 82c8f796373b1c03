#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-BIEPULRT.js";
import {
  loadActionState
} from "./chunks/chunk-ERVV6TTU.js";
import {
  runEntry
} from "./chunks/chunk-6BACY76C.js";
import "./chunks/chunk-RHHV2IKF.js";
import "./chunks/chunk-VORFJQI6.js";
import "./chunks/chunk-PLCWXD5G.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-MNXOTCXD.js";
import "./chunks/chunk-VDYQEXDP.js";
import "./chunks/chunk-CSH6KCUT.js";
import "./chunks/chunk-CSSOBUSU.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-UR4U65OI.js";
import "./chunks/chunk-JR5GKABG.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-EFVUH4WY.js";
import "./chunks/chunk-TZJQPSBZ.js";
import "./chunks/chunk-E3I54VE6.js";
import "./chunks/chunk-24DIYJ2P.js";
import "./chunks/chunk-PLEOC4NK.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-RZWJ4HE4.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-HKABORLE.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/action/post.ts
async function runPost(env = process.env) {
  const state = loadActionState();
  if (!state.codexHome) return;
  const result = await finishAndClean(state.codexHome, env, "the main step did not finish its round trip");
  if (!result) return;
  const { setRoundTripOutputs, writeSummary } = await import("./chunks/report-ZSFMTAQW.js");
  setRoundTripOutputs(result);
  await writeSummary(result, "finished by the post step");
  if (result.error) throw result.error;
}

// src/entry/post.ts
await runEntry(() => runPost());
