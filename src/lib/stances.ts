/**
 * The stance vocabulary: every letter, quote and position answers one question — should providers be
 * required to give authorities exceptional access to encrypted data?
 */
import { withBase } from './base-path.ts';

export const STANCES = ['opposes', 'supports', 'undecided', 'mixed'] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_QUESTION =
  'Should providers be required to give authorities exceptional access to encrypted data — back doors, mandated “work-arounds”, decrypt-on-demand?';

/** What the question is about, in the fewest words: every label names it, so a stance never reads as bare "Supports". */
export const STANCE_OBJECT = 'mandated access';

/** Where the question is asked (the heading's id on the about page): every badge and the map legend link here. */
export const STANCE_QUESTION_ANCHOR = 'stance-question';
/** That heading as a root site path; `withBase` makes it an address. The browser's search bundle links to it too. */
export const STANCE_QUESTION_PATH = `/about/#${STANCE_QUESTION_ANCHOR}`;

/** A stance's texture on the map, drawn in a 6×6 tile: lines (an SVG path) or a dot of this radius at its centre. */
export type StancePattern = { lines: string } | { dot: number };

/**
 * The one table of each stance, so adding or rewording a stance is one edit here. Wording: `label`
 * for badges, legends, filters, titles and feeds (lower-cased inside a sentence), `short` only under
 * a heading that names the object (the stance chart's "Mandated access" axis), `meaning` where the
 * label is explained. Marks, so a stance never relies on colour alone: `shape` beside the word, and
 * on the map a `texture` (as the legend names it) drawn by `pattern`. Its colour is the CSS variable
 * named after it (`--opposes`, src/styles/global.css).
 */
export const STANCE_LABELS: Record<
  Stance,
  { label: string; short: string; meaning: string; shape: string; texture: string; pattern: StancePattern }
> = {
  opposes: {
    label: `Against ${STANCE_OBJECT}`,
    short: 'Against',
    meaning: 'against such requirements',
    shape: '✕',
    texture: 'diagonal lines',
    pattern: { lines: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2' },
  },
  supports: {
    label: `For ${STANCE_OBJECT}`,
    short: 'For',
    meaning: 'for such requirements',
    shape: '✓',
    texture: 'dots',
    pattern: { dot: 1.4 },
  },
  undecided: {
    label: `Undecided on ${STANCE_OBJECT}`,
    short: 'Undecided',
    meaning: 'weighing it, or has not taken a position',
    shape: '?',
    texture: 'horizontal lines',
    pattern: { lines: 'M0,3 h6' },
  },
  mixed: {
    label: `Mixed on ${STANCE_OBJECT}`,
    short: 'Mixed',
    meaning: 'for some forms, against others',
    shape: '±',
    texture: 'cross-hatching',
    pattern: { lines: 'M0,0 l6,6 M6,0 l-6,6' },
  },
};

/** A stance badge's parts, which StanceBadge.astro and the search page's results both draw, so the two agree. */
export interface StanceBadgeParts {
  /** A link to the stance question, or plain where the badge stands beside the question itself. */
  tag: 'a' | 'span';
  className: string;
  /** The stance question's address, on a link. */
  href?: string;
  /** Shown, but hidden from screen readers: the label says the same. */
  shape: string;
  label: string;
}

export function stanceBadge(stance: Stance, link = true): StanceBadgeParts {
  const { label, shape } = STANCE_LABELS[stance];
  return {
    tag: link ? 'a' : 'span',
    className: `stance stance-${stance}`,
    ...(link ? { href: withBase(STANCE_QUESTION_PATH) } : {}),
    shape,
    label,
  };
}
