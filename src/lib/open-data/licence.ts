/**
 * The terms the record is published under, said once: the data page, the data package and the
 * citations all quote these. Our own text and data are CC BY 4.0; quoted words stay their authors'.
 */
export const LICENCE = {
  /** The SPDX identifier, as the data package's `licenses` names it. */
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const LICENCE_TERMS = {
  ours: `The tracker's own text and data — summaries, stances, dates, links between entries and the files on this page — are published under ${LICENCE.title} (${LICENCE.id}): reuse them for any purpose, crediting the Encryption Policy Tracker and linking to the entry or file you used.`,
  quoted:
    "Quoted words (a quote's text, and the titles of letters and sources) remain their authors' and publishers'. We reproduce short passages to report and comment on them; reusing them is up to you, under the fair-dealing or fair-use rules where you are.",
} as const;
