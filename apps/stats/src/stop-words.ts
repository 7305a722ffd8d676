/**
 * Stop words: words too common to say what an article is about. Chinese
 * words of one character are dropped by length (`MIN_HAN_TERM_LENGTH`), so
 * the Chinese list holds longer function words, in simplified and
 * traditional forms; the English list is the usual function words.
 */
export const ZH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '我們 我们 你們 你们 他們 他们 她們 她们 它們 它们 自己 一個 一个 一種 一种 這個 这个 那個 那个 這些 这些 那些 ' +
    '這樣 这样 那樣 那样 這種 这种 甚麼 什麼 什么 怎麼 怎么 如何 為何 为何 因為 因为 所以 但是 不過 不过 可是 然而 ' +
    '如果 若是 雖然 虽然 而且 並且 并且 或者 還是 还是 以及 及其 以後 以后 以前 之後 之后 之前 之間 之间 其中 其他 ' +
    '其它 其餘 其余 此外 另外 已經 已经 曾經 曾经 正在 將要 将要 可以 可能 應該 应该 必須 必须 能夠 能够 需要 ' +
    '沒有 没有 不是 就是 也是 都是 只是 還有 还有 只有 就要 不能 不會 不会 不要 非常 十分 特別 特别 比較 比较 ' +
    '更加 最為 最为 已於 已于 對於 对于 關於 关于 由於 由于 至於 至于 為了 为了 通過 通过 根據 根据 按照 ' +
    '進行 进行 表示 認為 认为 指出 今天 今日 昨天 昨日 明天 明日 目前 現在 现在 當時 当时 同時 同时 方面 ' +
    '有關 有关 一切 一些 所有 任何 每個 每个 各種 各种 以上 以下 之一 等等 如此 此種 此种 該項 该项 本報 本报 ' +
    '記者 记者 報道 报道 報導 报导 消息 訊息 讯息'
  ).split(' '),
)

export const EN_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own said same she should so some such ' +
    'than that the their theirs them themselves then there these they this those through to too under until up ' +
    'upon very was we were what when where which while who whom why will with would you your yours yourself ' +
    'mr mrs miss one two three also shall may might must made make many much yesterday today tomorrow'
  ).split(' '),
)
