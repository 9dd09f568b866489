/**
 * Every value of a findable filter with its name and total (`[value, label, total]`, by name), for
 * the search page to load only when a reader opens that filter, types a name or follows a link that
 * chose one: at scale the list is thousands of names, too many to render as checkboxes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../data/site-graph.ts';
import { type FacetValuesFile, FINDABLE_KEYS } from '../../../lib/search-facets.ts';

export const getStaticPaths = (() => FINDABLE_KEYS.map((facet) => ({ params: { facet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const facet = (await siteContent()).searchFacets().find((item) => item.key === params.facet);
  if (!facet) throw new Error(`no findable filter ${params.facet}`);
  const values: FacetValuesFile = facet.values.map(({ value, label, count }) => [value, label, count]);
  return new Response(JSON.stringify(values), { headers: { 'content-type': 'application/json' } });
};
