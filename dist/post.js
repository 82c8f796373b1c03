#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-4B3FSXII.js";
import {
  loadActionState
} from "./chunks/chunk-EYBANUWR.js";
import "./chunks/chunk-KGUD5RL2.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-ZNU6ICMA.js";
import {
  runEntry
} from "./chunks/chunk-JTJMOU2T.js";
import "./chunks/chunk-6NQI4FMN.js";

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
