import sodium from 'libsodium-wrappers';

// libsodium-wrappers exposes its functions only on the default export once `ready` resolves; named imports
// type-check but are undefined at run time.
export async function loadSodium(): Promise<typeof sodium> {
  await sodium.ready;
  return sodium;
}
