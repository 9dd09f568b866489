/**
 * The letters and quotes of each topic, newest first, for the topic pages (src/pages/topics/). Only
 * letters and quotes carry `topics`; every id they list is in the vocabulary (the check sees to it).
 */
import { compareNewestFirst } from '../entry-facts.ts';
import type { EntryGraph, GraphEntry } from '../graph.ts';
import { TOPIC_IDS, type TopicId } from '../topics.ts';

export function entriesByTopic(graph: EntryGraph): Map<TopicId, GraphEntry<'letters' | 'quotes'>[]> {
  const byTopic = new Map<TopicId, GraphEntry<'letters' | 'quotes'>[]>(TOPIC_IDS.map((id) => [id, []]));
  for (const entry of [...graph.all('letters'), ...graph.all('quotes')]) {
    for (const topic of entry.data.topics ?? []) byTopic.get(topic as TopicId)?.push(entry);
  }
  const newestFirst = compareNewestFirst(graph);
  for (const entries of byTopic.values()) entries.sort(newestFirst);
  return byTopic;
}
