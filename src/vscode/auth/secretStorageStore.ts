import type * as vscode from 'vscode';
import type { SecretStore } from '../../core/auth/secretStore';

/** The core's SecretStore port over VS Code's SecretStorage (the OS keychain): the MSAL cache and client secrets live only here. */
export function secretStorageStore(secrets: vscode.SecretStorage): SecretStore {
  return {
    get: key => Promise.resolve(secrets.get(key)),
    store: (key, value) => Promise.resolve(secrets.store(key, value)),
    delete: key => Promise.resolve(secrets.delete(key)),
  };
}
