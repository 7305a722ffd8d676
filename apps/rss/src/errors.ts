/** A problem with the user's input or options: the CLI prints the message and exits with code 1. */
export class RssError extends Error {
  override name = 'RssError'
}
