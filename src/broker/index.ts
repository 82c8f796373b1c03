// The token broker's public surface, for the round trip's phases (see docs/broker.md).
export { startBroker, BROKER_CA_FILE } from './broker.js';
export { isPlaceholderBundle, REFRESH_PLACEHOLDER_PREFIX } from './placeholders.js';
export {
  OPENAI_UPSTREAM,
  type BrokerCredential,
  type BrokerLogEntry,
  type BrokerOptions,
  type CodexEnvForBroker,
  type RunningBroker,
  type UpstreamEndpoints,
} from './types.js';
