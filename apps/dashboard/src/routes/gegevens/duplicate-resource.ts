/**
 * The first table chosen for two files: each table may come from one file only.
 * @param entries the plain tables the reader chose, each with its table ('' when none is chosen yet)
 * @returns the table chosen twice, or null
 * @example duplicateResource([{ resource: 'pupils' }, { resource: '' }, { resource: 'pupils' }]) // 'pupils'
 */
export function duplicateResource(entries: readonly { resource: string }[]): string | null {
  const seen = new Set<string>();
  for (const { resource } of entries) {
    if (!resource) continue;
    if (seen.has(resource)) return resource;
    seen.add(resource);
  }
  return null;
}
