/**
 * What a list says of an entry after its kind: what a reader needs to tell one person,
 * organisation or jurisdiction from another without opening it — a person's role, an
 * organisation's jurisdiction, how many positions a jurisdiction has and from how many bodies — and
 * for a quote, the role its speaker held that day (its title already names the speaker).
 */
import { roleText, speakerRole } from './attribution.ts';
import { entryKey, type EntryGraph, type GraphEntry } from './graph.ts';

function counted(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

export function listDetail(graph: EntryGraph, entry: GraphEntry): string[] {
  if (entry.collection === 'people') {
    const { roles = [], jurisdiction } = (entry as GraphEntry<'people'>).data;
    const place = jurisdiction ? graph.get('jurisdictions', jurisdiction)?.data.name : undefined;
    // The first role listed: a person's file lists the role they are on record for first.
    return [...(roles[0] ? [roleText(graph, roles[0])] : []), ...(place ? [place] : [])];
  }
  if (entry.collection === 'organisations') {
    const { jurisdiction } = (entry as GraphEntry<'organisations'>).data;
    const place = jurisdiction ? graph.get('jurisdictions', jurisdiction)?.data.name : undefined;
    return place ? [place] : [];
  }
  if (entry.collection === 'quotes') {
    const role = speakerRole(graph, (entry as GraphEntry<'quotes'>).data);
    return role ? [role] : [];
  }
  if (entry.collection === 'jurisdictions') {
    const positions = graph.linking(entryKey('jurisdictions', entry.id), 'positions', 'jurisdiction');
    if (!positions.length) return ['no position on record'];
    const bodies = new Set(positions.map((position) => position.data.actor)).size;
    return [`${counted(positions.length, 'position', 'positions')} by ${counted(bodies, 'body', 'bodies')}`];
  }
  return [];
}
