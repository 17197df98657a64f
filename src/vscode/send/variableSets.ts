// Moved to src/core/settings/variableSets.ts (the domain lives in src/core); this re-export goes once its last importers are updated.
export * from '../../core/settings/variableSets';
