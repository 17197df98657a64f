import type { Cloud } from './clouds';
import type { MsalSettings } from './msalConfig';

/** What a sign-in needs of the running sandbox emulator: its seeded app, and MSAL's requests routed to it. */
export interface SandboxSignIn {
  clientId: string;
  /** Spread into MSAL's `auth` options (MsalSettings.authOverrides). */
  msalAuthOptions(): NonNullable<MsalSettings['authOverrides']>;
}

/** Where requests and sign-ins go right now (the editor's session resolves it from the settings). */
export interface ActiveEnvironment {
  kind: 'sandbox' | 'cloud';
  cloud: Cloud;
  /** The one origin tokens may be sent to. */
  graphEndpoint: string;
  /** `https://login.../<tenant>/`. */
  authority: string;
  clientId: string;
  tenant: string;
  /** Only for the sandbox: the running emulator (sign-in is routed to it). */
  sandbox?: SandboxSignIn;
  /** Who signs in: MSAL (ours), or VS Code's Microsoft account (`authProvider: "vscode"`, the Global cloud only). */
  authProvider: 'msal' | 'vscode';
}
