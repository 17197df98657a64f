/** Request intelligence for `.http` documents: validation, completion, hover. Pure; no `vscode`. */
export { createValidator, type GraphValidator, type ValidatorOptions } from './validator';
export { applyEdits, type CodeFix, type GraphDiagnostic, type Severity, type TextEdit } from './types';
