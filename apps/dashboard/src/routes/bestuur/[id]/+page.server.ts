import type { EntryGenerator, PageServerLoad } from './$types';
import { readUnits } from '$lib/site/read-units.server';

// Prerendered for every board of the dataset the site is built from (read at build time, in Node).
export const entries: EntryGenerator = () => readUnits('boards').map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => ({
  id: params.id,
  name: readUnits('boards').find((u) => u.id === params.id)?.name ?? params.id,
});
