/** A GUID as Graph writes ids, tenant ids and client ids: 8-4-4-4-12 hex digits, either case. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
