#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-BPZ5LIVP.js";
import {
  loadActionState
} from "./chunks/chunk-FVPSHDI2.js";
import "./chunks/chunk-2Q2MK5SM.js";
import {
  runEntry,
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-VHDC47G5.js";
import "./chunks/chunk-5UWMT76C.js";

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
