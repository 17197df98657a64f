/** A Graph failure; the router turns it into `{error:{code,message,innerError}}` with the request's ids. */
export class GraphError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

/** Graph writes innerError.date as ISO-8601 without fraction or zone, e.g. 2020-08-18T12:51:51. */
export function graphDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

export function graphErrorBody(err: GraphError, ids: { requestId: string; clientRequestId: string }, nowMs: number): unknown {
  return {
    error: {
      code: err.code,
      message: err.message,
      innerError: { date: graphDate(nowMs), 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId },
    },
  };
}

export const notFound = (id: string): GraphError =>
  new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);

export const badRequest = (message: string): GraphError => new GraphError(400, 'BadRequest', message);

/** Directory-style validation failures (connector groups, applications) use Request_BadRequest. */
export const directoryBadRequest = (message: string): GraphError => new GraphError(400, 'Request_BadRequest', message);

export const insufficientPrivileges = (): GraphError =>
  new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

/**
 * Graph's gateway answers this way for a segment the version's metadata does not know,
 * e.g. /v1.0/onPremisesPublishingProfiles (applicationProxy types exist only in beta).
 */
export const unknownSegment = (segment: string): GraphError =>
  new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
