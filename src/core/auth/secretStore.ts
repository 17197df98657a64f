/**
 * Where the token cache lives. VS Code passes its SecretStorage (OS keychain); the CLI keeps it in memory,
 * so nothing is written to disk by a command-line run.
 */
export interface SecretStore {
  get(key: string): Promise<string | undefined>;
  store(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export class InMemorySecretStore implements SecretStore {
  private readonly values = new Map<string, string>();
  async get(key: string): Promise<string | undefined> { return this.values.get(key); }
  async store(key: string, value: string): Promise<void> { this.values.set(key, value); }
  async delete(key: string): Promise<void> { this.values.delete(key); }
  keys(): string[] { return [...this.values.keys()]; }
}
