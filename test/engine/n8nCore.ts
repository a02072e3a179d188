/**
 * The n8n-core internals the engine harnesses need and n8n-core 2.8.1 does not export from its root
 * (dist/index.d.ts), reached by path into its dist. This file is the only one that does: when an
 * n8n-core upgrade moves them, it is the one place to change.
 */
import { Container } from '@n8n/di';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';

/** The parameters n8n's node loader puts first in every polling node (pollTimes). */
export { commonPollingParameters } from 'n8n-core/dist/nodes-loader/constants';

/**
 * Building an execute or poll context instantiates n8n-core's SSHClientsManager, whose 60 s cleanup
 * interval is only cleared on process exit and would keep jest from exiting. The harnesses never use
 * SSH, so shutting it down after a run is harmless and idempotent (the Container keeps the same, now
 * timer-less, instance).
 */
export function shutDownSshClients(): void {
	if (Container.has(SSHClientsManager)) Container.get(SSHClientsManager).onShutdown();
}
