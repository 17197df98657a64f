/**
 * The `.http` text "Publish an app through this group" opens: the steps of Microsoft's tutorial "Configure
 * Application Proxy using Microsoft Graph" (concepts/application-proxy-configure-api.md) for one connector group,
 * in the shape of examples/publish-an-app.http: find the Custom template, instantiate it, set identifierUris/web
 * (v1.0), set onPremisesPublishing (beta), assign the app to the group, then list the group's apps. Request
 * variables carry the ids from `instantiate` to the later steps. Pure, so the text is unit-tested and validated.
 */

const GRAPH = 'https://graph.microsoft.com';
const CONNECTOR_GROUPS = `${GRAPH}/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups`;

export interface PublishAppInput {
  /** The connector group the app is published through. */
  groupId: string;
  /** Its name, for the comments. */
  groupName: string;
  displayName: string;
  internalUrl: string;
  externalUrl: string;
}

/** Why `value` cannot be the app's display name, or undefined. */
export function validateAppDisplayName(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter a display name.';
  if (/[\r\n]/.test(value)) return 'The display name must be one line.';
  if (v.length > 256) return 'The display name can be at most 256 characters.';
  if (v.includes('{{')) return 'The display name cannot contain "{{" (it would be read as a variable).';
  return undefined;
}

/** Why `value` cannot be the internal or external URL (an absolute http(s) URL, one line), or undefined. */
export function validateAppUrl(value: string, kind: 'internal' | 'external'): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter a URL.';
  if (/\s/.test(v) || v.includes('{{')) return 'The URL cannot contain spaces or "{{".';
  let url: URL;
  try { url = new URL(v); } catch { return 'Enter an absolute URL, such as https://app.contoso.local/.'; }
  if (kind === 'external' && url.protocol !== 'https:') return 'The external URL must start with https://.';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The URL must start with https:// or http://.';
  return undefined;
}

/** A default external URL for `displayName`: `https://<name>-<tenant>.msappproxy.net/`, the tenant's App Proxy domain. */
export function defaultExternalUrl(displayName: string, tenantLabel = 'contoso'): string {
  const slug = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'app';
  return `https://${slug(displayName)}-${slug(tenantLabel)}.msappproxy.net/`;
}

const oneLine = (s: string): string => s.replace(/[\r\n]+/g, ' ').trim();

export function publishAppText(input: PublishAppInput): string {
  const group = oneLine(input.groupName);
  const app = `{{app.response.body.$.application.id}}`;
  const groupUrl = `${CONNECTOR_GROUPS}/${encodeURIComponent(input.groupId)}`;
  const json = (v: unknown): string => JSON.stringify(v, null, 2);
  const blocks: string[] = [
    [
      `# Publish "${oneLine(input.displayName)}" through the connector group "${group}" (Application Proxy).`,
      '# The steps of Microsoft\'s tutorial "Configure Application Proxy using Microsoft Graph"',
      '# (concepts/application-proxy-configure-api.md): send them top to bottom, each id flows from the',
      '# response that created it. Permissions (delegated): Application.ReadWrite.All, Directory.ReadWrite.All.',
      '',
      '# The internal URL your connectors reach, the external one users open',
      '# (your tenant\'s msappproxy.net domain or a verified custom domain).',
      `@internalUrl = ${input.internalUrl.trim()}`,
      `@externalUrl = ${input.externalUrl.trim()}`,
    ].join('\n'),
    [
      '### 1. Find the Custom application template',
      '# @name template',
      `GET ${GRAPH}/v1.0/applicationTemplates?$filter=displayName eq 'Custom'`,
    ].join('\n'),
    [
      '### 2. Create the app (and its service principal) from the template (201)',
      '# @name app',
      `POST ${GRAPH}/v1.0/applicationTemplates/{{template.response.body.$.value[0].id}}/instantiate`,
      'Content-Type: application/json',
      '',
      json({ displayName: input.displayName.trim() }),
    ].join('\n'),
    [
      '### 3. The external URL as identifier URI, redirect URI and home page (204)',
      `PATCH ${GRAPH}/v1.0/applications/${app}`,
      'Content-Type: application/json',
      '',
      json({ identifierUris: ['{{externalUrl}}'], web: { redirectUris: ['{{externalUrl}}'], homePageUrl: '{{externalUrl}}' } }),
    ].join('\n'),
    [
      '### 4. Publish it: internal and external URL, pre-authentication, cookies, translation (beta, 204)',
      `PATCH ${GRAPH}/beta/applications/${app}`,
      'Content-Type: application/json',
      '',
      json({
        onPremisesPublishing: {
          externalAuthenticationType: 'aadPreAuthentication',
          internalUrl: '{{internalUrl}}',
          externalUrl: '{{externalUrl}}',
          isHttpOnlyCookieEnabled: true,
          isPersistentCookieEnabled: true,
          isSecureCookieEnabled: true,
          isStateSessionEnabled: true,
          isTranslateHostHeaderEnabled: true,
          isTranslateLinksInBodyEnabled: true,
        },
      }),
    ].join('\n'),
    [
      `### 5. Assign the app to the connector group "${group}" (204)`,
      `PUT ${GRAPH}/beta/applications/${app}/connectorGroup/$ref`,
      'Content-Type: application/json',
      '',
      json({ '@odata.id': groupUrl }),
    ].join('\n'),
    [
      `### 6. The group "${group}" now lists the app, with its URLs`,
      `GET ${groupUrl}/applications`,
    ].join('\n'),
  ];
  return `${blocks.join('\n\n')}\n`;
}
