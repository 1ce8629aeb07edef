import { readFileSync } from 'node:fs'
import { createDocumentReader } from '/work/wt/ocr/src-main/media/ocr/read-document'
const r = createDocumentReader()
const t=Date.now()
const out = await r.read(readFileSync('/work/main/.cache/ocrtry/licence.jpg'), 'licence', { sha256: 'a'.repeat(64), today: '2026-12-06' })
console.log(Date.now()-t, JSON.stringify(out, (k,v)=> k==='box'? undefined : v, 1))
await r.close()
