import { describe, expect, it } from 'vitest';
import { regionCodeProblem } from '../../src/lib/regions.ts';
import { dangerousScheme } from '../../src/lib/unsafe-url.ts';
import { shownValue } from '../../src/lib/shown-value.ts';
import { URL_MAX_LENGTH, urlProblem } from '../../src/lib/urls.ts';

describe('urlProblem', () => {
  it.each([
    'https://www.reuters.com/article/technologyNews/idCAKBN0OP09R20150609',
    'https://web.archive.org/web/2015/https://example.org/',
    'https://8.8.8.8/',
    'https://www.eff.org./', // a public name, fully qualified
    'https://[2606:4700::1111]/',
    'https://[64:ff9b::808:808]/', // NAT64 of a public address
    'https://[2002:808:808::]/', // 6to4 of a public address
  ])('accepts %s', (url) => {
    expect(urlProblem(url)).toBeUndefined();
  });

  it.each([
    ['http://www.reuters.com/', /uses http, not https/],
    ['javascript:alert(1)', /uses javascript/],
    ['ftp://example.org/file', /uses ftp/],
    ['https://user:secret@example.org/', /contains credentials/],
    ['https://localhost/', /local or private/],
    ['https://app.localhost/', /local or private/],
    ['https://127.0.0.1/', /local or private/],
    ['https://10.1.2.3/', /local or private/],
    ['https://172.20.0.1/', /local or private/],
    ['https://192.168.1.1/', /local or private/],
    ['https://169.254.169.254/latest/meta-data', /local or private/],
    ['https://[::1]/', /local or private/],
    ['https://[fd00::1]/', /local or private/],
    ['https://intranet/', /local or private/],
    // Trailing dots: the same names, fully qualified.
    ['https://localhost./', /local or private/],
    ['https://intranet./', /local or private/],
    ['https://metadata.google.internal./', /local or private/],
    ['https://router.lan./', /local or private/],
    ['https://printer.home.arpa/', /local or private/],
    // IPv6 forms that carry a loopback, private, link-local or unspecified IPv4 address.
    ['https://[::ffff:127.0.0.1]/', /local or private/],
    ['https://[::ffff:a9fe:a9fe]/', /local or private/],
    ['https://[::127.0.0.1]/', /local or private/],
    ['https://[::]/', /local or private/],
    ['https://[64:ff9b::7f00:1]/', /local or private/],
    ['https://[64:ff9b::a00:1]/', /local or private/],
    ['https://[2002:c0a8:101::]/', /local or private/],
    ['https://[2002:7f00:1::1]/', /local or private/],
    ['https://[2001:0:a9fe:a9fe::]/', /local or private/],
    ['https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/', /local or private/], // Teredo client 127.0.0.1
    ['https://[fe80::1]/', /local or private/],
    ['https://[ff02::1]/', /local or private/],
    ['/people/josh-earnest/', /not an absolute URL/],
    ['reuters.com', /not an absolute URL/],
  ])('refuses %s', (url, message) => {
    expect(urlProblem(url)).toMatch(message);
  });
});

describe('urlProblem: one canonical form', () => {
  it.each([
    // What the URL parser silently rewrites, and what it would be read as.
    [' https://example.org/a', 'https://example.org/a'],
    ['\thttps://example.org/a', 'https://example.org/a'],
    ['https://example.org/a\n}b', 'https://example.org/a%7Db'],
    ['https://example.org/a\r\nb', 'https://example.org/ab'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['https://example.org\\@evil.example/', 'https://example.org/@evil.example/'],
    ['https://example.org/a\\b', 'https://example.org/a/b'],
    ['https://Example.ORG/a', 'https://example.org/a'],
    ['https://www.eff.org', 'https://www.eff.org/'],
    ['https://example.org:443/a', 'https://example.org/a'],
    ['https://example.org/\u202egpj.exe', 'https://example.org/%E2%80%AEgpj.exe'],
    ['https://example.org/caf\u00e9', 'https://example.org/caf%C3%A9'],
    ['https://b\u00fccher.example/', 'https://xn--bcher-kva.example/'],
    // Braces and backslashes the parser leaves alone in a query or fragment end BibTeX fields.
    ['https://example.org/?q={x}', 'https://example.org/?q=%7Bx%7D'],
    ['https://example.org/#a\\b', 'https://example.org/#a%5Cb'],
  ])('refuses %j, naming its canonical form %s', (url, canonical) => {
    expect(urlProblem(url)).toBe(`${shownValue(url)} is not in its canonical form: write ${canonical}`);
    // The suggestion is itself accepted.
    expect(urlProblem(canonical)).toBeUndefined();
  });

  it('shows the value as the file holds it, on one line', () => {
    expect(urlProblem('https://example.org/a\n}b')).toBe(
      '"https://example.org/a\\n}b" is not in its canonical form: write https://example.org/a%7Db',
    );
    expect(shownValue('a\u202eb\u0000\u{1ffff}\ud800')).toBe('"a\\u202Eb\\u0000\\u{1FFFF}\\uD800"');
  });

  it(`accepts ${URL_MAX_LENGTH} characters and refuses one more`, () => {
    const base = 'https://example.org/';
    const longest = base + 'a'.repeat(URL_MAX_LENGTH - base.length);
    expect(urlProblem(longest)).toBeUndefined();
    expect(urlProblem(`${longest}b`)).toBe(`is ${URL_MAX_LENGTH + 1} characters long`);
  });

  it('keeps the other rules for a canonical URL', () => {
    expect(urlProblem('https://user@example.org/')).toMatch(/contains credentials/);
    expect(urlProblem('http://example.org/')).toMatch(/uses http, not https/);
  });
});

describe('dangerousScheme', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['VBScript:msgbox', 'vbscript'],
  ])('sees %s as %s', (url, scheme) => {
    expect(dangerousScheme(url)).toBe(scheme);
  });

  it.each(['https://example.org/javascript:', '/people/josh-earnest/', 'mailto:someone@example.org'])(
    'lets %s through',
    (url) => {
      expect(dangerousScheme(url)).toBeUndefined();
    },
  );
});

describe('regionCodeProblem', () => {
  it.each(['GB', 'US', 'DE', 'EU', 'AU'])('accepts %s', (code) => {
    expect(regionCodeProblem(code)).toBeUndefined();
  });
  it.each([
    ['UK', /the United Kingdom is GB/],
    ['gb', /ISO 3166-1 alpha-2/],
    ['ZZ', /ISO 3166-1 alpha-2/],
    ['XK', /ISO 3166-1 alpha-2/],
    ['QQ', /ISO 3166-1 alpha-2/],
    ['GBR', /ISO 3166-1 alpha-2/],
  ])('refuses %s', (code, message) => {
    expect(regionCodeProblem(code)).toMatch(message);
  });
});
