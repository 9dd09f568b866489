/**
 * The stance vocabulary: every letter, quote and position answers one question — should providers be
 * required to give authorities exceptional access to encrypted data?
 */
export const STANCES = ['opposes', 'supports', 'undecided', 'mixed'] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_QUESTION =
  'Should providers be required to give authorities exceptional access to encrypted data — back doors, mandated “work-arounds”, decrypt-on-demand?';

export const STANCE_LABELS: Record<Stance, { label: string; meaning: string }> = {
  opposes: { label: 'Opposes', meaning: 'against such requirements' },
  supports: { label: 'Supports', meaning: 'for such requirements' },
  undecided: { label: 'Undecided', meaning: 'weighing it, or has not taken a position' },
  mixed: { label: 'Mixed', meaning: 'for some forms, against others' },
};

/** A shape for each stance, so that a badge never relies on colour alone. */
export const STANCE_SHAPES: Record<Stance, string> = { opposes: '✕', supports: '✓', undecided: '?', mixed: '±' };
