import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Inline, Lesson, LessonBody, Module, Program } from '@sundhed/content';

/*
 * The generated Danish lessons as Starlight docs: one Markdown page per lesson under
 * <program>/<module>/, an index page per program, and the sidebar's program list. Learning blocks
 * become what Markdown has for them (asides, lists, images), so both sites index the same words.
 */

const inline = (children: Inline[]): string =>
  children
    .map((child) => {
      if (child.type === 'linebreak') return '  \n';
      if (child.type === 'link') return `[${inline(child.children)}](${child.href})`;
      return child.bold ? `**${child.text}**` : child.italic ? `*${child.text}*` : child.text;
    })
    .join('');

function markdown(body: LessonBody): string {
  return body
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return inline(block.children);
        case 'heading':
          return `${'#'.repeat(block.level)} ${inline(block.children)}`;
        case 'list':
          return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n');
        case 'quote':
          return `> ${inline(block.children)}`;
        case 'callout':
          return `:::note${block.title ? `[${block.title}]` : ''}\n${block.text}\n:::`;
        case 'quiz':
          return `**${block.question}**\n\n${block.options.map((option) => `- ${option.text}`).join('\n')}`;
        case 'reflection':
          return `**${block.prompt}**${block.hint ? `\n\n${block.hint}` : ''}`;
        case 'checklist':
          return `**${block.title}**\n\n${block.items.map((item) => `- [ ] ${item.text}`).join('\n')}`;
        case 'contact':
          return Object.values(block.card).join(' · ');
        case 'image':
          return `![${block.alt}](${block.fallback.src})`;
        case 'video':
        case 'audio':
          return `**${block.title}**\n\n${block.transcript}`;
        case 'download':
          return `[${block.title}](${block.file.src})`;
      }
      return '';
    })
    .join('\n\n');
}

const frontmatter = (title: string, description: string) =>
  `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n`;

const readAll = <T>(dir: string): Map<string, T> =>
  new Map(
    readdirSync(dir).map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, name), 'utf8'))]),
  );

/** Writes the docs for the Danish content under `contentDir`; returns how many pages Starlight will build. */
export function writeStarlightDocs(contentDir: string, docsDir: string): number {
  rmSync(docsDir, { recursive: true, force: true });
  const programs = readAll<Program>(join(contentDir, 'da', 'programs'));
  const modules = readAll<Module>(join(contentDir, 'da', 'modules'));
  const lessons = readAll<Lesson>(join(contentDir, 'da', 'lessons'));
  const sidebar: { label: string; link: string }[] = [];
  let pages = 0;
  for (const program of programs.values()) {
    const programDir = join(docsDir, program.slug);
    mkdirSync(programDir, { recursive: true });
    const links: string[] = [];
    for (const moduleSlug of program.modules) {
      const module = modules.get(moduleSlug);
      if (!module) continue;
      mkdirSync(join(programDir, module.slug), { recursive: true });
      for (const lessonSlug of module.lessons) {
        const lesson = lessons.get(lessonSlug);
        if (!lesson) continue;
        writeFileSync(
          join(programDir, module.slug, `${lesson.slug}.md`),
          frontmatter(lesson.title, lesson.summary) + markdown(lesson.body),
        );
        links.push(`- [${lesson.title}](/${program.slug}/${module.slug}/${lesson.slug}/)`);
        pages++;
      }
    }
    writeFileSync(join(programDir, 'index.md'), `${frontmatter(program.title, program.summary)}${links.join('\n')}\n`);
    sidebar.push({ label: program.title, link: `/${program.slug}/` });
    pages++;
  }
  writeFileSync(join(docsDir, 'sidebar.json'), JSON.stringify(sidebar));
  return pages;
}
