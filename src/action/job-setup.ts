import { UsageError } from '../core/errors.js';

// Where the job's homes live is the use cases' (app/job-homes.ts): post's rescue checks a home against it too.
export { jobCodexHome, jobHomesDir } from '../app/job-homes.js';

/** Linux and macOS only until Windows is supported for real (file modes and process groups differ there). */
export function assertSupportedPlatform(platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32') {
    throw new UsageError(
      'codex-auth-action does not support Windows runners yet (it relies on POSIX file modes and process groups to protect the login): use a Linux or macOS runner.',
    );
  }
}
