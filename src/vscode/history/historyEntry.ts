// Moved to src/core/history/historyEntry.ts (the domain lives in src/core); this re-export goes once its last importers are updated.
export * from '../../core/history/historyEntry';
