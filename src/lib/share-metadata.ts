/**
 * What a page tells search engines and link previews: a description, and schema.org JSON-LD fitting
 * the entry's kind (a quote is a `Quotation`, a person a `Person`, a letter a `CreativeWork`, …).
 * A quote's description is its words and its speaker, so its card shows them; words not in English
 * are followed by their English translation, and a translation says it is one. A quote's JSON-LD has
 * `inLanguage`; its translation is a second `Quotation` (`workTranslation`, `inLanguage: en`, with its
 * `translator`), or, for words known only in translation, the original is a `translationOfWork`
 * whose text the record does not have. JSON-LD is written
 * with `<`, `>` and `&` escaped, so no text in the record can close its script element.
 */
import { quoteAttribution } from './attribution.ts';
import { COLLECTION_LABELS } from './collections.ts';
import { formatPartialDate, partialDate } from './dates.ts';
import { entryTitle } from './entry-facts.ts';
import { type EntryGraph, type GraphEntry, isIn } from './graph.ts';
import type { Source } from './schemas.ts';
import type { CollectionName } from './collections.ts';
import { quotedWithLanguage, quoteLanguage, type Translator } from './quote-language.ts';
import { STANCE_LABELS } from './stances.ts';
import { SIGNATORIES_LISTED } from './views/signatories.ts';

/** Search engines show about this many characters of a description. */
export const DESCRIPTION_MAX = 300;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= DESCRIPTION_MAX ? flat : `${flat.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…`;
}

/** One sentence or two about an entry, for `<meta name="description">` and the link preview. */
export function entryDescription(graph: EntryGraph, entry: GraphEntry): string {
  if (isIn(entry, 'quotes'))
    return clip(`${quotedWithLanguage(graph, entry.data)} — ${quoteAttribution(graph, entry.data)}`);
  if (isIn(entry, 'letters') || isIn(entry, 'positions')) return clip(entry.data.summary);
  if (isIn(entry, 'sources')) {
    const { publisher, published, title } = entry.data;
    return clip(`${title}. ${publisher}, ${formatPartialDate(partialDate(published))}. A source of the record.`);
  }
  if (isIn(entry, 'people')) {
    const role = entry.data.roles?.[0]?.title;
    return clip(
      `${entry.data.name}${role ? `, ${role}` : ''}: quotes, letters and positions on encryption back doors.`,
    );
  }
  if (isIn(entry, 'organisations')) {
    return clip(`${entry.data.name}: its quotes, letters and positions on encryption back doors.`);
  }
  return clip(`${entryTitle(graph, entry)}: government positions, quotes and letters on encryption back doors.`);
}

type JsonLd = Record<string, unknown>;

/** The schema.org type of an actor: a `Person` or an `Organization`, with its name and page. */
function actorLd(graph: EntryGraph, id: string, urlOf: (entry: GraphEntry) => string): JsonLd {
  const actor = graph.actor(id);
  if (!actor) return { '@type': 'Thing', name: id };
  return {
    '@type': actor.collection === 'people' ? 'Person' : 'Organization',
    name: actor.data.name,
    url: urlOf(actor),
  };
}

/** Each source type's schema.org type: CreativeWork where schema.org has nothing narrower. */
const SOURCE_TYPES: Record<Source['type'], string> = {
  news: 'NewsArticle',
  letter: 'CreativeWork',
  'press-release': 'CreativeWork',
  transcript: 'CreativeWork',
  report: 'Report',
  legislation: 'Legislation',
  statement: 'CreativeWork',
  other: 'CreativeWork',
};

/**
 * The JSON-LD of an entry's page. `urlOf` gives an entry's absolute URL; `site` names the website
 * the page is part of.
 */
