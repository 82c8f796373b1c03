#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-KU7ESO6I.js";
import {
  loadActionState
} from "./chunks/chunk-KSXCCJIF.js";
import "./chunks/chunk-6BMKMZ2T.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-5MBWW6LA.js";
import {
  runEntry
} from "./chunks/chunk-IWH7BZR4.js";
import "./chunks/chunk-545XYBME.js";

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
