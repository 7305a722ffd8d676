/** Page files written by tests: two English pages and one Chinese page with known words and dates. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const PAGE_FILES: Record<string, string> = {
  '1916-03-04-p1.txt': `THE EVENING HERALD

SENATE PASSES THE RIVER BILL

Measure Goes to the House Next Week

By JOHN SMITH

WASHINGTON, March 3.—The Senate today passed the river and harbor bill by a vote of forty to twenty after a long debate over the cost of the dams.

The bill now goes to the House, where the leaders expect a quick vote.
`,
  '1916-03-05-p2.txt': `FARMERS MEET AT CAPITOL

By MARY JONES

CHICAGO, March 4.—Farmers from six states met here today to discuss the price of wheat and the cost of the railways. Wheat prices fell.

They will meet again in April to talk about wheat.
`,
  '2030-01-02-p1.txt': `上海交通建设加快

本报记者 王小明

本报讯 上海市人民政府今天召开新闻发布会，介绍上海城市交通建设的最新情况。

新华社北京1月2日电 国务院今天发布通知，要求各地做好冬季供暖工作。
`,
}

/** The dates in the file names. */
export const PAGE_DATES = ['1916-03-04', '1916-03-05', '2030-01-02']
/** How often `wheat` is printed on the pages. */
export const WHEAT_PRINTED = 3

/** Write the pages into a new temporary folder and return it. */
export async function writePages(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'news-stats-test-'))
  await mkdir(dir, { recursive: true })
  for (const [name, text] of Object.entries(PAGE_FILES)) await writeFile(join(dir, name), text)
  return dir
}
