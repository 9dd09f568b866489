import { describe, expect, it } from 'vitest';
import { regionCodeProblem } from '../../src/lib/regions.ts';
import { dangerousScheme } from '../../src/lib/unsafe-url.ts';
import { urlProblem } from '../../src/lib/urls.ts';

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
