#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-M37SRXSD.js";
import {
  loadActionState
} from "./chunks/chunk-DAEGIGXD.js";
import "./chunks/chunk-TW2UAB42.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-2OWVSRAV.js";
import {
  runEntry
} from "./chunks/chunk-CO3E2R4L.js";
import "./chunks/chunk-G55YFJXV.js";

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
