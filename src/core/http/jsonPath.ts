/**
 * The small JSONPath subset REST Client users write in request variables:
 * `$`, `.name`, `[0]`, `['name']` / `["name"]`. Returns undefined when the path does not match,
 * so the caller can report the variable as unresolved instead of throwing.
 */
export function evaluateJsonPath(root: unknown, path: string): unknown {
  if (!path.startsWith('$')) return undefined;
  const steps = parseSteps(path.slice(1));
  if (!steps) return undefined;
  let current: unknown = root;
  for (const step of steps) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step < 0 ? current.length + step : step];
    } else {
      if (!Object.prototype.hasOwnProperty.call(current, step)) return undefined;
      current = (current as Record<string, unknown>)[step];
    }
    if (current === undefined) return undefined;
  }
  return current;
}

const STEP = /^(?:\.([^.[\]]+)|\[(-?\d+)\]|\['([^']*)'\]|\["([^"]*)"\])/;

function parseSteps(rest: string): (string | number)[] | undefined {
  const steps: (string | number)[] = [];
  while (rest) {
    const m = STEP.exec(rest);
    if (!m) return undefined;
    steps.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? m[3] ?? m[4]));
    rest = rest.slice(m[0].length);
  }
  return steps;
}
