/** Reads Graph's error envelope `{error:{code,message,innerError:{'request-id'}}}` without trusting its shape. */
export interface GraphErrorInfo {
  code?: string;
  message?: string;
  requestId?: string;
}

export function parseGraphErrorBody(body: string | undefined): GraphErrorInfo | undefined {
  if (!body) return undefined;
  let parsed: unknown;
  try { parsed = JSON.parse(body); } catch { return undefined; }
  const error = (parsed as { error?: unknown })?.error;
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as Record<string, unknown>;
  const inner = (e.innerError ?? e.innererror) as Record<string, unknown> | undefined;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return {
    code: str(e.code),
    message: str(e.message),
    requestId: str(inner?.['request-id']) ?? str(inner?.requestId) ?? str(inner?.['client-request-id']),
  };
}
