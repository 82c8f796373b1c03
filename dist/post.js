#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-WKXW7NAC.js";
import {
  loadActionState
} from "./chunks/chunk-5NBQLPTV.js";
import "./chunks/chunk-T5CVLJB4.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-WZHII5KE.js";
import {
  runEntry
} from "./chunks/chunk-Q2XLJK5X.js";
import "./chunks/chunk-IYZUDH4V.js";

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
