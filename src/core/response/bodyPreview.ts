import { open } from 'node:fs/promises';

export const PREVIEW_BYTES = 256 * 1024;

/**
 * The first bytes of a large body spilled to a temp file, read asynchronously so a 40 MB response never
 * blocks the extension host. A multi-byte character cut at the end is dropped by the decoder.
 */
export async function readBodyPreview(file: string, bytes = PREVIEW_BYTES): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return new TextDecoder('utf-8', { fatal: false }).decode(buffer.subarray(0, bytesRead)).replace(/\uFFFD$/, '');
  } finally {
    await handle.close();
  }
}
