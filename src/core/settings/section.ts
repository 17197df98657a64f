/** The extension's settings section (`graphConnectorGroups.*` in settings.json), for whoever reads or writes them. */
export const SETTINGS_SECTION = 'graphConnectorGroups';
