import type { Span } from '../text/lineIndex';

/** Something wrong with the .http text itself. The parser never throws; it attaches these. */
export interface ParseProblem {
  code: string;            // e.g. 'http.missingUrl', 'http.badHeader'
  message: string;
  span: Span;
  severity: 'error' | 'warning' | 'info';
}

export interface HttpHeader {
  name: string;
  value: string;           // raw, variables not substituted
  line: number;            // 0-based
  span: Span;              // whole header line
  nameSpan: Span;
  valueSpan: Span;
}

/** `@name = value` at file level. */
export interface FileVariable {
  name: string;
  value: string;
  line: number;
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
}

/** One piece of the URL as written: the request-line part, or a `?`/`&` continuation line. */
export interface UrlPart { text: string; offset: number; line: number }

export interface HttpBody {
  text: string;            // exactly the document text between start and end
  span: Span;
  startLine: number;
  endLine: number;         // last line that holds body text (inclusive)
}

/** REST Client's per-request settings, from `# @setting` lines above the request line. */
export interface RequestSettings {
  /** `# @note [text]`: ask before sending. */
  note?: string;
  noRedirect?: boolean;
  noCookieJar?: boolean;
  /** `# @prompt name [description]`: asked for each time the request is sent. */
  prompts?: Array<{ name: string; description?: string }>;
}

export interface HttpRequest {
  index: number;
  settings?: RequestSettings;
  /** Set when the request was written as a `curl ...` command: method, URL, headers and body come from its options. */
  curl?: boolean;                 // 0-based position among the file's requests
  name?: string;                 // from `# @name x` / `// @name x`
  nameSpan?: Span;
  method: string;                // upper-case; 'GET' when omitted
  methodSpan?: Span;             // absent when the method was omitted
  url: string;                   // raw URL (continuation lines joined, variables not substituted)
  urlParts: UrlPart[];
  urlSpan: Span;                 // the URL text on the request line
  httpVersion?: string;
  requestLine: number;           // 0-based line of `METHOD URL`
  requestLineSpan: Span;
  headers: HttpHeader[];
  body?: HttpBody;
  /** Region of the file this request owns: from after the previous `###` to before the next. */
  span: Span;
  startLine: number;
  endLine: number;
  problems: ParseProblem[];
}

export interface HttpFile {
  requests: HttpRequest[];
  variables: FileVariable[];
  problems: ParseProblem[];
}
