/**
 * A small invented record for the view tests, built straight into an entry graph: two
 * jurisdictions (a country and the EU), a body whose stance moves, companies, a civil-society group,
 * an academic and a person who sign letters together, and quotes.
 */
import { buildEntryGraph } from '../../src/lib/graph.ts';
import type { Stance } from '../../src/lib/stances.ts';
import { jurisdiction, letter, organisation, person, position, quote, source } from './records.ts';

function stance(id: string, where: string, actor: string, stance: Stance, date: string, supersedes?: string) {
  return position(id, { jurisdiction: where, actor, stance, date, ...(supersedes ? { supersedes } : {}) });
}

function signed(id: string, date: string, signatories: string[], stance: Stance, where = 'fr') {
  return letter(id, { date, signatories, recipients: ['ministry'], stance, jurisdiction: where });
}

export function smallRecord() {
  return buildEntryGraph([
    source('report', { title: 'R', publisher: 'P', url: 'https://example.org/r', published: '2020-01-01' }),
    jurisdiction('fr', 'France', 'FR'),
    jurisdiction('de', 'Germany', 'DE'),
    jurisdiction('eu', 'European Union', 'EU', 'bloc'),
    organisation('ministry', 'Ministry', 'government'),
    organisation('commission', 'Commission', 'intergovernmental'),
    organisation('acme', 'Acme', 'company'),
    organisation('globex', 'Globex', 'company'),
    organisation('rights', 'Rights Group', 'civil-society'),
    organisation('uni', 'University', 'academic'),
    organisation('league', 'Industry League', 'trade-association'),
    organisation('paper', 'Paper', 'media'),
    person('lee', 'Lee'),
    stance('fr-1', 'fr', 'ministry', 'supports', '2015-03'),
    stance('fr-2', 'fr', 'ministry', 'mixed', '2018', 'fr-1'),
    stance('fr-3', 'fr', 'ministry', 'opposes', '2021-06-01', 'fr-2'),
    stance('eu-1', 'eu', 'commission', 'opposes', '2016-01-10'),
    signed('l1', '2016-05-02', ['acme', 'globex', 'rights', 'lee'], 'opposes'),
    signed('l2', '2019', ['acme', 'rights', 'uni', 'league', 'paper'], 'opposes'),
    signed('l3', '2020-02', ['globex', 'league'], 'mixed', 'eu'),
    quote('q1', { speaker: 'lee', date: '2017-09-09', stance: 'opposes' }),
    quote('q2', { speaker: 'lee', date: '2022-01', stance: 'mixed', jurisdiction: 'fr' }),
  ]);
}
