import type { HttpRequest } from '../http/types';
import type { GraphDiagnostic } from './types';
import { editDistanceWithin } from '../graph/suggest';

const JSON_MEDIA_TYPE = 'application/json';

/**
 * Graph reads a JSON body only when Content-Type says `application/json`. The App Proxy tutorial's SSO step
 * sends `Content-type: appplication/json`: a near-miss spelling is an error with its fix; another media type on
 * a JSON body is a warning. Header names compare case-insensitively, as HTTP's do.
 */
export function contentTypeProblems(request: HttpRequest): GraphDiagnostic[] {
  if (!request.body || !/^\s*[{[]/.test(request.body.text)) return [];
  const out: GraphDiagnostic[] = [];
  for (const h of request.headers) {
    if (h.name.toLowerCase() !== 'content-type' || h.value.includes('{{')) continue;
    const mediaType = h.value.split(';')[0].trim();
    if (mediaType.toLowerCase() === JSON_MEDIA_TYPE || /^application\/[\w.+-]*\+?json$/i.test(mediaType)) continue;
    const start = h.valueSpan.start + h.value.indexOf(mediaType);
    const span = { start, end: start + mediaType.length };
    if (editDistanceWithin(mediaType.toLowerCase(), JSON_MEDIA_TYPE, 3) <= 3) {
      out.push({
        span, severity: 'error', code: 'graph.header.contentType',
        message: `'${mediaType}' is not a media type: Graph reads this JSON body only with Content-Type ${JSON_MEDIA_TYPE}.`,
        fixes: [{ title: `Change to ${JSON_MEDIA_TYPE}`, edits: [{ span, newText: JSON_MEDIA_TYPE }], isPreferred: true }],
      });
    } else {
      out.push({ span, severity: 'warning', code: 'graph.header.contentType', message: `The body is JSON but Content-Type says '${mediaType}': Graph expects ${JSON_MEDIA_TYPE}.`, fixes: [{ title: `Change to ${JSON_MEDIA_TYPE}`, edits: [{ span, newText: JSON_MEDIA_TYPE }] }] });
    }
  }
  return out;
}
