// Moved to src/core/graph/routeInfo.ts (the domain lives in src/core); this re-export goes once its last importers are updated.
export * from '../../core/graph/routeInfo';
