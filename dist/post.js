#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-6E6NOX5X.js";
import {
  loadActionState
} from "./chunks/chunk-O34U5VZ3.js";
import "./chunks/chunk-OMMNZYTE.js";
import {
  runEntry,
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-7TTFFW7W.js";
import "./chunks/chunk-FRSJTNPQ.js";

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
