import type Sodium from 'libsodium-wrappers';

// libsodium-wrappers exposes its functions only on the default export once `ready` resolves; named imports
// type-check but are undefined at run time. It is imported when first needed, not at start-up: evaluating it
// builds libsodium's 1 MB of asm.js/wasm, which commands that never seal or open (status, inspect, --help)
// must not pay for.
let loaded: Promise<typeof Sodium> | null = null;

export async function loadSodium(): Promise<typeof Sodium> {
  loaded ??= import('libsodium-wrappers').then(async ({ default: sodium }) => {
    await sodium.ready;
    return sodium;
  });
  return loaded;
}
