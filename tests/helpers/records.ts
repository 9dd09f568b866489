/**
 * The one builder of invented records for unit tests: an entry of each kind in one line, with every
 * field a test does not care about filled in the same way everywhere (a summary of "s", the source
 * `report`). A test names only what it asserts on; a field added to a schema is added here once.
 * The shared records themselves (small-graph.ts, small-record.ts) and the tests' own are built with it.
 */
import type { CollectionName } from '../../src/lib/collections.ts';
import type { AnyGraphInput, GraphInput } from '../../src/lib/graph.ts';
import type { EntryData } from '../../src/lib/schemas.ts';

type Data<C extends CollectionName> = EntryData[C];
type BodyLink = GraphInput['bodyLinks'][number];

/** An entry as the graph takes it: with no body links unless given. */
export function entry<C extends CollectionName>(
  collection: C,
  id: string,
  data: Data<C>,
  bodyLinks: BodyLink[] = [],
): AnyGraphInput {
  return { collection, id, data, bodyLinks } as AnyGraphInput;
}

export function jurisdiction(
  id: string,
  name: string,
  code: string,
  kind: Data<'jurisdictions'>['kind'] = 'country',
): AnyGraphInput {
  return entry('jurisdictions', id, { name, code, kind } as Data<'jurisdictions'>);
}

export function organisation(
  id: string,
  name: string,
  kind: Data<'organisations'>['kind'],
  more: Partial<Data<'organisations'>> = {},
): AnyGraphInput {
  return entry('organisations', id, { name, kind, ...more } as Data<'organisations'>);
}

export function person(id: string, name: string, more: Partial<Data<'people'>> = {}): AnyGraphInput {
  return entry('people', id, { name, ...more } as Data<'people'>);
}

/** A source: by default `A report` in `A paper`, a news item of 9 June 2015. */
export function source(id: string, more: Partial<Data<'sources'>> = {}): AnyGraphInput {
  return entry('sources', id, {
    title: 'A report',
    publisher: 'A paper',
    url: 'https://example.org/r',
    published: '2015-06-09',
    type: 'news',
    ...more,
  } as Data<'sources'>);
}

type Needs<C extends CollectionName, K extends keyof Data<C>> = Pick<Data<C>, K> & Partial<Data<C>>;

/** A letter titled `Letter <id>`, summarised "s", citing `report`. */
export function letter(
  id: string,
  fields: Needs<'letters', 'date' | 'signatories' | 'recipients' | 'stance'>,
): AnyGraphInput {
  return entry('letters', id, {
    title: `Letter ${id}`,
    summary: 's',
    sources: ['report'],
    ...fields,
  } as Data<'letters'>);
}

/** A quote of the words `Words <id>`, citing `report`. */
export function quote(id: string, fields: Needs<'quotes', 'speaker' | 'date' | 'stance'>): AnyGraphInput {
  return entry('quotes', id, { text: `Words ${id}`, sources: ['report'], ...fields } as Data<'quotes'>);
}

/** A position on `question <id>`, summarised "s", citing `report`. */
export function position(
  id: string,
  fields: Needs<'positions', 'jurisdiction' | 'actor' | 'stance' | 'date'> & { subject?: string },
): AnyGraphInput {
  return entry('positions', id, {
    subject: `question ${id}`,
    summary: 's',
    sources: ['report'],
    ...fields,
  } as Data<'positions'>);
}

/** The same entry with links in its body. */
export function withBodyLinks(input: AnyGraphInput, bodyLinks: BodyLink[]): AnyGraphInput {
  return { ...input, bodyLinks } as AnyGraphInput;
}
