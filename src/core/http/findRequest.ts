import type { HttpFile, HttpRequest } from './types';

/**
 * "The request under the cursor": requests are sorted by region, so a binary search finds it.
 * A `###` separator line belongs to no request.
 */
export function findRequestAtLine(file: HttpFile, line: number): HttpRequest | undefined {
  return search(file.requests, r => (line < r.startLine ? -1 : line > r.endLine ? 1 : 0));
}

/** Same, by offset; the end of a region counts as inside it (a cursor at the end of the last line). */
export function findRequestAtOffset(file: HttpFile, offset: number): HttpRequest | undefined {
  return search(file.requests, r => (offset < r.span.start ? -1 : offset > r.span.end ? 1 : 0));
}

function search(requests: HttpRequest[], compare: (r: HttpRequest) => number): HttpRequest | undefined {
  let lo = 0, hi = requests.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compare(requests[mid]);
    if (c === 0) return requests[mid];
    if (c < 0) hi = mid - 1; else lo = mid + 1;
  }
  return undefined;
}
