/** Where the round trip reports progress. Front ends decide where lines go and mask secrets on the way. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

/** Receives every secret value the moment it enters memory, before anything can print it. */
export interface SecretSink {
  add(values: readonly string[]): void;
  /** True when `text` holds any value added so far (the seal probe checks what the agent could see). */
  contains(text: string): boolean;
}

export const silentLogger: Logger = { info() {}, warn() {}, debug() {} };
