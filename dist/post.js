#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-TDRMW7BV.js";
import {
  loadActionState
} from "./chunks/chunk-LBHA5MR3.js";
import "./chunks/chunk-WU3HC4OL.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-6RAPTWU5.js";
import {
  runEntry
} from "./chunks/chunk-ZET7AG6F.js";
import "./chunks/chunk-H64HCIQT.js";

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
