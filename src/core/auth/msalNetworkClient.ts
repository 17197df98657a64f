import { AuthError, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';
import type { HttpTransport } from '../net/transport';
import { isSendError } from '../net/sendError';

/** Sign-in calls give up after this long when MSAL names no timeout (its own fetch has none). */
const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * MSAL's network calls (discovery, device code, token) over our transport instead of MSAL's own fetch: sign-in then
 * takes the same route as Graph requests (HTTPS_PROXY in the CLI, VS Code's proxy settings in the extension host,
 * extra CAs), and fails with the same messages. A transport error is re-thrown as an AuthError, which MSAL passes
 * on as it is (any other error it replaces with a bare "network_error").
 */
export function transportNetworkClient(transport: HttpTransport): INetworkModule {
  const send = async <T>(method: 'GET' | 'POST', url: string, options: NetworkRequestOptions = {}, timeout?: number): Promise<NetworkResponse<T>> => {
    let res;
    try {
      res = await transport.send({ method, url, headers: { ...options.headers }, body: method === 'POST' ? options.body ?? '' : undefined }, { timeoutMs: timeout ?? DEFAULT_TIMEOUT_MS });
    } catch (err) {
      throw new AuthError('network_error', isSendError(err) ? err.message : `Network request failed: ${(err as Error)?.message ?? String(err)}`);
    }
    const text = res.body ? Buffer.from(res.body).toString('utf8') : '';
    try {
      return { headers: res.headers, body: (text ? JSON.parse(text) : {}) as T, status: res.status };
    } catch {
      throw new AuthError('token_parsing_error', `The sign-in service at ${new URL(url).host} answered ${res.status} with a body that is not JSON${res.status === 407 ? ' (a proxy asking for credentials?)' : ''}.`);
    }
  };
  return {
    sendGetRequestAsync: (url, options, timeout) => send('GET', url, options, timeout),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}
