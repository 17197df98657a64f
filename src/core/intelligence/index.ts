/** Request intelligence for `.http` documents: validation, completion, hover. Pure; no `vscode`. */
export { createValidator, type GraphValidator, type ValidatorOptions } from './validator';
export { applyEdits, type CodeFix, type GraphDiagnostic, type Severity, type TextEdit } from './types';
export { getCompletions, type GraphCompletion, type CompletionKind, type IntelligenceOptions } from './completion';
export { getHover, type GraphHover } from './hover';
export { validateBodyDocument } from './bodyDocument';
export { getDefinition, type GraphDefinition } from './connectorDefinition';
