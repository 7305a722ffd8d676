/** Options for `chromium.launch()` of playwright-core: Debian's chromium, headless, offline. */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] }
