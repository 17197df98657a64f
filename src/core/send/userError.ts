import { describeError } from './describeError';
import { isSendError } from '../net/sendError';

/**
 * The command boundary shows `error.message` as is, so anything that came from MSAL, the network or the
 * sandbox is first turned into the core's redacted, actionable description (message + hint).
 */
export function toUserError(error: unknown): Error {
  const d = describeError(error);
  return new Error(d.hint ? `${d.message} ${d.hint}` : d.message);
}

/** A cancel (by the user, from a notification or the cancel command) is not a failure to report. */
export function isCancellation(error: unknown): boolean {
  if (isSendError(error)) return error.code === 'cancelled';
  const code = (error as { errorCode?: unknown })?.errorCode;
  return code === 'user_cancelled' || code === 'device_code_polling_cancelled';
}
