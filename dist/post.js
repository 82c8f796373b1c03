#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-NDIGEN6C.js";
import {
  loadActionState
} from "./chunks/chunk-BBJZXURZ.js";
import "./chunks/chunk-TECLYIRT.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-IDG7GM6I.js";
import {
  runEntry
} from "./chunks/chunk-JXFYNLSM.js";
import "./chunks/chunk-5NE6GDH3.js";

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
