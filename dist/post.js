#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-7TKRH4QV.js";
import {
  loadActionState
} from "./chunks/chunk-ERVV6TTU.js";
import "./chunks/chunk-YY3JB6ES.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-XOW3WYUV.js";
import {
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
import "./chunks/chunk-ZFGQ5PT4.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/action/post.ts
async function runPost(env = process.env) {
  const state = loadActionState();
  if (!state.codexHome) return;
  const result = await finishAndClean(state.codexHome, env, "the main step did not finish its round trip");
  if (!result) return;
  setRoundTripOutputs(result);
  await writeSummary(result, "finished by the post step");
  if (result.error) throw result.error;
}

// src/entry/post.ts
await runEntry(() => runPost());
