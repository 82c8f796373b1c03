#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import "./chunk-J67BYCQ5.js";

// src/locks/no-lock.ts
import { randomUUID } from "node:crypto";
import os from "node:os";
var NoLock = class {
  kind = "none";
  async acquire(options) {
    options.signal?.throwIfAborted();
    const now = Date.now();
    const holder = {
      id: randomUUID(),
      host: os.hostname(),
      pid: options.mode === "process" ? process.pid : null,
      owner: options.owner,
      acquiredAt: new Date(now).toISOString(),
      expiresAt: new Date(now + options.leaseMs).toISOString()
    };
    return { handle: noLockHandle(holder), waitedMs: 0 };
  }
  async resume(id) {
    const now = (/* @__PURE__ */ new Date()).toISOString();
    return noLockHandle({
      id,
      host: os.hostname(),
      pid: null,
      owner: "no lock",
      acquiredAt: now,
      expiresAt: now
    });
  }
  async inspect() {
    return null;
  }
  async forceRelease() {
    return null;
  }
};
function noLockHandle(holder) {
  return { holder, release: async () => true };
}
export {
  NoLock
};
