/** A file's size as readers say it in Danish: "85 kB", "1,4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${(bytes / 1000 / 1000).toFixed(1).replace('.', ',')} MB`;
}
