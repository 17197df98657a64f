// Requests the Graph connector tests share, in the shapes of the docs examples (patch-schema, post-groups, put-items).
export const EC = 'https://graph.microsoft.com/v1.0/external/connections';
export const req = (line: string, body: string) => `${line}\nContent-Type: application/json\n\n${body}\n`;
export const SCHEMA = req(`PATCH ${EC}/{{conn}}/schema`, `{
  "baseType": "microsoft.graph.externalItem",
  "properties": [
    { "name": "title", "type": "string", "isSearchable": true, "labels": ["title"] },
    { "name": "priority", "type": "int64", "isQueryable": true },
    { "name": "tags", "type": "stringCollection", "isSearchable": true },
    { "name": "dueDates", "type": "dateTimeCollection" },
    { "name": "closed", "type": "boolean" }
  ]
}`);
export const GROUP = req(`# @name supportGroup\nPOST ${EC}/{{conn}}/groups`, '{ "id": "supportTeam", "displayName": "Support team" }');
/** The requests joined into one file whose `{{conn}}` is `tickets`. */
export const file = (...requests: string[]) => ['@conn = tickets\n', ...requests].join('\n###\n');
export const item = (body: string, id = 'TSP228082938') => req(`PUT ${EC}/tickets/items/${id}`, body);
/** The docs' acl entry (externalconnectors-externalitem.md JSON representation). */
export const GOOD_ACL = '"acl": [{ "type": "everyone", "value": "67a141d8-cf4e-4528-ba07-bed21bfacd2d", "accessType": "grant" }]';
