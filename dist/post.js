#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-ZCIHU3RJ.js";
import {
  loadActionState
} from "./chunks/chunk-RDN6KHPB.js";
import "./chunks/chunk-34UXQQNN.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-A455B3GQ.js";
import {
  runEntry
} from "./chunks/chunk-XDL275XI.js";
import "./chunks/chunk-N2BZP6NP.js";

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
