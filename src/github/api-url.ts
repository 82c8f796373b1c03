// Apart from octokit.ts so that reading flags and inputs does not load Octokit.
export const DEFAULT_API_URL = 'https://api.github.com';
