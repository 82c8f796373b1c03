#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-RTZXSY6N.js";
import {
  loadActionState
} from "./chunks/chunk-BQJCC5QI.js";
import "./chunks/chunk-M6FRZR2E.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-4LN2ZWQI.js";
import {
  runEntry
} from "./chunks/chunk-FM5CXFNG.js";
import "./chunks/chunk-CWCSEGM5.js";

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
