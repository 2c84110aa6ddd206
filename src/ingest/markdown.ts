// Light Markdown stripping: the words stay, the markup goes, paragraphs keep their blank lines.

export function stripMarkdown(md: string): string {
  return md
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,500}\)/g, '') // images
    .replace(/\[([^\]\n]{1,500})\]\([^)\n]{0,500}\)/g, '$1') // links keep their text (bounded: no quadratic scans)
    .replace(/^ {0,3}#{1,6}[ \t]+/gm, '') // heading marks
    .replace(/^ {0,3}>[ \t]?/gm, '') // blockquote marks
    .replace(/^ {0,3}[-*+][ \t]+/gm, '') // bullets
    .replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, '') // rules
    .replace(/\*\*([^*\n]+)\*\*|__([^_\n]+)__/g, '$1$2') // bold
    .replace(/(^|[\s(])[*_]([^*_\s][^*_\n]*)[*_](?=[\s).,;:!?]|$)/gm, '$1$2') // italic
    .replace(/`([^`\n]+)`/g, '$1');
}
