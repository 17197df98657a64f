import { randomUUID } from 'node:crypto';
import { newApplication, type ServicePrincipal } from '../store';
import { notFound } from './errors';
import { collectionResult } from './odata';
import type { SandboxRequest, GraphResult } from './request';
import { applicationView } from './applications';
import { bodySchemas } from './bodySchemas';
import { validateBody } from './validateBody';

/**
 * The gallery the sandbox offers: the one template the App Proxy tutorial uses (concepts/application-proxy-configure-api.md
 * step 1 gives its id, 8adf8e6e-67b2-4cf2-a259-e3dc5476c621, found with $filter=displayName eq 'Custom').
 */
const TEMPLATES = [{
  id: '8adf8e6e-67b2-4cf2-a259-e3dc5476c621', displayName: 'Custom', homePageUrl: null,
  supportedSingleSignOnModes: ['password', 'saml', 'notSupported'], supportedProvisioningTypes: [], logoUrl: null,
  categories: [], publisher: 'Microsoft Corporation', description: null,
}];

/** The tutorial's step 5 assigns this role: the default User role of a Custom app's service principal. */
const DEFAULT_USER_ROLE = {
  allowedMemberTypes: ['User'], description: 'User', displayName: 'User', id: '18d14569-c3bd-439b-9a66-3a2aee01d14f',
  isEnabled: true, origin: 'Application', value: null,
};

export function listApplicationTemplates(req: SandboxRequest): GraphResult {
  return collectionResult(req, TEMPLATES, 'microsoft.graph.applicationTemplate', 'applicationTemplates');
}

/** POST /applicationTemplates/{id}/instantiate: 201 with the new application and its service principal. */
export function instantiateApplicationTemplate(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  const template = TEMPLATES.find(t => t.id === req.params[0]);
  if (!template) throw notFound(req.params[0]);
  const body = validateBody(req.body, bodySchemas['applicationTemplate.instantiate'], req.version);
  const displayName = body.displayName as string;
  const app = newApplication(randomUUID(), randomUUID(), displayName, template.id);
  const sp: ServicePrincipal = {
    id: randomUUID(), appId: app.appId, applicationTemplateId: template.id, displayName,
    servicePrincipalType: 'Application', appRoles: [{ ...DEFAULT_USER_ROLE }],
  };
  state.applications.set(app.id, app);
  state.servicePrincipals.set(sp.id, sp);
  return {
    status: 201,
    body: {
      '@odata.context': `${req.ctx.baseUrl}/${req.version}/$metadata#microsoft.graph.applicationServicePrincipal`,
      application: applicationView(app, req.version), servicePrincipal: sp,
    },
  };
}
