/**
 * The topics vocabulary: every topic a letter or quote may list in `topics`, by id, with the label a
 * reader sees. One controlled list, so a topic is spelt one way (the check refuses any other id and
 * suggests the nearest, src/lib/schemas.ts) and each has a page listing its entries
 * (src/pages/topics/). To add a topic, add a line here; an id is lower-case words joined by hyphens.
 */
import { nearestWord } from './nearest.ts';

export const TOPIC_LABELS = {
  'key-escrow': 'Key escrow',
  'interception-certificates': 'Interception certificates',
  interception: 'Interception',
  'going-dark': '“Going dark”',
  cloud: 'Cloud storage',
  'child-safety': 'Child safety',
  'apple-fbi': 'Apple and the FBI, 2016',
  apple: 'Apple',
  'assistance-and-access-act': 'Assistance and Access Act (Australia)',
  'back-doors': 'Back doors',
  'chat-control': 'Chat control',
  'child-sexual-abuse-regulation': 'EU Child Sexual Abuse Regulation',
  'client-side-scanning': 'Client-side scanning',
  'compliance-with-court-orders-act': 'Compliance with Court Orders Act (United States)',
  'counter-terrorism-law': 'Counter-terrorism law',
  'data-retention': 'Data retention',
  'detection-orders': 'Detection orders',
  'earn-it-act': 'EARN IT Act (United States)',
  encryption: 'Encryption',
  'end-to-end-encryption': 'End-to-end encryption',
  'exceptional-access': 'Exceptional access',
  'five-eyes': 'Five Eyes',
  'ghost-proposal': 'GCHQ’s “ghost” proposal',
  'investigatory-powers-act': 'Investigatory Powers Act (United Kingdom)',
  'lawful-access': 'Lawful access',
  messaging: 'Messaging services',
  'online-safety-bill': 'Online Safety Bill (United Kingdom)',
  privacy: 'Privacy',
  protecteu: 'ProtectEU internal security strategy',
  scanning: 'Scanning of messages',
  'section-230': 'Section 230 (United States)',
  'technical-capability-notice': 'Technical capability notices (United Kingdom)',
  terrorism: 'Terrorism',
  traceability: 'Traceability of messages',
  vupf: 'VÜPF, the Swiss surveillance ordinance',
  'work-arounds': 'Work-arounds to encryption',
  'yarovaya-law': 'Yarovaya law (Russia)',
} as const satisfies Record<string, string>;

export type TopicId = keyof typeof TOPIC_LABELS;

/** Every topic id, in the order of their labels. */
export const TOPIC_IDS: readonly TopicId[] = (Object.keys(TOPIC_LABELS) as TopicId[]).sort((a, b) =>
  TOPIC_LABELS[a].localeCompare(TOPIC_LABELS[b], 'en'),
);

export function isTopicId(value: string): value is TopicId {
  return Object.hasOwn(TOPIC_LABELS, value);
}

/** The label of a topic id the check accepted. */
export function topicLabel(id: string): string {
  return isTopicId(id) ? TOPIC_LABELS[id] : id;
}

/** Why a topic is refused, with the nearest known id as a suggestion; undefined for a known topic. */
export function unknownTopicProblem(value: string): { message: string; expected: string } | undefined {
  if (isTopicId(value)) return undefined;
  const near = nearestWord(value, TOPIC_IDS);
  return {
    message: `"${value}" is not a known topic`,
    expected: `${near ? `did you mean ${near}? ` : ''}a topic id from src/lib/topics.ts (add a new topic there, with its label)`,
  };
}
