import type { SandboxHandle } from './sandboxHandle';
import type { SessionServices } from './createServices';

/** What `activate` returns: the host tests reach the running sandbox (faults, device-code approval) through it. */
export interface ExtensionTestApi {
  sandbox(): SandboxHandle | undefined;
}

export function createTestApi(services: SessionServices): ExtensionTestApi {
  return { sandbox: () => services.accounts.runningSandbox() };
}
