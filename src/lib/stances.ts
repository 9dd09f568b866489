/**
 * The stance vocabulary: every letter, quote and position answers one question — should providers be
 * required to give authorities exceptional access to encrypted data?
 */
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

/**
 * The one table of stance wording: `label` for badges, legends, filters, titles and feeds (lower-cased
 * inside a sentence), `short` only under a heading that names the object (the stance chart's
 * "Mandated access" axis), `meaning` where the label is explained.
 */
export const STANCE_LABELS: Record<Stance, { label: string; short: string; meaning: string }> = {
  opposes: { label: `Against ${STANCE_OBJECT}`, short: 'Against', meaning: 'against such requirements' },
  supports: { label: `For ${STANCE_OBJECT}`, short: 'For', meaning: 'for such requirements' },
  undecided: {
    label: `Undecided on ${STANCE_OBJECT}`,
    short: 'Undecided',
    meaning: 'weighing it, or has not taken a position',
  },
  mixed: { label: `Mixed on ${STANCE_OBJECT}`, short: 'Mixed', meaning: 'for some forms, against others' },
};

/** A shape for each stance, so that a badge never relies on colour alone. */
export const STANCE_SHAPES: Record<Stance, string> = { opposes: '✕', supports: '✓', undecided: '?', mixed: '±' };
