/**
 * A small invented record for the view tests, built straight into an entry graph: two
 * jurisdictions (a country and the EU), a body whose stance moves, companies, a civil-society group,
 * an academic and a person who sign letters together, and quotes.
 */
import { type AnyGraphInput, buildEntryGraph } from '../../../src/lib/graph.ts';
import type { Stance } from '../../../src/lib/stances.ts';

const SOURCES = ['report'];

function org(id: string, name: string, kind: string): AnyGraphInput {
  return { collection: 'organisations', id, data: { name, kind }, bodyLinks: [] } as AnyGraphInput;
}

function position(id: string, jurisdiction: string, actor: string, stance: Stance, date: string, supersedes?: string) {
  return {
    collection: 'positions',
    id,
    data: {
      jurisdiction,
      actor,
      subject: `question ${id}`,
      stance,
      date,
      summary: 's',
      sources: SOURCES,
      ...(supersedes ? { supersedes } : {}),
    },
    bodyLinks: [],
  } as AnyGraphInput;
}

function letter(id: string, date: string, signatories: string[], stance: Stance, jurisdiction = 'fr') {
  return {
    collection: 'letters',
    id,
    data: {
      title: `Letter ${id}`,
      date,
      signatories,
      recipients: ['ministry'],
      stance,
      jurisdiction,
      summary: 's',
      sources: SOURCES,
    },
    bodyLinks: [],
  } as AnyGraphInput;
}

function quote(id: string, speaker: string, date: string, stance: Stance, jurisdiction?: string) {
  return {
    collection: 'quotes',
    id,
    data: { text: `Words ${id}`, speaker, date, stance, sources: SOURCES, ...(jurisdiction ? { jurisdiction } : {}) },
    bodyLinks: [],
  } as AnyGraphInput;
}

export function smallRecord() {
  return buildEntryGraph([
    {
      collection: 'sources',
      id: 'report',
      data: { title: 'R', publisher: 'P', url: 'https://example.org/r', published: '2020-01-01', type: 'news' },
      bodyLinks: [],
    },
    { collection: 'jurisdictions', id: 'fr', data: { name: 'France', code: 'FR', kind: 'country' }, bodyLinks: [] },
    { collection: 'jurisdictions', id: 'de', data: { name: 'Germany', code: 'DE', kind: 'country' }, bodyLinks: [] },
    {
      collection: 'jurisdictions',
      id: 'eu',
      data: { name: 'European Union', code: 'EU', kind: 'bloc' },
      bodyLinks: [],
    },
    org('ministry', 'Ministry', 'government'),
    org('commission', 'Commission', 'intergovernmental'),
    org('acme', 'Acme', 'company'),
    org('globex', 'Globex', 'company'),
    org('rights', 'Rights Group', 'civil-society'),
    org('uni', 'University', 'academic'),
    org('league', 'Industry League', 'trade-association'),
    org('paper', 'Paper', 'media'),
    { collection: 'people', id: 'lee', data: { name: 'Lee' }, bodyLinks: [] },
    position('fr-1', 'fr', 'ministry', 'supports', '2015-03'),
    position('fr-2', 'fr', 'ministry', 'mixed', '2018', 'fr-1'),
    position('fr-3', 'fr', 'ministry', 'opposes', '2021-06-01', 'fr-2'),
    position('eu-1', 'eu', 'commission', 'opposes', '2016-01-10'),
    letter('l1', '2016-05-02', ['acme', 'globex', 'rights', 'lee'], 'opposes'),
    letter('l2', '2019', ['acme', 'rights', 'uni', 'league', 'paper'], 'opposes'),
    letter('l3', '2020-02', ['globex', 'league'], 'mixed', 'eu'),
    quote('q1', 'lee', '2017-09-09', 'opposes'),
    quote('q2', 'lee', '2022-01', 'mixed', 'fr'),
  ]);
}
