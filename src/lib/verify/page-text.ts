/**
 * A fetched document as text to look for quotes in. HTML gives two texts: the article as Mozilla's
 * Readability finds it (run on jsdom; scripts are never run), and the whole page's text, because
 * Readability returns nothing for short pages and may leave out a pull quote or a caption. A PDF is
 * read with unpdf (PDF.js); plain text is taken as it is. Both texts are normalised (normalise.ts).
 */
import { isUtf8 } from 'node:buffer';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractText, getDocumentProxy } from 'unpdf';
import { normaliseForMatch } from './normalise.ts';

type DocumentKind = 'html' | 'pdf' | 'text';

export interface PageText {
  kind: DocumentKind;
  /** Normalised texts to search, best first (the article, then the whole page). */
  texts: string[];
  /** The page's `<title>` and first `<h1>`, as written (HTML only): how a "not found" page or a bot check shows itself. */
  title: string;
  heading: string;
}

/** Elements whose end is a break in the text: without one, `textContent` runs two paragraphs' words together. */
const BLOCKS =
  'address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,td,th,tr,ul';

/** Which reader a response needs, from its type and, failing that, its first bytes. */
export function documentKind(contentType: string, body: Uint8Array): DocumentKind | undefined {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/pdf' || new TextDecoder().decode(body.subarray(0, 5)) === '%PDF-') return 'pdf';
  if (type === 'text/html' || type === 'application/xhtml+xml' || type === '') return 'html';
  if (type === 'text/plain') return 'text';
  return undefined;
}

function htmlText(body: Uint8Array, contentType: string, url: string): PageText {
  // jsdom decodes the bytes itself: the header's charset, else a <meta>'s, else windows-1252 as the
  // HTML standard says; a page that names none but is valid UTF-8 is taken as UTF-8, as it almost surely is.
  const type = contentType.includes('html') ? contentType : 'text/html';
  const dom = new JSDOM(Buffer.from(body), {
    url,
    contentType: /charset=/i.test(type) || !isUtf8(body) ? type : `${type}; charset=utf-8`,
    virtualConsole: new VirtualConsole(),
  });
  const { document } = dom.window;
  const title = document.title.trim();
  const heading = document.querySelector('h1')?.textContent?.trim() ?? '';
  for (const element of document.querySelectorAll(BLOCKS)) element.append('\n');
  // Readability changes the document it reads: it gets its own copy.
  const article = new Readability(document.cloneNode(true) as Document).parse()?.textContent ?? '';
  for (const element of document.querySelectorAll('script,style,noscript,template')) element.remove();
  const page = document.body?.textContent ?? document.documentElement.textContent ?? '';
  dom.window.close();
  return { kind: 'html', texts: [article, page].map(normaliseForMatch).filter(Boolean), title, heading };
}

async function pdfText(body: Uint8Array): Promise<PageText> {
  // PDF.js takes ownership of the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { text } = await extractText(pdf, { mergePages: true });
  await pdf.cleanup();
  return { kind: 'pdf', texts: [normaliseForMatch(text)], title: '', heading: '' };
}

export async function readPageText(
  kind: DocumentKind,
  body: Uint8Array,
  contentType: string,
  url: string,
): Promise<PageText> {
  if (kind === 'pdf') return pdfText(body);
  if (kind === 'text') {
    return { kind, texts: [normaliseForMatch(new TextDecoder().decode(body))], title: '', heading: '' };
  }
  return htmlText(body, contentType, url);
}
