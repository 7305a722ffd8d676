/** Worker thread: parses the files the pool sends it, one at a time. */
import { parentPort } from 'node:worker_threads'
import { type FileOptions, processFile } from './process-file.js'

interface Job {
  id: number
  file: string
  options: FileOptions
}

parentPort?.on('message', async (job: Job) => {
  const result = await processFile(job.file, job.options)
  parentPort?.postMessage({ id: job.id, result })
})
