#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/locks/backoff.ts
var DEFAULT_BACKOFF = { initialMs: 25, maxMs: 250 };
function backoffDelay(attempt, options = DEFAULT_BACKOFF) {
  const ceiling = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// src/locks/lock.ts
function describeHolder(holder) {
  if (holder.run) {
    const job = holder.run.job ? `, job ${holder.run.job}` : "";
    return `run ${holder.run.id} (${holder.run.url}${job}, host ${holder.host}, since ${holder.acquiredAt})`;
  }
  const pid = holder.pid === null ? "no pid: a lease that outlives its process" : `pid ${holder.pid}`;
  return `${holder.owner} (host ${holder.host}, ${pid}, since ${holder.acquiredAt}, lease until ${holder.expiresAt})`;
}

export {
  backoffDelay,
  sleep,
  describeHolder
};
