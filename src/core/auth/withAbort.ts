/** Rejects when the signal aborts, after telling the underlying flow to stop (MSAL has no AbortSignal support). */
export function withAbort<T>(work: Promise<T>, signal?: AbortSignal, onAbort?: () => void): Promise<T> {
  if (!signal) return work;
  const cancelled = () => Object.assign(new Error('Sign-in was cancelled.'), { errorCode: 'user_cancelled' });
  if (signal.aborted) { onAbort?.(); work.catch(() => {}); return Promise.reject(cancelled()); }
  return new Promise<T>((resolve, reject) => {
    const abort = () => { onAbort?.(); reject(cancelled()); };
    signal.addEventListener('abort', abort, { once: true });
    work.then(
      v => { signal.removeEventListener('abort', abort); resolve(v); },
      e => { signal.removeEventListener('abort', abort); reject(e); },
    );
  });
}
