import { notFound } from './errors';
import { noContent, type SandboxRequest, type GraphResult } from './request';

/** DELETE /users/{id}: 204; the user's app role assignments go with it (tutorial step 7). */
export function deleteUser(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  const id = req.params[0];
  if (!state.users.has(id)) throw notFound(id);
  state.users.delete(id);
  for (const [aid, a] of state.appRoleAssignments) if (a.principalId === id) state.appRoleAssignments.delete(aid);
  return noContent();
}
