/** The running sandbox emulator as this layer sees it (the return type of startSandbox in src/sandbox/server.ts). */
export type SandboxHandle = Awaited<ReturnType<typeof import('../../sandbox/server').startSandbox>>;
