/**
 * Public face of `.http` variables: finding `{{...}}` references, substituting them
 * (system, request, file and environment variables) and resolving a whole parsed request.
 */
export { findVariableReferences, type VariableReference } from './variableReferences';
export { substituteVariables, VariableResolver, type VariableContext, type Substitution } from './substitute';
export { resolveRequest, type ResolvedRequest, type ResolveContext } from './resolveRequest';
export { resolveRequestVariable, isRequestVariable, type RequestResult } from './requestVariables';
export { resolveSystemVariable, type SystemVariableProvider } from './systemVariables';
export { evaluateJsonPath } from './jsonPath';