export function entryJsonLd(
  graph: EntryGraph,
  entry: GraphEntry,
  urlOf: (entry: GraphEntry) => string,
  site: { name: string; url: string },
): JsonLd {
  const base = {
    '@context': 'https://schema.org',
    url: urlOf(entry),
    isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
  };
  const sameAs = (data: { wikidata?: string; website?: string }) => {
    const links = [
      ...(data.wikidata ? [`https://www.wikidata.org/wiki/${data.wikidata}`] : []),
      ...(data.website ? [data.website] : []),
    ];
    return links.length ? { sameAs: links } : {};
  };
  const sources = (entry: GraphEntry) =>
    (graph.linked(`${entry.collection}/${entry.id}`, 'sources') as GraphEntry<'sources'>[]).map(
      (source) => source.data.url,
    );

  if (isIn(entry, 'quotes')) {
    const language = quoteLanguage(graph, entry.data);
    const creator = actorLd(graph, entry.data.speaker, urlOf);
    const translatorLd = (translator: Translator): JsonLd => ({
      '@type': 'Organization',
      name: translator.project ? site.name : translator.name,
      ...(translator.project ? { url: site.url } : {}),
    });
    return {
      ...base,
      '@type': 'Quotation',
      name: entryTitle(graph, entry),
      text: entry.data.text,
      inLanguage: language.kind === 'original' ? language.lang : 'en',
      creator,
      dateCreated: entry.data.date,
      isBasedOn: sources(entry),
      ...(language.kind === 'original'
        ? {
            workTranslation: {
              '@type': 'Quotation',
              text: language.translation,
              inLanguage: 'en',
              translator: translatorLd(language.translator),
            },
          }
        : {}),
      ...(language.kind === 'translated'
        ? {
            translator: translatorLd(language.translator),
            translationOfWork: { '@type': 'Quotation', inLanguage: language.from, creator },
          }
        : {}),
    };
  }
  if (isIn(entry, 'letters')) {
    return {
      ...base,
      '@type': 'CreativeWork',
      genre: 'Open letter',
      name: entry.data.title,
      abstract: entry.data.summary,
      dateCreated: entry.data.date,
      // The first signatories, as the page lists them: each once, however many sign (the open data has them all).
      author: [...new Set(entry.data.signatories)].slice(0, SIGNATORIES_LISTED).map((id) => actorLd(graph, id, urlOf)),
      isBasedOn: sources(entry),
    };
  }
  if (isIn(entry, 'positions')) {
    return {
      ...base,
      '@type': 'CreativeWork',
      genre: `Government position: ${STANCE_LABELS[entry.data.stance].label.toLowerCase()}`,
      name: entryTitle(graph, entry),
      abstract: entry.data.summary,
      dateCreated: entry.data.date,
      author: actorLd(graph, entry.data.actor, urlOf),
      isBasedOn: sources(entry),
    };
  }
  if (isIn(entry, 'people')) {
    const role = entry.data.roles?.[0];
    return {
      ...base,
      '@type': 'Person',
      name: entry.data.name,
      ...(role ? { jobTitle: role.title } : {}),
      ...sameAs(entry.data),
    };
  }
  if (isIn(entry, 'organisations')) {
    return {
      ...base,
      '@type': 'Organization',
      name: entry.data.name,
      ...(entry.data.aliases?.length ? { alternateName: entry.data.aliases } : {}),
      ...sameAs(entry.data),
    };
  }
  if (isIn(entry, 'jurisdictions')) {
    return {
      ...base,
      '@type': entry.data.kind === 'country' ? 'Country' : 'AdministrativeArea',
      name: entry.data.name,
    };
  }
  const source = entry as GraphEntry<'sources'>;
  return {
    ...base,
    '@type': SOURCE_TYPES[source.data.type],
    name: source.data.title,
    headline: source.data.title,
    publisher: { '@type': 'Organization', name: source.data.publisher },
    datePublished: source.data.published,
    ...(source.data.authors?.length
      ? { author: source.data.authors.map((name) => ({ '@type': 'Person', name })) }
      : {}),
    sameAs: source.data.url,
  };
}

/** A collection's index page as a schema.org `CollectionPage`. */
export function collectionJsonLd(collection: CollectionName, url: string, site: { name: string; url: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: COLLECTION_LABELS[collection].plural,
    description: COLLECTION_LABELS[collection].description,
    url,
    isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` (and the line
 * separators old parsers choke on) as \u escapes, which JSON reads back as the same characters.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
