/**
 * How the project's browser tests and scripts launch Debian's chromium
 * through playwright-core (never a downloaded browser): headless, no
 * sandbox (CI runs as root), and nothing that reaches the network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-quic',
    '--no-first-run',
    '--disable-component-update',
    '--disable-sync',
  ],
}
