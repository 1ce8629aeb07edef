import { toDisplayString } from 'vue'
import type { MessageCompiler, MessageContext } from 'vue-i18n'

/**
 * The interface texts' syntax, compiled without vue-i18n's message compiler (its parser and
 * AST were a twentieth of the first screen's code, dropped by the build): `{name}` and `{0}`
 * placeholders, `{'@'}` literals and `one | many` plural forms, the whitespace around a `|`
 * left out as vue-i18n does. That is all the texts use; anything else, such as a linked
 * `@:key`, throws as vue-i18n does for a text it cannot read. i18n-compile.test.ts renders
 * every text both ways.
 */
type Part = string | { named: string } | { list: number }

const SPACE = /\s/

function placeholder(inside: string, source: string): Part {
  const name = inside.trim()
  const literal = /^'([^'\\]*)'$/.exec(name)
  if (literal) return literal[1]!
  if (/^\d+$/.test(name)) return { list: Number(name) }
  if (/^[A-Za-z_$][\w$-]*$/.test(name)) return { named: name }
  throw new SyntaxError(`Unreadable placeholder {${inside}} in message: ${source}`)
}

/** The message's plural forms (one unless it has a `|`), each a list of text and placeholders. */
function parseMessage(source: string): Part[][] {
  const forms: Part[][] = [[]]
  let text = ''
  const flush = () => {
    if (text) forms.at(-1)!.push(text)
    text = ''
  }
  for (let at = 0; at < source.length; at++) {
    const char = source[at]!
    if (char === '{') {
      // A literal may hold a brace ({'}'}): its end is the first } after its closing quote.
      const quote = source
        .slice(at + 1)
        .trimStart()
        .startsWith("'")
      const from = quote ? source.indexOf("'", source.indexOf("'", at) + 1) : at
      const end = from < 0 ? -1 : source.indexOf('}', from)
      if (end < 0) throw new SyntaxError(`Unclosed { in message: ${source}`)
      flush()
      forms.at(-1)!.push(placeholder(source.slice(at + 1, end), source))
      at = end
    } else if (char === '|') {
      text = text.trimEnd()
      flush()
      forms.push([])
      while (at + 1 < source.length && SPACE.test(source[at + 1]!)) at++
    } else if (char === '}' || char === '@') {
      throw new SyntaxError(`Unsupported ${char} in message (write {'${char}'}): ${source}`)
    } else {
      text += char
    }
  }
  flush()
  return forms
}

const compiled = new Map<string, ReturnType<MessageCompiler>>()

export const compileMessage: MessageCompiler = (source) => {
  if (typeof source !== 'string') throw new TypeError('Only text messages are supported')
  const known = compiled.get(source)
  if (known) return known
  const forms = parseMessage(source)
  // A placeholder shows its value as vue-i18n's does (nothing for a missing one).
  const render = (ctx: MessageContext, parts: Part[]) =>
    parts
      .map((part) =>
        typeof part === 'string'
          ? part
          : toDisplayString('named' in part ? ctx.named(part.named) : ctx.list(part.list))
      )
      .join('')
  const message = (ctx: MessageContext) =>
    forms.length === 1
      ? render(ctx, forms[0]!)
      : ctx.plural(forms.map((parts) => render(ctx, parts)))
  compiled.set(source, message)
  return message
}
