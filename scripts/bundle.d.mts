import type { BuildResult } from 'esbuild';

export const LAZY_VENDORS: Record<string, string>;
export function bundleAll(options?: { production?: boolean; outdir?: string; metafile?: boolean; cli?: boolean }): Promise<BuildResult>;
