/**
 * The Graph store, wired once in a host's main.tsx:
 * `new GraphTrajectRepository({ transport: new GraphTransport({ baseUrl, tokens }), sitePath: teamSitePath(groupId) })`
 * after `ensureProvisioned(transport, sitePath)`.
 */
export const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';

export { GraphTransport, type GraphTransportOptions, type FetchLike } from './transport.ts';
export { GraphTrajectRepository, type GraphRepositoryOptions } from './graph-repository.ts';
export {
  ensureProvisioned,
  provisionSite,
  readSchemaVersion,
  type ProvisionOptions,
  type ProvisionReport,
} from './provisioning.ts';
export { teamSitePath } from './items.ts';
export { defaultRetryPolicy, type RetryPolicy } from './retry.ts';
export { STORE_SCHEMA_VERSION } from './lists/index.ts';
