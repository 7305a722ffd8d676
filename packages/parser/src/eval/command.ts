/**
 * `news-parse eval TRUTH…`: score the parser on truth files (news-gold/1,
 * see `docs/news-gold.md`). Prints one line per page, a subtotal per folder
 * when there are several, and a TOTAL line; `--json` prints the figures.
 * Exit code 0 when every page was scored, 1 otherwise.
 */
import type { Command } from 'commander'
import { type EvalRow, evaluate } from './evaluate.js'
import { formatRow, formatTotals, totals } from './score.js'

interface EvalFlags {
  json?: boolean
  lang?: string
}

interface Io {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

/** Add the `eval` subcommand to the program; `done` receives its exit code. */
export function addEvalCommand(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('eval')
    .description('score the parser on truth files (news-gold/1) or folders of them')
    .argument('<truth...>', 'truth files (*.gold.json) or folders holding them')
    .option('--json', 'print the scores as JSON')
    .option('-l, --lang <lang>', 'parse every page as this language instead of detecting it')
    .action(async (inputs: string[], flags: EvalFlags) => {
      const rows: EvalRow[] = []
      for await (const row of evaluate(inputs, flags.lang ? { lang: flags.lang } : {})) {
        rows.push(row)
        if (!flags.json) io.stdout.write(`${formatRow(row)}\n`)
      }
      const sets = [...new Set(rows.map((r) => r.set))]
      const bySet = sets.map((set) => ({ set, total: totals(rows.filter((r) => r.set === set)) }))
      const total = totals(rows)
      if (flags.json) {
        io.stdout.write(`${JSON.stringify({ rows, sets: bySet, total }, null, 2)}\n`)
      } else {
        if (sets.length > 1)
          for (const s of bySet) io.stdout.write(`${formatTotals(s.total, `SET ${s.set}`)}\n`)
        io.stdout.write(`${formatTotals(total)}\n`)
      }
      if (rows.length === 0) io.stderr.write(`news-parse eval: no truth files in ${inputs.join(', ')}\n`)
      done(rows.length === 0 || total.failed > 0 ? 1 : 0)
    })
}
