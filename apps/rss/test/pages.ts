/** Small pages written by the tests, in the shapes the parser reads (a section, a byline with two names, a dek). */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** A dated page (date and page in the file name) with section 要闻 and two reporters. */
export const PARK_PAGE = {
  name: '2024-05-02-p3.txt',
  section: '要闻',
  headline: '城市公园春花盛开',
  authors: ['王帅', '李明'],
  text: [
    '要闻',
    '',
    '城市公园春花盛开',
    '',
    '市民踏青赏景乐享假日',
    '',
    '本报记者 王帅 李明',
    '',
    '本报讯 五一假期首日，城市公园迎来大批游客。园内郁金香、樱花竞相开放，吸引众多市民前来踏青赏景。',
    '',
    '公园管理处负责人介绍，今年新增花卉品种二十余个，并延长了开放时间。',
    '',
  ].join('\n'),
}

/** Write a page into `dir`; returns its path. */
export async function writePage(dir: string, page: { name: string; text: string }): Promise<string> {
  const file = join(dir, page.name)
  await writeFile(file, page.text)
  return file
}
