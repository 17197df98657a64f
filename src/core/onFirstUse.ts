/**
 * A value made on first use and kept: what activation registers (providers, views, services) makes its implementation
 * only when it is first asked for. A make that fails is tried again on the next use, as a failed command load is.
 */
export function onFirstUse<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => made ??= make().catch((error: unknown) => {
    made = undefined;
    throw error;
  });
}
