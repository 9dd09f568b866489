/**
 * The open data's files, written with the site from the entry graph: the whole record and each
 * collection as JSON, each collection as CSV, their JSON Schemas (generated from the content
 * schemas) and the Frictionless `datapackage.json`. The /data/ page explains them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../data/site-graph.ts';
import { COLLECTIONS, type CollectionName } from '../../lib/collections.ts';
import { toCsv } from '../../lib/open-data/csv.ts';
import { DATA_FILES, dataPackage } from '../../lib/open-data/datapackage.ts';
import { collectionJsonSchema, recordJsonSchema } from '../../lib/open-data/json-schemas.ts';
import { LICENCE } from '../../lib/open-data/licence.ts';
import { absoluteUrl, dataFilePath, SITE_PAGES } from '../../lib/routes.ts';
import { SITE_NAME, SITE_PURPOSE } from '../../lib/site.ts';

type DataFile =
  | { kind: 'record' | 'record-schema' | 'datapackage' }
  | { kind: 'json' | 'csv' | 'schema'; collection: CollectionName };

export const getStaticPaths = (() => [
  { params: { file: DATA_FILES.record }, props: { kind: 'record' } },
  { params: { file: DATA_FILES.recordSchema }, props: { kind: 'record-schema' } },
  { params: { file: DATA_FILES.datapackage }, props: { kind: 'datapackage' } },
  ...COLLECTIONS.flatMap((collection) => [
    { params: { file: DATA_FILES.json(collection) }, props: { kind: 'json', collection } },
    { params: { file: DATA_FILES.csv(collection) }, props: { kind: 'csv', collection } },
    { params: { file: DATA_FILES.schema(collection) }, props: { kind: 'schema', collection } },
  ]),
]) satisfies GetStaticPaths;

const json = (value: unknown) =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

export const GET: APIRoute = async ({ props, site }) => {
  const file = props as DataFile;
  const { openData } = await siteContent();
  const { records, built } = openData();
  const url = (path: string) => absoluteUrl(path, site!);
  const schemaUrl = (collection: CollectionName) => url(dataFilePath(DATA_FILES.schema(collection)));
  switch (file.kind) {
    case 'record':
      return json({ title: SITE_NAME, url: url(SITE_PAGES.home), built, licence: LICENCE, collections: records });
    case 'record-schema':
      return json(recordJsonSchema(url(dataFilePath(DATA_FILES.recordSchema))));
    case 'json':
      return json(records[file.collection]);
    case 'schema':
      return json(collectionJsonSchema(file.collection, schemaUrl(file.collection)));
    case 'csv':
      return new Response(toCsv(file.collection, records[file.collection]), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
      });
    case 'datapackage':
      return json(
        dataPackage({
          title: SITE_NAME,
          description: SITE_PURPOSE.join(' '),
          homepage: url(SITE_PAGES.data),
          created: built,
          schemas: Object.fromEntries(
            COLLECTIONS.map((collection) => [collection, collectionJsonSchema(collection, schemaUrl(collection))]),
          ) as Record<CollectionName, ReturnType<typeof collectionJsonSchema>>,
        }),
      );
  }
};
