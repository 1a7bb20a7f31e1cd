import type { Article, ArticleBlock } from '@cupstage/core';
import { bracketText } from './bracket-text.ts';

function textBlock(block: ArticleBlock): string {
  switch (block.kind) {
    case 'heading':
      return `==${block.text}==`;
    case 'paragraph':
      return block.text;
    case 'table':
      return [block.header, ...block.rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
    case 'list':
      return block.items.map((i) => `- ${i}`).join('\n');
    case 'match':
      return block.line;
    case 'summary':
      return block.text;
    case 'separator':
      return '----';
    case 'bracket':
      return bracketText(block.bracket);
    default: {
      const never: never = block;
      return never;
    }
  }
}

/** Joins rendered blocks the way the seed article lays them out: a result line right under its leg. */
function join(blocks: ReadonlyArray<ArticleBlock>, render: (b: ArticleBlock) => string): string {
  let out = '';
  blocks.forEach((block, i) => {
    const prev = blocks[i - 1];
    const tight =
      block.kind === 'summary' ||
      block.kind === 'separator' ||
      block.kind === 'list' ||
      prev?.kind === 'heading';
    out += i === 0 ? '' : tight ? '\n' : '\n\n';
    out += render(block);
  });
  return `${out}\n`;
}

/**
 * The article as plain text in the seed's layout: `= Title =`, `==Section==`, `| a | b |` tables,
 * leg lines such as `MC Alger ALG 1–0 TUN Club Africain` and their result lines.
 */
export function writeArticleText(article: Article): string {
  return `= ${article.title} =\n\n${join(article.blocks, textBlock)}`;
}

function markdownBlock(block: ArticleBlock): string {
  switch (block.kind) {
    case 'heading':
      return `## ${block.text}`;
    case 'table': {
      const row = (cells: ReadonlyArray<string>): string =>
        `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
      return [
        row(block.header),
        `|${block.header.map(() => ' --- ').join('|')}|`,
        ...block.rows.map(row),
      ].join('\n');
    }
    case 'list':
      return block.items.map((i) => `- ${i}`).join('\n');
    case 'match':
      return `${block.line}  `;
    case 'summary':
      return `**${block.text}**`;
    case 'separator':
      return '';
    case 'bracket':
      return `\`\`\`text\n${bracketText(block.bracket)}\n\`\`\``;
    case 'paragraph':
      return block.text;
    default: {
      const never: never = block;
      return never;
    }
  }
}

/** The article as Markdown: headings, pipe tables, result lines in bold, the bracket as a code block. */
export function writeArticleMarkdown(article: Article): string {
  const parts = article.blocks.map((b) => ({ b, text: markdownBlock(b) }));
  let out = `# ${article.title}\n`;
  for (const { b, text } of parts) {
    out += b.kind === 'summary' ? `${text}\n` : b.kind === 'separator' ? '\n' : `\n${text}\n`;
  }
  return out;
}
