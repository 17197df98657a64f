import type { CliIo } from '../io';
import type { KnownSecrets } from '../../core/send/knownSecrets';

/** A stream whose every write is redacted first; everything else is the stream itself. */
function redactingStream(stream: NodeJS.WritableStream, secrets: KnownSecrets): NodeJS.WritableStream {
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : String(chunk);
    return (stream.write as (c: string, ...r: unknown[]) => boolean)(secrets.redact(text), ...rest);
  };
  return new Proxy(stream, {
    get(target, prop) {
      if (prop === 'write') return write;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The CLI's streams behind the exact-value redactor: whatever a command prints (response bodies, headers,
 * URLs, MSAL's log lines, error messages) cannot show a secret the process knows, even an opaque one.
 */
export function redactingIo(io: CliIo, secrets: KnownSecrets): CliIo {
  return { ...io, stdout: redactingStream(io.stdout, secrets), stderr: redactingStream(io.stderr, secrets) };
}
