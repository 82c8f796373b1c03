#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-ESY5Y26S.js";
import {
  loadActionState
} from "./chunks/chunk-CUCAMKXN.js";
import "./chunks/chunk-W5EMMUJ7.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-GKUWXZMZ.js";
import {
  runEntry
} from "./chunks/chunk-VI6W3CV5.js";
import "./chunks/chunk-Z6ZXRB2C.js";

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
