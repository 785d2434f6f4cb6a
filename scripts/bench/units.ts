/**
 * Units the benchmark reports in. Sizes use binary multiples throughout: 1 KB = 1024 bytes,
 * 1 MB = 1024 KB, 1 GB = 1024 MB, so a budget of "2 KB" is 2048 bytes.
 */
export const KB = 1024;
export const MB = 1024 * KB;
export const GB = 1024 * MB;

/** "812 B", "1.9 KB", "48.3 MB", "1.12 GB". */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / KB).toFixed(1)} KB`;
  if (bytes < GB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / GB).toFixed(2)} GB`;
}

/** "850 ms", "12.4 s". */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
