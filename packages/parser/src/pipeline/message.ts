/**
 * Messages about a page without the cost of a call stack: a `VFileMessage`
 * is an `Error`, so V8 records the stack when one is made, and vfile then
 * sets `stack` to `''`. Pages of unplaced text make hundreds of messages.
 */
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'

/** Where the message points, and which rule of the parser speaks. */
export interface MessageOptions {
  place?: Point | Position | undefined
  ruleId: string
  source: string
}

/** `file.message(reason, options)`, with no stack recorded; the message is the same. */
export function pageMessage(file: VFile, reason: string, options: MessageOptions): void {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    file.message(reason, options)
  } finally {
    Error.stackTraceLimit = limit
  }
}
