// Oracle for the desktop app's Python rich-text converters.
//
// Reads a JSON list of markdown strings (file path argument, or stdin) and
// writes a JSON list of {markdown, lexical, markdown_roundtrip, html, plaintext}
// produced by Payload's own converters with the default editor features.
// An entry may also be {"name": ..., "lexical": {...}}: the three exporters run
// on that hand-built document, and `relexical` holds the markdown export
// imported again (to check which round trips Payload itself satisfies).
//
// Run (Node 20 needs the production condition, see stack-recipe §3.2):
//   node --conditions=production scripts/oracle.mjs cases.json > out.json
import { readFileSync } from 'node:fs'

import { buildConfig } from 'payload'
import {
  convertLexicalToMarkdown,
  convertMarkdownToLexical,
  editorConfigFactory,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

const input = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'))

// A minimal config: only what the default features need to sanitize
// (an upload collection for UploadFeature, users for auth).
const config = await buildConfig({
  secret: 'oracle',
  db: { defaultIDType: 'text', init: () => ({}) },
  editor: lexicalEditor(),
  collections: [
    { slug: 'media', upload: true, fields: [] },
    { slug: 'users', auth: true, fields: [] },
  ],
})
const editorConfig = await editorConfigFactory.default({ config })

function safe(fn) {
  try {
    return fn()
  } catch (err) {
    return { error: String(err?.stack ?? err) }
  }
}

const out = input.map((item) => {
  const markdown = typeof item === 'string' ? item : undefined
  const lexical =
    markdown !== undefined
      ? safe(() => convertMarkdownToLexical({ editorConfig, markdown }))
      : item.lexical
  const ok = lexical && !lexical.error
  const markdownRoundtrip = ok
    ? safe(() => convertLexicalToMarkdown({ data: lexical, editorConfig }))
    : null
  const entry = {
    ...(markdown === undefined ? { name: item.name ?? null } : {}),
    markdown: markdown ?? null,
    lexical,
    markdown_roundtrip: markdownRoundtrip,
    html: ok ? safe(() => convertLexicalToHTML({ data: lexical })) : null,
    plaintext: ok ? safe(() => convertLexicalToPlaintext({ data: lexical })) : null,
  }
  if (markdown === undefined && typeof markdownRoundtrip === 'string') {
    entry.relexical = safe(() =>
      convertMarkdownToLexical({ editorConfig, markdown: markdownRoundtrip }),
    )
  }
  return entry
})
process.stdout.write(JSON.stringify(out, null, 1))
