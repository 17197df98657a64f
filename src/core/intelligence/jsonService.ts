import { getLanguageService, type JSONDocument, type LanguageService, type Diagnostic } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { GraphSchema } from '../graph/schemas';

/** A parsed JSON body: the service's document plus its TextDocument (offsets are relative to the body). */
export interface ParsedJson { textDocument: TextDocument; jsonDocument: JSONDocument }

/**
 * The JSON language service, made once per validator/completer and passed down (no module singleton).
 * It parses with error recovery, validates against our schemas, and completes and hovers from them.
 */
export interface JsonService {
  readonly service: LanguageService;
  parse(text: string): ParsedJson;
  syntaxErrors(parsed: ParsedJson): Diagnostic[];
  /**
   * Schema problems, synchronously. `doValidation` is async because it resolves `$ref`s through the schema
   * service; our generated schemas have no `$ref`, so the parsed document's own validate() is enough and
   * keeps `validate(text)` synchronous for the editor and the CLI.
   */
  schemaProblems(parsed: ParsedJson, schema: GraphSchema): Diagnostic[];
}

export function createJsonService(): JsonService {
  const service = getLanguageService({});
  service.configure({ validate: true, allowComments: false });
  return {
    service,
    parse(text) {
      const textDocument = TextDocument.create('inmemory://body.json', 'json', 1, text);
      return { textDocument, jsonDocument: service.parseJSONDocument(textDocument) };
    },
    syntaxErrors(parsed) {
      return ((parsed.jsonDocument as any).syntaxErrors ?? []) as Diagnostic[];
    },
    schemaProblems(parsed, schema) {
      const doc = parsed.jsonDocument as any;
      return typeof doc.validate === 'function' ? (doc.validate(parsed.textDocument, schema, 1) ?? []) as Diagnostic[] : [];
    },
  };
}
