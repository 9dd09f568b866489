/**
 * A small entry graph for unit tests of what is made from it (open data, feeds, citations, share
 * metadata): a jurisdiction, a person, two organisations, a source, a letter, two quotes and a position.
 */
import { type AnyGraphInput, buildEntryGraph } from '../../src/lib/graph.ts';
import { jurisdiction, letter, organisation, person, position, quote, source } from './records.ts';

export const SMALL_INPUTS: AnyGraphInput[] = [
  jurisdiction('nl', 'Netherlands', 'NL'),
  organisation('ministry', 'Ministry of Justice', 'government', { jurisdiction: 'nl', wikidata: 'Q1' }),
  organisation('rights-group', 'Rights & <Group>', 'civil-society'),
  person('minister', 'A. Minister', { roles: [{ title: 'Minister of Justice', organisation: 'ministry' }] }),
  source('report', {
    title: 'A {news} report',
    publisher: 'The Paper',
    url: 'https://news.example.org/report',
    published: '2020-06-02',
    authors: ['B. Reporter'],
  }),
  letter('letter', {
    title: 'Letter to the minister',
    date: '2020-05',
    signatories: ['rights-group'],
    recipients: ['minister'],
    stance: 'opposes',
    jurisdiction: 'nl',
    summary: 'It asks the minister not to weaken encryption.',
  }),
  quote('balance', {
    text: 'We will find a balance </script><script>alert(1)</script> & more',
    speaker: 'minister',
    date: '2020-06-01',
    stance: 'mixed',
    jurisdiction: 'nl',
  }),
  quote('old-line', { text: 'Encryption keeps us safe', speaker: 'rights-group', date: '2019', stance: 'opposes' }),
  position('nl-2020', {
    jurisdiction: 'nl',
    actor: 'ministry',
    subject: 'lawful access to messages',
    stance: 'mixed',
    date: '2020-07-01',
    summary: 'The ministry weighs security against privacy.',
  }),
];

export function smallGraph() {
  return buildEntryGraph(SMALL_INPUTS);
}
