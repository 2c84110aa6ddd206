// Light Markdown stripping: the words stay, the markup goes, paragraphs keep their blank lines.

export function stripMarkdown(md: string): string {
  return md
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '') // images
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1') // links keep their text
    .replace(/^ {0,3}#{1,6}[ \t]+/gm, '') // heading marks
    .replace(/^ {0,3}>[ \t]?/gm, '') // blockquote marks
    .replace(/^ {0,3}[-*+][ \t]+/gm, '') // bullets
    .replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, '') // rules
    .replace(/\*\*([^*\n]+)\*\*|__([^_\n]+)__/g, '$1$2') // bold
    .replace(/(^|[\s(])[*_]([^*_\s][^*_\n]*)[*_](?=[\s).,;:!?]|$)/gm, '$1$2') // italic
    .replace(/`([^`\n]+)`/g, '$1');
}
