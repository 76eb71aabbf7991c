import type { RichText as RichTextData } from '@sundhed/content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { injectionAttempts } from '../../content/test/injectionAttempts.ts';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import LessonBody from '../src/components/LessonBody.astro';
import RichText from '../src/components/RichText.astro';

const attempts = injectionAttempts;

const blocks: RichTextData = [
  ...attempts.map((text) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] })),
  { type: 'heading', level: 2, children: [{ type: 'text', text: '<svg onload=alert(2)>', bold: true }] },
  {
    type: 'list',
    ordered: false,
    items: [
      [
        {
          type: 'link',
          href: 'https://www.sundhed.dk/',
          children: [{ type: 'text', text: '"><script>alert(3)</script>' }],
        },
      ],
    ],
  },
];

describe('editor text on a page', () => {
  it('is rendered as escaped text at build time', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(RichText, { props: { blocks } });
    expect(html).not.toMatch(/<script|<img|<svg/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('{process.exit(1)}');
    expect(html).toContain('import fs from &#39;node:fs&#39;');
  });

  it('is escaped in learning blocks too', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(LessonBody, {
      props: {
        body: [
          { type: 'callout', id: 'callout-1', tone: 'warning', text: '<script>alert(4)</script>' },
          {
            type: 'quiz',
            id: 'quiz-1x',
            question: '<img src=x onerror=alert(5)>',
            multiple: false,
            options: [
              { text: '{process.exit(1)}', correct: true, feedback: '<b>fed</b>' },
              { text: 'export const x = 1', correct: false },
            ],
          },
          { type: 'reflection', id: 'reflec-1', prompt: "import fs from 'node:fs'" },
          {
            type: 'checklist',
            id: 'check-1',
            kind: 'goal',
            title: '<svg onload=alert(6)>',
            items: [{ text: '<i>x</i>' }],
          },
        ],
      },
    });
    expect(html).not.toMatch(/<script|<img|<svg|<b>|<i>/i);
    expect(html).toContain('&lt;script&gt;alert(4)&lt;/script&gt;');
    expect(html).toContain('{process.exit(1)}');
  });

  it('shows as the same text in a browser and runs nothing', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(RichText, { props: { blocks } });
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.setContent(`<!doctype html><html lang="da"><body><main>${html}</main></body></html>`);
      const paragraphs = await page.locator('main > p').allTextContents();
      expect(paragraphs).toEqual(attempts);
      expect(await page.locator('main h2').textContent()).toBe('<svg onload=alert(2)>');
      expect(await page.locator('main script, main img, main svg').count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
