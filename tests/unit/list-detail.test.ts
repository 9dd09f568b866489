import { describe, expect, it } from 'vitest';
import { buildEntryGraph } from '../../src/lib/graph.ts';
import { listDetail } from '../../src/lib/list-detail.ts';
import { SMALL_INPUTS } from '../helpers/small-graph.ts';

const graph = buildEntryGraph(SMALL_INPUTS);
const detail = (collection: 'people' | 'organisations' | 'jurisdictions' | 'quotes', id: string) =>
  listDetail(graph, graph.get(collection, id)!);

describe('listDetail: what tells an undated entry apart in a list', () => {
  it('a person: their role and its organisation', () => {
    expect(detail('people', 'minister')).toEqual(['Minister of Justice, Ministry of Justice']);
  });

  it('an organisation: its jurisdiction, where it has one', () => {
    expect(detail('organisations', 'ministry')).toEqual(['Netherlands']);
    expect(detail('organisations', 'rights-group')).toEqual([]);
  });

  it('a jurisdiction: how many positions, by how many bodies', () => {
    expect(detail('jurisdictions', 'nl')).toEqual(['1 position by 1 body']);
  });

  it('a quote: the role its speaker held that day, when one is known', () => {
    expect(detail('quotes', 'balance')).toEqual(['Minister of Justice, Ministry of Justice']);
    // Said by an organisation: its name, in the title, is all.
    expect(detail('quotes', 'old-line')).toEqual([]);
  });

  it('nothing for a letter or position, whose date and stance say enough', () => {
    expect(listDetail(graph, graph.get('letters', 'letter')!)).toEqual([]);
    expect(listDetail(graph, graph.get('positions', 'nl-2020')!)).toEqual([]);
  });
});
