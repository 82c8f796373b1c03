#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-LJN5ST32.js";
import {
  loadActionState
} from "./chunks/chunk-ZNDT4GNA.js";
import "./chunks/chunk-TUUN34KT.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-XSYG5UL6.js";
import {
  runEntry
} from "./chunks/chunk-BQPV6IG4.js";
import "./chunks/chunk-RAAG7N5W.js";

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
