import { describe, expect, it } from 'vitest';
import { editDistance, nearestWord } from '../../src/lib/nearest.ts';
import { ID_PATTERN } from '../../src/lib/ids.ts';
import { isTopicId, TOPIC_IDS, TOPIC_LABELS, topicLabel, unknownTopicProblem } from '../../src/lib/topics.ts';

describe('the topics vocabulary', () => {
  it('has ids written like entry ids, each with a label, listed by label', () => {
    for (const id of TOPIC_IDS) {
      expect(id).toMatch(ID_PATTERN);
      expect(TOPIC_LABELS[id].trim()).not.toBe('');
    }
    const labels = TOPIC_IDS.map((id) => TOPIC_LABELS[id]);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('keeps one spelling of each topic: no two ids a slip apart', () => {
    for (const a of TOPIC_IDS) {
      for (const b of TOPIC_IDS)
        if (a < b) expect(editDistance(a.replace(/-/g, ''), b.replace(/-/g, ''))).toBeGreaterThan(1);
    }
    expect(isTopicId('backdoors')).toBe(false);
    expect(isTopicId('assistance-and-access-bill')).toBe(false);
  });

  it('shows a label, never the id', () => {
    expect(topicLabel('back-doors')).toBe('Back doors');
    expect(topicLabel('earn-it-act')).toBe('EARN IT Act (United States)');
  });

  it('refuses an unknown topic with the nearest known id', () => {
    expect(unknownTopicProblem('encryption')).toBeUndefined();
    expect(unknownTopicProblem('backdoors')?.expected).toMatch(/^did you mean back-doors\? /);
    expect(unknownTopicProblem('assistance-and-access-bill')?.expected).toMatch(
      /^did you mean assistance-and-access-act\? /,
    );
    expect(unknownTopicProblem('weather')).toEqual({
      message: '"weather" is not a known topic',
      expected: 'a topic id from src/lib/topics.ts (add a new topic there, with its label)',
    });
    // A key of every object is not a topic.
    expect(isTopicId('constructor')).toBe(false);
  });
});

describe('nearestWord', () => {
  it('finds the closest word within a slip, and nothing beyond', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(nearestWord('stnace', ['stance', 'speaker'])).toBe('stance');
    expect(nearestWord('zzzzzz', ['stance', 'speaker'])).toBeUndefined();
  });
});
