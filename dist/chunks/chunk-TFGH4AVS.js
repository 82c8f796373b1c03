#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  getState,
  saveState
} from "./chunk-GP2XTTJE.js";

// src/action/state.ts
function saveActionState(state) {
  if (state.codexHome !== void 0) saveState("codex-home", state.codexHome);
  if (state.homeProof !== void 0) saveState("home-proof", state.homeProof);
  if (state.finished !== void 0) saveState("finished", String(state.finished));
}
function loadActionState() {
  const codexHome = getState("codex-home");
  const homeProof = getState("home-proof");
  return {
    ...codexHome ? { codexHome } : {},
    ...homeProof ? { homeProof } : {},
    finished: getState("finished") === "true"
  };
}

export {
  saveActionState,
  loadActionState
};
