import { describe, expect, it } from 'vitest';
import { myDataDocument } from '../src/account/myDataDocument.ts';

const texts = { title: 'Mine data', none: 'Ingen', parts: { profile: 'Din profil', threads: 'Dine samtaler' } };

describe("the reader's data as a page", () => {
  it('heads each part in the reader’s words and lists nested parts', () => {
    const html = myDataDocument(
      {
        profile: { display_name: 'Anna', municipality: 'kolding' },
        threads: [{ title: 'Om måling', messages: [{ body: 'Hej', from_me: true }] }],
        progress: [],
      },
      texts,
      'da',
    );
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('<h2>Din profil</h2>');
    expect(html).toContain('<dt>display name</dt><dd>Anna</dd>');
    expect(html).toContain('<h2>Dine samtaler</h2>');
    expect(html).toContain('<dd>Hej</dd>');
    // A part without a heading of its own keeps its key; an empty one says so.
    expect(html).toContain('<h2>progress</h2><span class="none">Ingen</span>');
  });

  it('escapes every value, so words written by people stay words', () => {
    const html = myDataDocument({ profile: { display_name: '<script>alert(1)</script> & "x"' } }, texts, 'en');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
});
