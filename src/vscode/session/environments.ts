import * as path from 'node:path';
import { vscode } from '../api';
import { authorityFor, CLOUDS, getCloud, sandboxCloud, type Cloud } from '../../core/auth/clouds';
import type { ActiveEnvironment } from '../../core/auth/activeEnvironment';
import { SETTINGS_SECTION } from '../../core/settings/section';
import type { Sandbox } from '../../sandbox/server';
import { affectsSession, checkedSettings, readSettings } from './settings';

/**
 * Turns the environment settings into an ActiveEnvironment. The sandbox starts on first need, through a
 * dynamic import so that activating the extension does not load the emulator, and stops on dispose or
 * when the settings move away from it.
 */
export class EnvironmentManager implements vscode.Disposable {
  private sandbox: Promise<Sandbox> | undefined;
  private running: Sandbox | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private readonly reported = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.reportBadSettings();
    this.subscription = vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(SETTINGS_SECTION)) this.reportBadSettings();
      if (!affectsSession(e)) return;
      // Only a change of environment or of the sandbox's own settings restarts it (and loses its state).
      const restart = ['environment', 'sandbox.seedFile', 'sandbox.port'].some(k => e.affectsConfiguration(`${SETTINGS_SECTION}.${k}`));
      void (restart ? this.stopSandbox() : Promise.resolve()).finally(() => this.changed.fire());
    });
  }

  /** A bad value is replaced by its default (core/settings); the user hears about each one once. */
  private reportBadSettings(): void {
    for (const problem of checkedSettings().problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.log.warn(problem);
      void vscode.window.showWarningMessage(problem);
    }
  }

  /** Cheap description for the status bar and Session: never starts anything. */
  describe(): { kind: 'sandbox' | 'cloud'; cloud: Cloud } {
    const s = readSettings();
    if (s.environment === 'sandbox') return { kind: 'sandbox', cloud: { ...CLOUDS.Global, id: 'sandbox', label: vscode.l10n.t('Sandbox tenant') } };
    return { kind: 'cloud', cloud: getCloud(s.cloud) ?? CLOUDS.Global };
  }

  async resolve(): Promise<ActiveEnvironment> {
    const s = readSettings();
    if (s.environment === 'cloud') {
      const cloud = getCloud(s.cloud) ?? CLOUDS.Global;
      return { kind: 'cloud', cloud, graphEndpoint: cloud.graphHost, authority: authorityFor(cloud, s.tenant), clientId: s.clientId, tenant: s.tenant, authProvider: s.authProvider };
    }
    const sandbox = await this.startSandbox(s.sandboxPort, s.sandboxSeedFile);
    return {
      kind: 'sandbox', cloud: sandboxCloud(sandbox.graphEndpoint, sandbox.authority), graphEndpoint: sandbox.graphEndpoint,
      authority: sandbox.authority, clientId: s.clientId, tenant: sandbox.tenantId, sandbox, authProvider: 'msal',
    };
  }

  /** The emulator if it is running (for the host tests' API); never starts it. */
  runningSandbox(): Sandbox | undefined {
    return this.running;
  }

  private startSandbox(port: number, seedFile: string): Promise<Sandbox> {
    this.sandbox ??= (async () => {
      const { startSandbox } = await import('../../sandbox/server');
      const seed = seedFile ? resolveSeedPath(seedFile) : undefined;
      const handle: Sandbox = await startSandbox({ port, ...(seed ? { seed } : {}) });
      this.running = handle;
      this.log.info(`Sandbox tenant started at ${handle.graphEndpoint}`);
      return handle;
    })();
    // A failed start must not stick: the next request tries again (e.g. after fixing the port setting).
    this.sandbox.catch(() => { this.sandbox = undefined; });
    return this.sandbox;
  }

  private async stopSandbox(): Promise<void> {
    const pending = this.sandbox;
    this.sandbox = undefined;
    this.running = undefined;
    if (!pending) return;
    try {
      await (await pending).close();
      this.log.info('Sandbox tenant stopped');
    } catch { /* it never started, or is already closed */ }
  }

  dispose(): void {
    void this.stopSandbox();
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** A relative seed path is relative to the first workspace folder, like other workspace settings. */
function resolveSeedPath(file: string): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return path.isAbsolute(file) || !folder ? file : path.join(folder, file);
}
