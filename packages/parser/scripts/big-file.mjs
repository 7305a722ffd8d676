#!/usr/bin/env node
/**
 * A 200 MB file of many pages through `news-parse --format ndjson`: does it
 * give a result, does output stream page by page, and does memory stay flat?
 * Generates the file in a temp dir (corpus pages joined by form feeds), runs
 * the built CLI at SIZES, samples the child's resident memory, and prints
 * peak RSS, time to the first page and pages per second. Too slow for CI.
 *
 *     node scripts/big-file.mjs [MB...]      (default 50 200; after the build)
 */
import { spawn } from 'node:child_process'
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url))
/** How often the child's memory is read. */
const SAMPLE_MS = 200
const sizes = process.argv.slice(2).map(Number).filter(Boolean)
const SIZES_MB = sizes.length ? sizes : [50, 200]

const pages = ['corpus/zh', 'corpus/en'].flatMap((dir) =>
  readdirSync(join(SHARED, dir))
    .filter((n) => n.endsWith('.txt'))
    .map((n) => readFileSync(join(SHARED, dir, n), 'utf8').replaceAll('\f', '\n')),
)

function generate(path, megabytes) {
  const fd = openSync(path, 'w')
  let written = 0
  let count = 0
  while (written < megabytes * 1e6) {
    const bytes = Buffer.from(`${pages[count % pages.length]}\f`)
    writeSync(fd, bytes)
    written += bytes.length
    count++
  }
  closeSync(fd)
  return count
}

function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
  } catch {
    return 0
  }
}

function measure(path) {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(process.execPath, [CLI, '-q', '--no-progress', '--format', 'ndjson', path], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let peak = 0
    let lines = 0
    let firstPage = null
    let stderr = ''
    const timer = setInterval(() => {
      peak = Math.max(peak, rssMb(child.pid))
    }, SAMPLE_MS)
    child.stdout.on('data', (chunk) => {
      if (firstPage === null) firstPage = (performance.now() - started) / 1000
      for (const byte of chunk) if (byte === 10) lines++
    })
    child.stderr.on('data', (c) => {
      stderr += c
    })
    child.on('close', (code) => {
      clearInterval(timer)
      resolve({
        code,
        peak,
        lines,
        firstPage,
        seconds: (performance.now() - started) / 1000,
        stderr: stderr.slice(-500),
      })
    })
  })
}

const dir = mkdtempSync(join(tmpdir(), 'news-big-'))
try {
  console.log('MB   pages  exit  records  first page (s)  total (s)  peak RSS (MB)')
  for (const mb of SIZES_MB) {
    const path = join(dir, `edition-${mb}mb.txt`)
    const count = generate(path, mb)
    const r = await measure(path)
    const actual = (statSync(path).size / 1e6).toFixed(0)
    console.log(
      `${actual.padEnd(5)}${String(count).padStart(5)}${String(r.code).padStart(6)}${String(r.lines).padStart(9)}${String(r.firstPage?.toFixed(1) ?? '-').padStart(16)}${r.seconds.toFixed(1).padStart(11)}${r.peak.toFixed(0).padStart(15)}`,
    )
    if (r.code !== 0) console.log(`  stderr: ${r.stderr.trim()}`)
    rmSync(path)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
