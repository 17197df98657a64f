/**
 * Microsoft Graph Command Line Tools: a public client pre-registered in every tenant, so no app registration is
 * needed. The one copy of the id: the settings' default, MSAL's fallback and the sandbox's accepted public client.
 * It has no imports, so reading it loads neither msal-node nor anything else at activation.
 */
export const GRAPH_CLI_TOOLS_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';
