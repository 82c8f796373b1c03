#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/cli/seal-options.ts
var CLI_SEAL_NAMES = {
  sandbox: "--sandbox in the codex arguments",
  codexArgs: "the codex arguments",
  codexConfig: "--codex-config",
  optIn: "--allow-agent-to-read-credentials",
  fixNamespaces: "--fix-sandbox",
  codexVersion: "install a newer @openai/codex, or pass --codex"
};
function sealRequestFrom(options) {
  return {
    names: CLI_SEAL_NAMES,
    allowUnsealed: options.allowAgentToReadCredentials === true,
    fixNamespaces: options.fixSandbox !== false
  };
}

export {
  sealRequestFrom
};
