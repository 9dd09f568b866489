/**
 * A small entry graph for unit tests of what is made from it (open data, feeds, citations, share
 * metadata): a jurisdiction, a person, two organisations, a source, a letter, two quotes and a position.
 */
import { type AnyGraphInput, buildEntryGraph } from '../../src/lib/graph.ts';

export const SMALL_INPUTS: AnyGraphInput[] = [
  { collection: 'jurisdictions', id: 'nl', data: { name: 'Netherlands', code: 'NL', kind: 'country' }, bodyLinks: [] },
  {
    collection: 'organisations',
    id: 'ministry',
    data: { name: 'Ministry of Justice', kind: 'government', jurisdiction: 'nl', wikidata: 'Q1' },
    bodyLinks: [],
  },
  {
    collection: 'organisations',
    id: 'rights-group',
    data: { name: 'Rights & <Group>', kind: 'civil-society' },
    bodyLinks: [],
  },
  {
    collection: 'people',
    id: 'minister',
    data: { name: 'A. Minister', roles: [{ title: 'Minister of Justice', organisation: 'ministry' }] },
    bodyLinks: [],
  },
  {
    collection: 'sources',
    id: 'report',
    data: {
      title: 'A {news} report',
      publisher: 'The Paper',
      url: 'https://news.example.org/report',
      published: '2020-06-02',
      type: 'news',
      authors: ['B. Reporter'],
    },
    bodyLinks: [],
  },
  {
    collection: 'letters',
    id: 'letter',
    data: {
      title: 'Letter to the minister',
      date: '2020-05',
      signatories: ['rights-group'],
      recipients: ['minister'],
      stance: 'opposes',
      jurisdiction: 'nl',
      summary: 'It asks the minister not to weaken encryption.',
      sources: ['report'],
    },
    bodyLinks: [],
  },
  {
    collection: 'quotes',
    id: 'balance',
    data: {
      text: 'We will find a balance </script><script>alert(1)</script> & more',
      speaker: 'minister',
      date: '2020-06-01',
      stance: 'mixed',
      sources: ['report'],
      jurisdiction: 'nl',
    },
    bodyLinks: [],
  },
  {
    collection: 'quotes',
    id: 'old-line',
    data: {
      text: 'Encryption keeps us safe',
      speaker: 'rights-group',
      date: '2019',
      stance: 'opposes',
      sources: ['report'],
    },
    bodyLinks: [],
  },
  {
    collection: 'positions',
    id: 'nl-2020',
    data: {
      jurisdiction: 'nl',
      actor: 'ministry',
      subject: 'lawful access to messages',
      stance: 'mixed',
      date: '2020-07-01',
      summary: 'The ministry weighs security against privacy.',
      sources: ['report'],
    },
    bodyLinks: [],
  },
];

export function smallGraph() {
  return buildEntryGraph(SMALL_INPUTS);
}
